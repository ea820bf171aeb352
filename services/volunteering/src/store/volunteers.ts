import {
  createEvent,
  type EventEnvelope,
  VolunteerProfileUpdated,
  VolunteerRegistered,
  VolunteerStatusChanged,
} from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  failedConditionIndex,
  getItem,
  isLostRace,
  key,
  newId,
  type Page,
  type PageRequest,
  queryPage,
  versionedPut,
  writeWithEvents,
} from '@shequ/ddb';
import { type Caller, Conflict, Forbidden, inScope, isStaff, NotFound } from '@shequ/kit';
import type { Volunteer } from '../domain/volunteers.ts';
import type { VolunteeringDeps } from './deps.ts';

/** A volunteer's partition holds the profile and their hours (`HOURS#…`), so one Query reads a year of them. */
export const volunteerKey = (volunteerId: string) => ({ pk: key('VOLUNTEER', volunteerId), sk: 'PROFILE' });
/** One profile per registry person: this item is created with the profile and only if absent. */
const personVolunteerKey = (personId: string) => ({ pk: key('PERSON', personId), sk: 'VOLUNTEER' });

/** gsi1 lists a community's volunteers by status, oldest registration first. */
function volunteerItem(volunteer: Volunteer) {
  return {
    ...volunteerKey(volunteer.volunteerId),
    entity: 'volunteer',
    ...volunteer,
    gsi1pk: key('AREA', volunteer.community, 'VOLUNTEER'),
    gsi1sk: key(volunteer.status, volunteer.volunteerId),
  };
}

/** The person already has a volunteer profile. */
export class AlreadyVolunteerError extends Error {
  override name = 'AlreadyVolunteerError';
}

function event(
  deps: VolunteeringDeps,
  volunteer: Volunteer,
  build: (base: { id: string; district: string; area: string; occurredAt: Date }) => EventEnvelope,
) {
  return build({ id: newId(deps.now()), district: deps.district, area: volunteer.community, occurredAt: deps.now() });
}

/** Stores a new profile with VolunteerRegistered; a second profile for the same person is refused. */
export async function createVolunteer(deps: VolunteeringDeps, volunteer: Volunteer): Promise<Volunteer> {
  const registered = event(deps, volunteer, (base) =>
    createEvent(VolunteerRegistered, {
      ...base,
      data: {
        volunteerId: volunteer.volunteerId,
        ...(volunteer.personId ? { personId: volunteer.personId } : {}),
        community: volunteer.community,
        status: volunteer.status,
        by: volunteer.registeredBy,
        selfRegistered: volunteer.selfRegistered,
      },
    }),
  );
  const claim = volunteer.personId
    ? [
        createPut(deps.tableName, {
          ...personVolunteerKey(volunteer.personId),
          entity: 'person-volunteer',
          volunteerId: volunteer.volunteerId,
        }),
      ]
    : [];
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [createPut(deps.tableName, volunteerItem(volunteer)), ...claim],
      [registered],
    );
  } catch (error) {
    if (failedConditionIndex(error) === 1) throw new AlreadyVolunteerError('a volunteer profile exists for this person');
    throw error;
  }
  return { ...volunteer, version: 1 };
}

/** Stores the profile after a decision or an edit, if still at `expectedVersion`, with its event. */
export async function saveVolunteer(
  deps: VolunteeringDeps,
  next: Volunteer,
  expectedVersion: number,
  change: { kind: 'decision'; from: Volunteer['status'] } | { kind: 'profile' },
  by: string,
): Promise<Volunteer> {
  const changed = event(deps, next, (base) =>
    change.kind === 'decision'
      ? createEvent(VolunteerStatusChanged, {
          ...base,
          data: {
            volunteerId: next.volunteerId,
            ...(next.personId ? { personId: next.personId } : {}),
            community: next.community,
            from: change.from,
            to: next.status,
            by,
            ...(next.rejectReason ? { reason: next.rejectReason } : {}),
          },
        })
      : createEvent(VolunteerProfileUpdated, {
          ...base,
          data: { volunteerId: next.volunteerId, community: next.community, skills: next.skills, by },
        }),
  );
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [versionedPut(deps.tableName, volunteerItem(next), expectedVersion)],
      [changed],
    );
  } catch (error) {
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return { ...next, version: expectedVersion + 1 };
}

export function getVolunteer(deps: VolunteeringDeps, volunteerId: string): Promise<Volunteer | undefined> {
  return getItem<Volunteer>(deps, volunteerKey(volunteerId), true);
}

/** The volunteer profile of a registry person, or undefined. */
export async function volunteerOfPerson(deps: VolunteeringDeps, personId: string): Promise<Volunteer | undefined> {
  const claim = await getItem<{ volunteerId: string }>(deps, personVolunteerKey(personId), true);
  return claim ? getVolunteer(deps, claim.volunteerId) : undefined;
}

/** A community's volunteers, by status when given (then oldest first, the order they are decided in). */
export function listVolunteers(
  deps: VolunteeringDeps,
  query: { community: string; status?: string | undefined },
  page: PageRequest,
): Promise<Page<Volunteer>> {
  return queryPage<Volunteer>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: query.status ? 'gsi1pk = :pk AND begins_with(gsi1sk, :status)' : 'gsi1pk = :pk',
      ExpressionAttributeValues: {
        ':pk': key('AREA', query.community, 'VOLUNTEER'),
        ...(query.status ? { ':status': `${query.status}#` } : {}),
      },
    },
    page,
  );
}

/** True when the caller is the volunteer themselves (their token names the same registry person). */
export const isSelf = (caller: Caller, volunteer: Pick<Volunteer, 'personId'>) =>
  volunteer.personId !== undefined && caller.personId === volunteer.personId;

/** The volunteer, if the caller is staff over their community or the volunteer themselves; 404 or 403 otherwise. */
export async function volunteerForCaller(deps: VolunteeringDeps, caller: Caller, volunteerId: string): Promise<Volunteer> {
  const volunteer = await getVolunteer(deps, volunteerId);
  if (!volunteer) throw new NotFound('未找到该志愿者');
  if (isSelf(caller, volunteer)) return volunteer;
  if (!isStaff(caller)) throw new Forbidden('只能查看或操作本人的志愿者信息');
  if (!inScope(caller, volunteer.community)) throw new Forbidden(`您的管辖范围不包含社区 ${volunteer.community}`);
  return volunteer;
}

/** A volunteer who may take part (join teams, log hours, help households): approved only. */
export function assertApproved(volunteer: Volunteer): void {
  if (volunteer.status !== 'approved') {
    throw new Conflict('volunteer-not-approved', `志愿者 ${volunteer.name} 尚未通过社区审核，暂不能参加服务`);
  }
}

export const newVolunteerId = (deps: VolunteeringDeps) => newId(deps.now());

/** The caller's own volunteer profile, when their token names a registry person who has one. */
export function callerVolunteer(deps: VolunteeringDeps, caller: Caller): Promise<Volunteer | undefined> {
  return caller.personId ? volunteerOfPerson(deps, caller.personId) : Promise.resolve(undefined);
}
