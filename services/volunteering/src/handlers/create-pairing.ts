import { communityOf, shanghaiDay } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { assertInScope, Conflict, httpHandler, ValidationFailed } from '@shequ/kit';
import { type Helper, helpersProblem, type Pairing } from '../domain/pairing.ts';
import { createPairing as route, toPairingView } from '../schemas/pairing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { AlreadyPairedError, createPairing } from '../store/pairing.ts';
import { personOf } from '../store/persons.ts';
import { getVolunteer } from '../store/volunteers.ts';

type HelperInput = { kind: Helper['kind']; id: string; name?: string | undefined };

/** A helper as stored: a worker as named, a party member from the registry, a volunteer from their approved profile. */
async function resolveHelper(deps: VolunteeringDeps, input: HelperInput, index: number): Promise<Helper> {
  const field = `body.helpers.${index}`;
  if (input.kind === 'worker') {
    if (!input.name) throw ValidationFailed.field(`${field}.name`, '社区工作者须填写姓名');
    return { kind: 'worker', id: input.id, name: input.name };
  }
  if (input.kind === 'party-member') {
    const person = await personOf(deps, input.id);
    if (person?.status !== 'active') throw ValidationFailed.field(`${field}.id`, '未找到该党员的登记信息，或已迁出');
    return { kind: 'party-member', id: person.personId, name: person.name, personId: person.personId };
  }
  const volunteer = await getVolunteer(deps, input.id);
  if (!volunteer) throw ValidationFailed.field(`${field}.id`, '未找到该志愿者');
  if (volunteer.status !== 'approved')
    throw ValidationFailed.field(`${field}.id`, `${volunteer.name} 尚未通过志愿者审核，不能结对帮扶`);
  return {
    kind: 'volunteer',
    id: volunteer.volunteerId,
    name: volunteer.name,
    ...(volunteer.personId ? { personId: volunteer.personId } : {}),
  };
}

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    const head = await personOf(d, body.headPersonId);
    if (!head) throw ValidationFailed.field('body.headPersonId', '未找到户主的登记信息');
    if (head.status !== 'active') throw ValidationFailed.field('body.headPersonId', `${head.name} 已迁出或死亡，不能结对帮扶`);
    assertInScope(caller, head.area);
    const problem = helpersProblem(body.helpers);
    if (problem) throw ValidationFailed.field('body.helpers', problem);
    const helpers = await Promise.all(body.helpers.map((helper, index) => resolveHelper(d, helper, index)));
    if (helpers.some((helper) => helper.personId === head.personId)) {
      throw ValidationFailed.field('body.helpers', '帮扶人不能是帮扶对象本人');
    }
    const today = shanghaiDay(d.now());
    if (body.startOn < today) throw ValidationFailed.field('body.startOn', '首次走访日期不能早于今天');
    const pairing: Pairing = {
      pairingId: newId(d.now()),
      community: communityOf(head.area),
      householdId: body.householdId,
      headPersonId: head.personId,
      headName: head.name,
      helpers,
      every: body.every,
      ...(body.needs ? { needs: body.needs } : {}),
      startOn: body.startOn,
      nextDue: body.startOn,
      visits: 0,
      status: 'active',
      createdAt: d.now().toISOString(),
      createdBy: caller.subject,
      version: 1,
    };
    try {
      return { status: 201, body: toPairingView(await createPairing(d, pairing), today) };
    } catch (error) {
      if (error instanceof AlreadyPairedError) throw new Conflict('already-paired', '该户已有进行中的结对帮扶，请先结束原结对');
      throw error;
    }
  });
}

export const handler = createHandler();
