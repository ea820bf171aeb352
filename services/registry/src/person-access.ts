import { ConcurrentModificationError } from '@shequ/ddb';
import { assertInScope, type Caller, Conflict, Forbidden, inScope, NotFound, staffRoles } from '@shequ/kit';
import { type PersonAction, transition } from './domain/persons.ts';
import { closedPersonProblem } from './domain/visits.ts';
import type { RegistryDeps } from './store/deps.ts';
import { getPerson, type PersonRecord } from './store/persons.ts';

/**
 * The person a caller may see: themselves (a resident's token names their person), or anyone in a staff
 * member's areas. Out-of-scope and missing look the same to a resident, so IDs cannot be probed; staff get 403.
 */
export async function visiblePerson(deps: RegistryDeps, id: string, caller: Caller): Promise<PersonRecord> {
  const person = await getPerson(deps, id);
  if (!person) throw new NotFound('未找到该人员');
  const isSelf = caller.personId !== undefined && caller.personId === id;
  if (isSelf) return person;
  if (caller.role === 'resident') throw new NotFound('未找到该人员');
  if (!inScope(caller, person.area)) throw new Forbidden('该人员不在您的管辖范围内');
  return person;
}

/**
 * The person whose own records (household, special groups, certificates) a caller may read: as
 * `visiblePerson`, but volunteers and units, who may see a person, get 404 for these.
 */
export async function personWithRecordsVisible(deps: RegistryDeps, id: string, caller: Caller): Promise<PersonRecord> {
  const person = await visiblePerson(deps, id, caller);
  if (caller.personId !== person.id && !staffRoles.includes(caller.role)) throw new NotFound('未找到该人员');
  return person;
}

/**
 * The person a staff member is about to change: in their areas, in a status that allows `action` (409 with
 * the reason otherwise), and still at the version the caller read (409 when someone changed it meanwhile).
 */
export async function personToChange(
  deps: RegistryDeps,
  id: string,
  caller: Caller,
  action: PersonAction,
  expectedVersion: number,
): Promise<PersonRecord> {
  const person = await getPerson(deps, id);
  if (!person) throw new NotFound('未找到该人员');
  if (!inScope(caller, person.area)) throw new Forbidden('该人员不在您的管辖范围内');
  const next = transition(person.status, action);
  if (!next.allowed) throw new Conflict(`person-${person.status}`, next.message);
  if (person.version !== expectedVersion) throw new ConcurrentModificationError('stale version');
  return person;
}

/**
 * A person staff are about to record something for (a visit, a plan, a certificate): in their areas and
 * still active; `what` names the work in the Chinese refusal for a moved-out or deceased person.
 */
export async function activePersonInScope(deps: RegistryDeps, id: string, caller: Caller, what: string): Promise<PersonRecord> {
  const person = await getPerson(deps, id);
  if (!person) throw new NotFound('未找到该人员');
  assertInScope(caller, person.area);
  const closed = closedPersonProblem(person.status, what);
  if (closed) throw new Conflict(`person-${person.status}`, closed);
  return person;
}
