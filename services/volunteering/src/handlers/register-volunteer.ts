import { communityOf } from '@shequ/contracts';
import { assertInScope, type Caller, Conflict, Forbidden, httpHandler, isStaff, ValidationFailed } from '@shequ/kit';
import type { Volunteer } from '../domain/volunteers.ts';
import { registerVolunteer as route, toVolunteerView } from '../schemas/volunteers.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { type PersonRecord, personOf } from '../store/persons.ts';
import { AlreadyVolunteerError, createVolunteer, newVolunteerId } from '../store/volunteers.ts';

async function knownPerson(deps: VolunteeringDeps, personId: string): Promise<PersonRecord> {
  const person = await personOf(deps, personId);
  if (!person) throw ValidationFailed.field('body.personId', '未找到该人员的登记信息，请先到社区办理人口登记');
  if (person.status !== 'active') throw ValidationFailed.field('body.personId', `${person.name} 已迁出或死亡，不能注册为志愿者`);
  return person;
}

/** Who the profile is for: the caller themselves (a resident), or whoever staff name. */
async function subject(
  deps: VolunteeringDeps,
  caller: Caller,
  body: { personId?: string | undefined; name?: string | undefined; community?: string | undefined },
) {
  if (!isStaff(caller)) {
    if (!caller.personId) throw new Forbidden('您的账号尚未关联户籍人员，请到社区办理登记后再注册');
    if (body.personId && body.personId !== caller.personId) throw new Forbidden('居民只能为本人注册志愿者');
    const person = await knownPerson(deps, caller.personId);
    return { personId: person.personId, name: person.name, community: communityOf(person.area) };
  }
  if (body.personId) {
    const person = await knownPerson(deps, body.personId);
    assertInScope(caller, person.area);
    return { personId: person.personId, name: person.name, community: communityOf(person.area) };
  }
  if (!body.name || !body.community) {
    throw ValidationFailed.field('body.personId', '请指定登记在册的人员编号，或填写未在册人员的姓名和所属社区');
  }
  assertInScope(caller, body.community);
  return { name: body.name, community: body.community };
}

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    const who = await subject(d, caller, body);
    const now = d.now().toISOString();
    const byStaff = isStaff(caller);
    const volunteer: Volunteer = {
      volunteerId: newVolunteerId(d),
      ...who,
      skills: [...new Set(body.skills)],
      ...(body.otherSkills ? { otherSkills: body.otherSkills } : {}),
      availability: body.availability,
      // Staff registering someone is the community's approval; a resident's own registration waits for it.
      status: byStaff ? 'approved' : 'pending',
      selfRegistered: !byStaff,
      registeredAt: now,
      registeredBy: caller.subject,
      ...(byStaff ? { decidedAt: now, decidedBy: caller.subject } : {}),
      version: 1,
    };
    try {
      return { status: 201, body: toVolunteerView(await createVolunteer(d, volunteer)) };
    } catch (error) {
      if (error instanceof AlreadyVolunteerError)
        throw new Conflict('already-volunteer', `${who.name} 已注册为志愿者，无需重复注册`);
      throw error;
    }
  });
}

export const handler = createHandler();
