import { GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  createEvent,
  EmploymentBaseApplied,
  EmploymentBaseFundsPaid,
  EmploymentBaseInspected,
  EmploymentBasePlaqueGranted,
  EmploymentBasePlaqueWithdrawn,
  type EmploymentBaseState,
  EmploymentBaseStatisticsFiled,
  EmploymentTrainingPlanFiled,
  type EventEnvelope,
  JobOpeningFilled,
  JobOpeningPosted,
  JobSeekerPlaced,
  type SeekerGroup,
  shanghaiDay,
} from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  failedConditionIndex,
  getItem,
  isTransactionConflict,
  key,
  newId,
  type Page,
  type PageRequest,
  queryPage,
  type TransactItem,
  versionedPut,
  writeWithEvents,
} from '@shequ/ddb';
import { Conflict, HttpProblem, NotFound } from '@shequ/kit';
import {
  baseStateLabels,
  baseTypeLabels,
  type EmploymentBase,
  openingStatus,
  placementProblem,
  type Refusal,
  seekerGroupLabels,
} from '../domain/employment.ts';
import { toYuan } from '../domain/money.ts';
import type { SubsidiesDeps } from './deps.ts';

/** A base's year as stored, with the version every change is conditioned on. */
export interface BaseRecord extends EmploymentBase {
  version: number;
  createdAt: string;
}

export interface TrainingPlanRecord {
  id: string;
  baseId: string;
  area: string;
  year: number;
  title: string;
  content: string;
  startsOn: string;
  endsOn?: string;
  location?: string;
  plannedTrainees: number;
  filedOn: string;
  filedBy: string;
}

export interface OpeningRecord {
  id: string;
  unitId?: string;
  unitName: string;
  area: string;
  title: string;
  description?: string;
  positions: number;
  /** Positions taken by placements; moved only by a compare-and-set in the placement's own transaction. */
  filled: number;
  monthlyWageYuan: number;
  welcomes: SeekerGroup[];
  closesOn: string;
  contactName?: string;
  postedOn: string;
  postedAt: string;
  postedBy: string;
  version: number;
}

export interface PlacementRecord {
  id: string;
  openingId: string;
  personId: string;
  group: SeekerGroup;
  area: string;
  unitName: string;
  title: string;
  startsOn: string;
  note?: string;
  registeredAt: string;
  registeredBy: string;
}

/** A domain refusal, thrown where the rule can only be decided inside the write (a filled opening). */
export class RefusedError extends Error {
  override name = 'RefusedError';
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

/**
 * A refusal as problem+json: rules broken by the input or its timing are 422 with the rule's own code and,
 * for unmet standards, one field error per standard; a state that forbids the step is 409.
 */
export function refusalProblem(refusal: Refusal): HttpProblem {
  if (refusal.kind === 'conflict') return new Conflict(refusal.code, refusal.message);
  const errors = refusal.failures
    ? refusal.failures.map((failure) => ({ field: `body.figures.${failure.figure}`, message: failure.message }))
    : refusal.field
      ? [{ field: refusal.field, message: refusal.message }]
      : undefined;
  return new HttpProblem(422, refusal.code, '不符合办理条件', refusal.message, errors);
}

/** A base as the API shows it: labels beside codes, the fund in yuan as well as fen. */
export function presentBase(base: BaseRecord) {
  return {
    ...base,
    typeLabel: baseTypeLabels[base.type],
    stateLabel: baseStateLabels[base.state],
    ...(base.fund ? { fund: { ...base.fund, amountYuan: toYuan(base.fund.amountFen) } } : {}),
  };
}

/** An opening as the API shows it on `today`: its status and the positions left. */
export function presentOpening(opening: OpeningRecord, today: string) {
  return {
    ...opening,
    remaining: Math.max(opening.positions - opening.filled, 0),
    welcomesLabel: opening.welcomes.map((group) => seekerGroupLabels[group]).join('、'),
    status: openingStatus(opening, today),
  };
}

export function presentPlacement(placement: PlacementRecord) {
  return { ...placement, groupLabel: seekerGroupLabels[placement.group] };
}

const baseKey = (id: string) => ({ pk: key('BASE', id), sk: 'BASE' });
/** One base per unit and year, claimed by this item in the same transaction as the base. */
const unitYearKey = (unitId: string, year: number) => ({ pk: key('BASE', 'UNIT', unitId, year), sk: 'BASE-CLAIM' });
/** The one payment of a base's year: its key is the payment key, so a second payment collides. */
const fundKey = (baseId: string, year: number) => ({ pk: key('BASE', baseId), sk: key('FUND', year) });
const TRAINING_PREFIX = 'TRAINING#';
const openingKey = (id: string) => ({ pk: key('OPENING', id), sk: 'OPENING' });
const PLACEMENT_PREFIX = 'PLACEMENT#';
/** One placement of a person per opening. */
const placedKey = (openingId: string, personId: string) => ({ pk: key('OPENING', openingId), sk: key('PERSON', personId) });

/**
 * gsi1 lists a district's bases by year, then area: any area's bases of a year (district, sub-district,
 * community or grid) are one key range, since area codes nest by prefix.
 */
function baseItem(base: BaseRecord) {
  return {
    ...baseKey(base.id),
    entity: 'employment-base',
    ...base,
    gsi1pk: key('AREA', base.area.slice(0, 6), 'BASE'),
    gsi1sk: key(base.year, base.area, base.id),
  };
}

/**
 * gsi1 lists a sub-district's openings soonest-closing first, only while a position remains: the
 * placement that fills the last one drops the index keys, so lists never page through filled openings.
 */
function openingItem(opening: OpeningRecord) {
  return {
    ...openingKey(opening.id),
    entity: 'job-opening',
    ...opening,
    ...(opening.filled < opening.positions
      ? { gsi1pk: key('AREA', opening.area.slice(0, 9), 'OPENING'), gsi1sk: key(opening.closesOn, opening.id) }
      : {}),
  };
}

/** The envelope fields every event of this module shares. */
const envelopeOf = (deps: SubsidiesDeps, area: string, now: Date) => ({
  id: newId(now),
  district: deps.district,
  area,
  occurredAt: now,
});

export function getBase(deps: SubsidiesDeps, id: string, consistent = false): Promise<BaseRecord | undefined> {
  return getItem<BaseRecord>(deps, baseKey(id), consistent);
}

/** The unit already has a base for that year. */
export class BaseExistsError extends Error {
  override name = 'BaseExistsError';
  constructor(readonly existingId: string | undefined) {
    super('unit already has a base for the year');
  }
}

/** Stores an admitted application with EmploymentBaseApplied, one per unit and year (BaseExistsError). */
export async function createBase(deps: SubsidiesDeps, base: EmploymentBase): Promise<BaseRecord> {
  const now = deps.now();
  const record: BaseRecord = { ...base, version: 1, createdAt: now.toISOString() };
  const event = createEvent(EmploymentBaseApplied, {
    ...envelopeOf(deps, base.area, now),
    data: {
      baseId: base.id,
      unitId: base.unitId,
      unitName: base.unitName,
      area: base.area,
      year: base.year,
      type: base.type,
      ...(base.figures.disabledEmployees !== undefined ? { disabledEmployees: base.figures.disabledEmployees } : {}),
      ...(base.figures.householdsEngaged !== undefined ? { householdsEngaged: base.figures.householdsEngaged } : {}),
      appliedOn: base.appliedOn,
      by: base.appliedBy,
    },
  });
  const claim = unitYearKey(base.unitId, base.year);
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        createPut(deps.tableName, baseItem(record)),
        createPut(deps.tableName, { ...claim, entity: 'employment-base-claim', baseId: base.id }),
      ],
      [event],
    );
  } catch (error) {
    if (failedConditionIndex(error) === 1) {
      const existing = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: claim }));
      throw new BaseExistsError(existing.Item?.baseId as string | undefined);
    }
    throw error;
  }
  return record;
}

/** Replaces the base at the version read with its next state, with the events and any items the step adds. */
async function commitBase(
  deps: SubsidiesDeps,
  before: BaseRecord,
  after: EmploymentBase,
  events: readonly EventEnvelope[],
  leading: readonly TransactItem[] = [],
): Promise<BaseRecord> {
  const record: BaseRecord = { ...after, version: before.version + 1, createdAt: before.createdAt };
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [...leading, versionedPut(deps.tableName, baseItem(record), before.version)],
      events,
    );
  } catch (error) {
    if (failedConditionIndex(error) === leading.length) throw new ConcurrentModificationError('base changed');
    throw error;
  }
  return record;
}

const baseData = (base: EmploymentBase) => ({ baseId: base.id, unitId: base.unitId, area: base.area, year: base.year });

/** Records the inspection with EmploymentBaseInspected and, when passed, EmploymentBasePlaqueGranted. */
export function recordInspection(deps: SubsidiesDeps, before: BaseRecord, after: EmploymentBase): Promise<BaseRecord> {
  const now = deps.now();
  const inspection = after.inspection!;
  const events = [
    createEvent(EmploymentBaseInspected, {
      ...envelopeOf(deps, after.area, now),
      data: {
        ...baseData(after),
        passed: inspection.passed,
        inspectedOn: inspection.inspectedOn,
        evidenceCount: inspection.evidence.length,
        to: after.state,
        by: inspection.by,
      },
    }),
    ...(inspection.passed
      ? [
          createEvent(EmploymentBasePlaqueGranted, {
            ...envelopeOf(deps, after.area, now),
            data: { ...baseData(after), unitName: after.unitName, grantedOn: inspection.inspectedOn, by: inspection.by },
          }),
        ]
      : []),
  ];
  return commitBase(deps, before, after, events);
}

/** The base's funds for the year were paid already (the payment item exists). */
export class FundAlreadyPaidError extends Error {
  override name = 'FundAlreadyPaidError';
}

/**
 * Pays the base's support funds: the payment item under its deterministic key is put only if absent, in
 * the same transaction as the base and EmploymentBaseFundsPaid, so however often it is asked, a base is
 * paid once a year.
 */
export async function payBaseFunds(deps: SubsidiesDeps, before: BaseRecord, after: EmploymentBase): Promise<BaseRecord> {
  const now = deps.now();
  const fund = after.fund!;
  const payment = createPut(deps.tableName, {
    ...fundKey(after.id, after.year),
    entity: 'employment-base-fund',
    ...fund,
    baseId: after.id,
    unitName: after.unitName,
    area: after.area,
    year: after.year,
  });
  const event = createEvent(EmploymentBaseFundsPaid, {
    ...envelopeOf(deps, after.area, now),
    data: { ...baseData(after), paymentId: fund.paymentId, amountFen: fund.amountFen, paidOn: fund.paidOn, by: fund.by },
  });
  try {
    return await commitBase(deps, before, after, [event], [payment]);
  } catch (error) {
    if (failedConditionIndex(error) === 0) throw new FundAlreadyPaidError('fund paid');
    throw error;
  }
}

export function withdrawPlaque(deps: SubsidiesDeps, before: BaseRecord, after: EmploymentBase): Promise<BaseRecord> {
  const withdrawal = after.withdrawal!;
  const event = createEvent(EmploymentBasePlaqueWithdrawn, {
    ...envelopeOf(deps, after.area, deps.now()),
    data: { ...baseData(after), reason: withdrawal.reason, withdrawnOn: withdrawal.withdrawnOn, by: withdrawal.by },
  });
  return commitBase(deps, before, after, [event]);
}

export function fileStatistics(deps: SubsidiesDeps, before: BaseRecord, after: EmploymentBase): Promise<BaseRecord> {
  const statistics = after.statistics!;
  const event = createEvent(EmploymentBaseStatisticsFiled, {
    ...envelopeOf(deps, after.area, deps.now()),
    data: {
      ...baseData(after),
      filedOn: statistics.filedOn,
      late: statistics.late,
      disabledEmployed: statistics.disabledEmployed,
      householdsSupported: statistics.householdsSupported,
      personsLiftedOutOfPoverty: statistics.personsLiftedOutOfPoverty,
      by: statistics.by,
    },
  });
  return commitBase(deps, before, after, [event]);
}

export type BaseQuery = PageRequest & { area: string; year: number; state?: EmploymentBaseState | undefined };

/** One page of an area's bases of a year, by area then application order; the state is a filter. */
export function listBases(deps: SubsidiesDeps, query: BaseQuery): Promise<Page<BaseRecord>> {
  return queryPage<BaseRecord>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)',
      ExpressionAttributeValues: { ':pk': key('AREA', query.area.slice(0, 6), 'BASE'), ':prefix': key(query.year, query.area) },
    },
    query,
    { state: query.state },
  );
}

/**
 * Files a training plan with EmploymentTrainingPlanFiled. The base's state is checked in the same
 * transaction, so a plan never lands on a base whose plaque was withdrawn meanwhile.
 */
export async function fileTrainingPlan(
  deps: SubsidiesDeps,
  base: BaseRecord,
  input: {
    title: string;
    content: string;
    startsOn: string;
    endsOn?: string | undefined;
    location?: string | undefined;
    plannedTrainees: number;
  },
  actor: string,
): Promise<TrainingPlanRecord> {
  const now = deps.now();
  const plan: TrainingPlanRecord = {
    id: newId(now),
    baseId: base.id,
    area: base.area,
    year: base.year,
    title: input.title,
    content: input.content,
    startsOn: input.startsOn,
    ...(input.endsOn ? { endsOn: input.endsOn } : {}),
    ...(input.location ? { location: input.location } : {}),
    plannedTrainees: input.plannedTrainees,
    filedOn: shanghaiDay(now),
    filedBy: actor,
  };
  const event = createEvent(EmploymentTrainingPlanFiled, {
    ...envelopeOf(deps, base.area, now),
    data: {
      ...baseData(base),
      planId: plan.id,
      startsOn: plan.startsOn,
      plannedTrainees: plan.plannedTrainees,
      filedOn: plan.filedOn,
      by: actor,
    },
  });
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        {
          ConditionCheck: {
            TableName: deps.tableName,
            Key: baseKey(base.id),
            ConditionExpression: '#state IN (:applied, :plaqued)',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':applied': 'applied', ':plaqued': 'plaqued' },
          },
        },
        createPut(deps.tableName, {
          pk: key('BASE', base.id),
          sk: `${TRAINING_PREFIX}${plan.id}`,
          entity: 'training-plan',
          ...plan,
        }),
      ],
      [event],
    );
  } catch (error) {
    if (failedConditionIndex(error) === 0) throw new ConcurrentModificationError('base changed');
    throw error;
  }
  return plan;
}

/** A base's training plans in the order they were filed. */
export function listTrainingPlans(deps: SubsidiesDeps, baseId: string, page: PageRequest): Promise<Page<TrainingPlanRecord>> {
  return queryPage<TrainingPlanRecord>(
    deps,
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': key('BASE', baseId), ':prefix': TRAINING_PREFIX },
    },
    page,
  );
}

export function getOpening(deps: SubsidiesDeps, id: string, consistent = false): Promise<OpeningRecord | undefined> {
  return getItem<OpeningRecord>(deps, openingKey(id), consistent);
}

export type OpeningInput = Pick<
  OpeningRecord,
  | 'unitId'
  | 'unitName'
  | 'area'
  | 'title'
  | 'description'
  | 'positions'
  | 'monthlyWageYuan'
  | 'welcomes'
  | 'closesOn'
  | 'contactName'
>;

export async function postOpening(deps: SubsidiesDeps, input: OpeningInput, actor: string): Promise<OpeningRecord> {
  const now = deps.now();
  const opening: OpeningRecord = {
    id: newId(now),
    ...(input.unitId ? { unitId: input.unitId } : {}),
    unitName: input.unitName,
    area: input.area,
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    positions: input.positions,
    filled: 0,
    monthlyWageYuan: input.monthlyWageYuan,
    welcomes: [...new Set(input.welcomes)],
    closesOn: input.closesOn,
    ...(input.contactName ? { contactName: input.contactName } : {}),
    postedOn: shanghaiDay(now),
    postedAt: now.toISOString(),
    postedBy: actor,
    version: 1,
  };
  const event = createEvent(JobOpeningPosted, {
    ...envelopeOf(deps, opening.area, now),
    data: {
      openingId: opening.id,
      area: opening.area,
      unitName: opening.unitName,
      title: opening.title,
      positions: opening.positions,
      monthlyWageYuan: opening.monthlyWageYuan,
      welcomes: opening.welcomes,
      closesOn: opening.closesOn,
      by: actor,
    },
  });
  await writeWithEvents(deps.client, deps.tableName, [createPut(deps.tableName, openingItem(opening))], [event]);
  return opening;
}

/**
 * Openings of a sub-district, community or grid that still take applicants (closing today or later) and
 * have a position left, soonest closing first. A community or grid is a filter within its sub-district's
 * range, so a page may be short but never skips one.
 */
export function listOpenOpenings(
  deps: SubsidiesDeps,
  query: PageRequest & { area: string; today: string },
): Promise<Page<OpeningRecord>> {
  const narrower = query.area.length > 9;
  return queryPage<OpeningRecord>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk >= :today',
      ...(narrower ? { FilterExpression: 'begins_with(area, :area)' } : {}),
      ExpressionAttributeValues: {
        ':pk': key('AREA', query.area.slice(0, 9), 'OPENING'),
        ':today': query.today,
        ...(narrower ? { ':area': query.area } : {}),
      },
    },
    query,
  );
}

/** The person is already placed in this opening. */
export class AlreadyPlacedError extends Error {
  override name = 'AlreadyPlacedError';
}

/** Enough for a job fair's worth of clerks registering the same opening at once. */
const PLACEMENT_ATTEMPTS = 20;

/**
 * Places a job seeker: the opening's `filled` counter is moved by a compare-and-set in the same transaction
 * as the placement, the person's claim on the opening and JobSeekerPlaced (with JobOpeningFilled when it
 * takes the last position). Two clerks reading the same count cannot both commit; the loser re-reads and
 * is refused once the opening is full (RefusedError), so an opening is never over-filled.
 */
export async function placeSeeker(
  deps: SubsidiesDeps,
  openingId: string,
  input: { personId: string; group: SeekerGroup; startsOn: string; note?: string | undefined },
  actor: string,
): Promise<{ placement: PlacementRecord; opening: OpeningRecord }> {
  for (let attempt = 1; attempt <= PLACEMENT_ATTEMPTS; attempt++) {
    const now = deps.now();
    const opening = await getOpening(deps, openingId, true);
    if (!opening) throw new NotFound('未找到该岗位');
    const refused = placementProblem(opening, input);
    if (refused) throw new RefusedError(refused);

    const placement: PlacementRecord = {
      id: newId(now),
      openingId,
      personId: input.personId,
      group: input.group,
      area: opening.area,
      unitName: opening.unitName,
      title: opening.title,
      startsOn: input.startsOn,
      ...(input.note ? { note: input.note } : {}),
      registeredAt: now.toISOString(),
      registeredBy: actor,
    };
    const filled = opening.filled + 1;
    const nowFull = filled === opening.positions;
    const updated: OpeningRecord = { ...opening, filled, version: opening.version + 1 };
    const events = [
      createEvent(JobSeekerPlaced, {
        ...envelopeOf(deps, opening.area, now),
        data: {
          placementId: placement.id,
          openingId,
          personId: input.personId,
          group: input.group,
          area: opening.area,
          startsOn: input.startsOn,
          filled,
          positions: opening.positions,
          by: actor,
        },
      }),
      ...(nowFull
        ? [
            createEvent(JobOpeningFilled, {
              ...envelopeOf(deps, opening.area, now),
              data: { openingId, area: opening.area, positions: opening.positions },
            }),
          ]
        : []),
    ];
    const items: TransactItem[] = [
      {
        Update: {
          TableName: deps.tableName,
          Key: openingKey(openingId),
          UpdateExpression: `SET #filled = :next, #version = :nextVersion${nowFull ? ' REMOVE gsi1pk, gsi1sk' : ''}`,
          ConditionExpression: '#filled = :seen',
          ExpressionAttributeNames: { '#filled': 'filled', '#version': 'version' },
          ExpressionAttributeValues: { ':next': filled, ':seen': opening.filled, ':nextVersion': updated.version },
        },
      },
      createPut(deps.tableName, {
        pk: key('OPENING', openingId),
        sk: `${PLACEMENT_PREFIX}${placement.id}`,
        entity: 'placement',
        ...placement,
      }),
      createPut(deps.tableName, {
        ...placedKey(openingId, input.personId),
        entity: 'placement-claim',
        placementId: placement.id,
      }),
    ];
    try {
      await writeWithEvents(deps.client, deps.tableName, items, events);
      return { placement, opening: updated };
    } catch (error) {
      const failed = failedConditionIndex(error);
      if (failed === 2) throw new AlreadyPlacedError('already placed');
      if (failed !== 0 && !isTransactionConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
  throw new ConcurrentModificationError('opening contended');
}

/** An opening's placements in the order they were registered. */
export function listPlacements(deps: SubsidiesDeps, openingId: string, page: PageRequest): Promise<Page<PlacementRecord>> {
  return queryPage<PlacementRecord>(
    deps,
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': key('OPENING', openingId), ':prefix': PLACEMENT_PREFIX },
    },
    page,
  );
}
