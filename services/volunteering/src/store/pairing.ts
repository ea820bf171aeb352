import { createEvent, PairingCreated, PairingEnded, PairingVisitLogged, PairingVisitsBehind } from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  failedConditionIndex,
  getItem,
  isConditionFailure,
  isLostRace,
  isTransactionConflict,
  key,
  newId,
  type Page,
  type PageRequest,
  queryAll,
  queryPage,
  recordOf,
  versionedPut,
  writeWithEvents,
} from '@shequ/ddb';
import { assertInScope, type Caller, Forbidden, NotFound, staffRoles } from '@shequ/kit';
import type { Helper, Pairing, PairingVisit } from '../domain/pairing.ts';
import type { VolunteeringDeps } from './deps.ts';

/** Pairing entity name; the visits-behind job's scan filters on it. */
export const PAIRING_ENTITY = 'pairing';

export const pairingKey = (pairingId: string) => ({ pk: key('PAIR', pairingId), sk: 'PAIR' });
/** One running pairing per household: created with the pairing, deleted when it ends. */
const householdClaimKey = (householdId: string) => ({ pk: key('PAIR', 'HOUSEHOLD', householdId), sk: 'CLAIM' });

/** The household already has a running pairing. */
export class AlreadyPairedError extends Error {
  override name = 'AlreadyPairedError';
}

/** gsi1 lists a community's pairings by status and next due date, so the most urgent come first. */
function pairingItem(pairing: Pairing) {
  return {
    ...pairingKey(pairing.pairingId),
    entity: PAIRING_ENTITY,
    ...pairing,
    gsi1pk: key('AREA', pairing.community, 'PAIR'),
    gsi1sk: key(pairing.status, pairing.nextDue, pairing.pairingId),
  };
}

function envelope(deps: VolunteeringDeps, pairing: Pairing, now = deps.now()) {
  return { id: newId(now), district: deps.district, area: pairing.community, occurredAt: now };
}

export async function createPairing(deps: VolunteeringDeps, pairing: Pairing): Promise<Pairing> {
  const created = createEvent(PairingCreated, {
    ...envelope(deps, pairing),
    data: {
      pairingId: pairing.pairingId,
      community: pairing.community,
      householdId: pairing.householdId,
      headPersonId: pairing.headPersonId,
      helpers: pairing.helpers.map(({ kind, id, name }) => ({ kind, id, name })),
      every: pairing.every,
      nextDue: pairing.nextDue,
      by: pairing.createdBy,
    },
  });
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        createPut(deps.tableName, pairingItem(pairing)),
        createPut(deps.tableName, {
          ...householdClaimKey(pairing.householdId),
          entity: 'pair-claim',
          pairingId: pairing.pairingId,
        }),
      ],
      [created],
    );
  } catch (error) {
    if (failedConditionIndex(error) === 1) throw new AlreadyPairedError('the household has a running pairing');
    throw error;
  }
  return { ...pairing, version: 1 };
}

export function getPairing(deps: VolunteeringDeps, pairingId: string): Promise<Pairing | undefined> {
  return getItem<Pairing>(deps, pairingKey(pairingId), true);
}

/** A pairing's visits, newest first (a few a month at most). */
export async function pairingVisits(deps: VolunteeringDeps, pairingId: string): Promise<PairingVisit[]> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :visit)',
    ExpressionAttributeValues: { ':pk': key('PAIR', pairingId), ':visit': 'VISIT#' },
    ScanIndexForward: false,
  });
  return items.map((item) => recordOf<PairingVisit>(item));
}

/** A community's pairings of one status, soonest due first. */
export function listPairings(
  deps: VolunteeringDeps,
  community: string,
  status: Pairing['status'],
  page: PageRequest,
): Promise<Page<Pairing>> {
  return queryPage<Pairing>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :status)',
      ExpressionAttributeValues: { ':pk': key('AREA', community, 'PAIR'), ':status': `${status}#` },
    },
    page,
  );
}

/** Logs a visit and moves the pairing's due date, together with PairingVisitLogged; a racing change is a 409. */
export async function saveVisit(deps: VolunteeringDeps, current: Pairing, next: Pairing, visit: PairingVisit): Promise<Pairing> {
  const logged = createEvent(PairingVisitLogged, {
    ...envelope(deps, next),
    data: {
      pairingId: next.pairingId,
      visitId: visit.visitId,
      community: next.community,
      householdId: next.householdId,
      visitedOn: visit.visitedOn,
      helperId: visit.helperId,
      nextDue: next.nextDue,
    },
  });
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        versionedPut(deps.tableName, pairingItem(next), current.version),
        createPut(deps.tableName, {
          pk: key('PAIR', next.pairingId),
          sk: key('VISIT', visit.visitedOn, visit.visitId),
          entity: 'pair-visit',
          ...visit,
        }),
      ],
      [logged],
    );
  } catch (error) {
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return { ...next, version: current.version + 1 };
}

/** Ends a pairing at `current.version` with PairingEnded, freeing the household for a new pairing. */
export async function endPairing(deps: VolunteeringDeps, current: Pairing, ended: Pairing): Promise<Pairing> {
  const event = createEvent(PairingEnded, {
    ...envelope(deps, ended),
    data: {
      pairingId: ended.pairingId,
      community: ended.community,
      householdId: ended.householdId,
      endedOn: ended.endedOn ?? '',
      reason: ended.endReason ?? '',
      by: ended.endedBy ?? '',
    },
  });
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        versionedPut(deps.tableName, pairingItem(ended), current.version),
        {
          Delete: {
            TableName: deps.tableName,
            Key: householdClaimKey(ended.householdId),
            ConditionExpression: 'attribute_not_exists(pk) OR pairingId = :id',
            ExpressionAttributeValues: { ':id': ended.pairingId },
          },
        },
      ],
      [event],
    );
  } catch (error) {
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return { ...ended, version: current.version + 1 };
}

/**
 * Marks a pairing reported as behind for its due date and raises PairingVisitsBehind, together. The
 * condition makes it once per due date (a re-run raises nothing) and skips a pairing a visit or its end
 * changed since it was read; the version is left alone, as this is the job's bookkeeping, not an edit.
 */
export async function raiseVisitsBehind(deps: VolunteeringDeps, pairing: Pairing, now: Date): Promise<boolean> {
  const event = createEvent(PairingVisitsBehind, {
    ...envelope(deps, pairing, now),
    data: {
      pairingId: pairing.pairingId,
      community: pairing.community,
      householdId: pairing.householdId,
      headPersonId: pairing.headPersonId,
      dueOn: pairing.nextDue,
      ...(pairing.lastVisitedOn ? { lastVisitedOn: pairing.lastVisitedOn } : {}),
      helperIds: pairing.helpers.map((helper) => helper.id),
    },
  });
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        {
          Update: {
            TableName: deps.tableName,
            Key: pairingKey(pairing.pairingId),
            UpdateExpression: 'SET behindReportedFor = :due',
            ConditionExpression:
              'nextDue = :due AND #status = :active AND (attribute_not_exists(behindReportedFor) OR behindReportedFor <> :due)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':due': pairing.nextDue, ':active': 'active' },
          },
        },
      ],
      [event],
    );
    return true;
  } catch (error) {
    // A racing visit or end, or another run: nothing to raise now; a pairing still behind is raised next run.
    if (isConditionFailure(error) || isTransactionConflict(error)) return false;
    throw error;
  }
}

/** The pairing, if the caller is staff over its community or one of its helpers; 404 or 403 otherwise. */
export async function pairingForCaller(
  deps: VolunteeringDeps,
  caller: Caller,
  pairingId: string,
): Promise<{ pairing: Pairing; helper?: Helper }> {
  const pairing = await getPairing(deps, pairingId);
  if (!pairing) throw new NotFound('未找到该结对帮扶');
  if (staffRoles.includes(caller.role)) {
    assertInScope(caller, pairing.community);
    return { pairing };
  }
  const helper = caller.personId ? pairing.helpers.find((h) => h.personId === caller.personId) : undefined;
  if (!helper) throw new Forbidden('只有该结对的帮扶人或社区工作人员可以查看和记录走访');
  return { pairing, helper };
}
