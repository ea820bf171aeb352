import { shanghaiDay } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { assertInScope, httpHandler, NotFound, ValidationFailed } from '@shequ/kit';
import { ageOn, CHILD_AGE_LIMIT } from '../domain/wishes.ts';
import { presentWish, postWish as route } from '../schemas/wishes.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { personOf } from '../store/persons.ts';
import { postWish } from '../store/wishes.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    const today = shanghaiDay(d.now());
    const child = await personOf(d, body.childId);
    if (!child) throw new NotFound('未找到该儿童，请确认已在人口库登记');
    assertInScope(caller, child.area);
    if (child.status !== 'active') throw ValidationFailed.field('body.childId', `${child.name}已迁出或已故，不能发布心愿`);
    if (ageOn(child.birthDate, today) >= CHILD_AGE_LIMIT) {
      throw ValidationFailed.field('body.childId', `${child.name}已满 ${CHILD_AGE_LIMIT} 周岁，微心愿只为未成年儿童发布`);
    }
    if (body.deadline < today) throw ValidationFailed.field('body.deadline', '截止日期不能早于今天');
    const wish = await postWish(d, {
      id: newId(d.now()),
      area: child.area,
      childId: child.personId,
      childName: child.name,
      childBirthDate: child.birthDate,
      title: body.title,
      description: body.description,
      deadline: body.deadline,
      status: 'open',
      lapsedClaims: [],
      postedBy: caller.subject,
      postedAt: d.now().toISOString(),
    });
    return { status: 201, body: presentWish(wish, today, { staff: true, subject: caller.subject }) };
  });
}

export const handler = createHandler();
