import { ConcurrentModificationError } from '@shequ/ddb';
import { type Caller, Conflict, Forbidden, inScope, NotFound } from '@shequ/kit';
import { type PersonAction, transition } from './domain/persons.ts';
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
