import { assertInScope, Forbidden, HttpProblem, httpHandler, staffRoles } from '@shequ/kit';
import { ageInMonths, eligibilityRefusal } from '../domain/activities.ts';
import { signUpForActivity as route, toSignUpViews } from '../schemas/activities.ts';
import { activityWithPeople, NotEligibleError, requireActivity, sessionsHeld, signUp } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { personOf } from '../store/persons.ts';

/** Below this age a resident may be signed up by a parent; parent–child links are the registry's, not kept here. */
const CHILD_UNDER_MONTHS = 18 * 12;

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const activity = await requireActivity(d, params.id);
    const staff = staffRoles.includes(caller.role);
    if (staff) assertInScope(caller, activity.area);
    else if (!caller.personId) throw new Forbidden('您的账号未关联居民身份，不能报名');
    const person = await personOf(d, body.personId);
    if (!person) {
      throw new HttpProblem(422, 'unknown-person', '人员不存在', '户籍登记中没有该人员（或尚未同步到志愿服务），无法报名');
    }
    if (person.status !== 'active') throw new NotEligibleError(`${person.name}已迁出或已故，不能报名`);
    // A resident signs up themselves or a child of theirs, taken on the parent's word.
    if (!staff && body.personId !== caller.personId && ageInMonths(person.birthDate, activity.day) >= CHILD_UNDER_MONTHS) {
      throw new Forbidden('居民只能为本人或自己未成年的孩子报名');
    }
    const held = activity.kind === 'early-education' ? await sessionsHeld(d, person.personId) : 0;
    const refusal = eligibilityRefusal(activity.kind, person, activity.day, held);
    if (refusal) throw new NotEligibleError(refusal);
    const record = await signUp(d, activity.id, { personId: person.personId, name: person.name }, caller.subject);
    if (record.status === 'confirmed') return { status: 201, body: toSignUpViews([record])[0] };
    const found = await activityWithPeople(d, activity.id);
    const view = toSignUpViews(found?.signUps ?? [record]).find((signUp) => signUp.personId === record.personId);
    return { status: 201, body: view };
  });
}

export const handler = createHandler();
