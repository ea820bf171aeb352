import { ApplicationStatusChanged, addDays, createEvent, type EventEnvelope } from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  failedConditionIndex,
  isLostRace,
  key,
  newId,
  type Page,
  type PageRequest,
  queryAll,
  queryPage,
  recordOf,
  type TransactItem,
  type TransactUnit,
  versionedPut,
  writeWithEvents,
} from '@shequ/ddb';
import { type Application, FINAL_STATES, type HistoryEntry } from '../domain/applications.ts';
import type { Programme } from '../domain/programmes.ts';
import type { SubsidiesDeps } from './deps.ts';
import { BudgetExceededError, type BudgetRecord, ledgerAdd, reservationStep } from './ledger.ts';

/** The bank account a benefit is paid into: the number sealed, the masked form for everyone who sees it. */
export interface BankAccount {
  bank: string;
  holder: string;
  numberCipher: string;
  numberMasked: string;
}

/** An application as stored: the domain record plus who it is for and what it pays. */
export interface ApplicationRecord extends Application {
  programmeName: string;
  form: Programme['form'];
  period: Programme['period'];
  /** The applicant's area when applying (community or grid); lists and scope go by its community. */
  area: string;
  community: string;
  applicantName: string;
  applicantIdMasked: string;
  statement: string;
  householdId?: string;
  householdSize?: number;
  /** What the applicant asked for, for case-by-case programmes and loans. */
  requestedFen?: number;
  /** The amount per period as it stood when posted: what the notice board shows. */
  proposedFen?: number;
  /** The amount per period fixed at approval: what the payment run pays. */
  amountFen?: number;
  account?: BankAccount;
  version: number;
}

export interface PaymentRecord {
  paymentId: string;
  applicationId: string;
  programme: string;
  personId: string;
  applicantName: string;
  area: string;
  community: string;
  period: string;
  month: string;
  amountFen: number;
  form: 'cash' | 'loan';
  account?: BankAccount;
  paidAt: string;
  runId: string;
}

/** The applicant (or their household, for household programmes) already has an open application of this programme. */
export class AlreadyClaimedError extends Error {
  override name = 'AlreadyClaimedError';
  constructor(readonly by: 'person' | 'household') {
    super('an open application of this programme exists');
  }
}

export const applicationKey = (id: string) => ({ pk: key('APP', id), sk: 'APP' });
const personClaimKey = (personId: string, programme: string) => ({ pk: key('PERSON', personId), sk: key('CLAIM', programme) });
const householdClaimKey = (householdId: string, programme: string) => ({
  pk: key('HOUSEHOLD', householdId),
  sk: key('CLAIM', programme),
});
/**
 * The last period the payment run paid a benefit, in the benefit's partition: every period owed up to it
 * is paid. Written only when the benefit's recent payments no longer tell it (see store/payments.ts), and
 * an item of its own, so a worker's command on the benefit never carries an older value back over it.
 */
export const lastPaidKey = (applicationId: string) => ({ pk: key('APP', applicationId), sk: 'LASTPAID' });
export const paymentKey = (applicationId: string, period: string) => ({
  pk: key('APP', applicationId),
  sk: key('PAYMENT', period),
});

/**
 * gsi1 lists a community's applications by state (the notice board is `notice-*`); gsi2 finds a person's
 * applications, which death and moving out end.
 */
function applicationItem(record: ApplicationRecord) {
  return {
    ...applicationKey(record.id),
    entity: 'application',
    ...record,
    gsi1pk: key('AREA', record.community, 'APP'),
    gsi1sk: key(record.state, record.id),
    gsi2pk: key('PERSON', record.applicantId, 'APP'),
    gsi2sk: record.id,
  };
}

function claimItems(deps: SubsidiesDeps, record: ApplicationRecord, create: boolean): TransactItem[] {
  const keys = [
    personClaimKey(record.applicantId, record.programmeId),
    ...(record.householdId ? [householdClaimKey(record.householdId, record.programmeId)] : []),
  ];
  return keys.map((claimKey) =>
    create
      ? createPut(deps.tableName, { ...claimKey, entity: 'claim', applicationId: record.id })
      : {
          Delete: {
            TableName: deps.tableName,
            Key: claimKey,
            ConditionExpression: 'attribute_not_exists(pk) OR applicationId = :id',
            ExpressionAttributeValues: { ':id': record.id },
          },
        },
  );
}

function statusEvent(deps: SubsidiesDeps, record: ApplicationRecord, entry: HistoryEntry, isNew: boolean): EventEnvelope {
  const round = record.rounds.at(-1);
  const posted = record.state.startsWith('notice-') && round && round.closedOn === undefined ? round.round : undefined;
  const amountFen = record.amountFen ?? record.proposedFen;
  return createEvent(ApplicationStatusChanged, {
    id: newId(deps.now()),
    district: deps.district,
    area: record.area,
    occurredAt: deps.now(),
    data: {
      applicationId: record.id,
      programme: record.programmeId,
      programmeName: record.programmeName,
      personId: record.applicantId,
      area: record.area,
      ...(isNew ? {} : { from: entry.from }),
      to: entry.to,
      command: entry.command,
      by: entry.by,
      ...(entry.reason ? { reason: entry.reason } : {}),
      ...(posted && round ? { round: posted, postedOn: round.postedOn, lastDay: addDays(round.postedOn, round.days - 1) } : {}),
      ...(amountFen !== undefined ? { amountFen } : {}),
      programmePeriod: record.period,
      ...(record.householdId ? { householdId: record.householdId } : {}),
      personsCovered: record.householdId ? Math.max(1, record.householdSize ?? 1) : 1,
    },
  });
}

/**
 * The writes that record a new application: the application, its programme claims for the applicant (and
 * household), and ApplicationStatusChanged, as one unit (`createApplication` writes one; a bulk load packs
 * many with `transactInBatches`, a claim already taken dropping its unit).
 */
export function newApplicationUnit(deps: SubsidiesDeps, record: ApplicationRecord): TransactUnit {
  const entry = record.history.at(-1) as HistoryEntry;
  return {
    items: [createPut(deps.tableName, applicationItem(record)), ...claimItems(deps, record, true)],
    events: [statusEvent(deps, record, entry, true)],
  };
}

/**
 * Records a new application with ApplicationStatusChanged, claiming the programme for the applicant (and
 * household) in the same transaction: one open application per programme, so nobody is paid twice.
 */
export async function createApplication(deps: SubsidiesDeps, record: ApplicationRecord): Promise<ApplicationRecord> {
  const unit = newApplicationUnit(deps, record);
  try {
    await writeWithEvents(deps.client, deps.tableName, unit.items, unit.events ?? []);
  } catch (error) {
    const index = failedConditionIndex(error);
    if (index === 1) throw new AlreadyClaimedError('person');
    if (index === 2) throw new AlreadyClaimedError('household');
    throw error;
  }
  return { ...record, version: 1 };
}

/** What else a transition moves: a budget reservation (approval, early end) and 渐退 exits in the ledger. */
export interface TransitionEffects {
  budget?: BudgetRecord | undefined;
  reserveFen?: number;
  exit?: { month: string; fen: number };
}

/**
 * Stores the application after one transition, if still at `expectedVersion`, with its event; releases
 * the programme claim when the application reaches a final state, and applies the budget and ledger
 * effects in the same transaction, so an approval that would overdraw the budget changes nothing.
 */
export async function saveTransition(
  deps: SubsidiesDeps,
  next: ApplicationRecord,
  expectedVersion: number,
  effects: TransitionEffects = {},
): Promise<ApplicationRecord> {
  const entry = next.history.at(-1) as HistoryEntry;
  const final = FINAL_STATES.includes(next.state) && !FINAL_STATES.includes(entry.from);
  const reservation = reservationStep(deps, effects.budget, effects.reserveFen ?? 0);
  const items: TransactItem[] = [
    versionedPut(deps.tableName, applicationItem(next), expectedVersion),
    ...(reservation ? [reservation] : []),
    ...(effects.exit
      ? [
          ledgerAdd(
            deps,
            { month: effects.exit.month, community: next.community, programme: next.programmeId },
            { exitFen: effects.exit.fen, exits: 1 },
          ),
        ]
      : []),
    ...(final ? claimItems(deps, next, false) : []),
  ];
  try {
    await writeWithEvents(deps.client, deps.tableName, items, [statusEvent(deps, next, entry, false)]);
  } catch (error) {
    if (reservation && failedConditionIndex(error) === 1 && effects.budget) {
      throw new BudgetExceededError(effects.budget, effects.reserveFen ?? 0);
    }
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return { ...next, version: expectedVersion + 1 };
}

/** The application and its payments, oldest period first, in one Query of its partition. */
export async function getApplication(
  deps: SubsidiesDeps,
  id: string,
): Promise<{ application: ApplicationRecord; payments: PaymentRecord[] } | undefined> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': key('APP', id) },
    ConsistentRead: true,
  });
  const application = items.find((item) => item.entity === 'application');
  if (!application) return undefined;
  return {
    application: recordOf<ApplicationRecord>(application),
    payments: items.filter((item) => item.entity === 'payment').map((item) => recordOf<PaymentRecord>(item)),
  };
}

/** A community's applications, newest first within a state when `state` is given. */
export function listApplications(
  deps: SubsidiesDeps,
  query: { community: string; state?: string | undefined; programme?: string | undefined },
  page: PageRequest,
): Promise<Page<ApplicationRecord>> {
  return queryPage<ApplicationRecord>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: query.state ? 'gsi1pk = :pk AND begins_with(gsi1sk, :state)' : 'gsi1pk = :pk',
      ExpressionAttributeValues: {
        ':pk': key('AREA', query.community, 'APP'),
        ...(query.state ? { ':state': `${query.state}#` } : {}),
      },
      ScanIndexForward: false,
    },
    page,
    { programmeId: query.programme },
  );
}

/** A person's applications, newest first. */
export function listPersonApplications(
  deps: SubsidiesDeps,
  personId: string,
  page: PageRequest,
): Promise<Page<ApplicationRecord>> {
  return queryPage<ApplicationRecord>(
    deps,
    {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': key('PERSON', personId, 'APP') },
      ScanIndexForward: false,
    },
    page,
  );
}

/** Every application of a person (a handful): what death and moving out walk through. */
export async function personApplications(deps: SubsidiesDeps, personId: string): Promise<ApplicationRecord[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: { ':pk': key('PERSON', personId, 'APP') },
  });
  return items.map((item) => recordOf<ApplicationRecord>(item));
}

/** The applications on a community's notice board, every round. */
export async function postedApplications(deps: SubsidiesDeps, community: string): Promise<ApplicationRecord[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :notice)',
    ExpressionAttributeValues: { ':pk': key('AREA', community, 'APP'), ':notice': 'notice-' },
  });
  return items.map((item) => recordOf<ApplicationRecord>(item));
}

/** A community's running benefits whose next re-check falls on or before `before`, soonest first. */
export async function dueReviews(deps: SubsidiesDeps, community: string, before: string): Promise<ApplicationRecord[]> {
  const running = await Promise.all(
    ['active', 'suspended'].map((state) =>
      queryAll(deps, {
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :state)',
        FilterExpression: 'nextReviewOn <= :before',
        ExpressionAttributeValues: { ':pk': key('AREA', community, 'APP'), ':state': `${state}#`, ':before': before },
      }),
    ),
  );
  return running
    .flat()
    .map((item) => recordOf<ApplicationRecord>(item))
    .sort((a, b) => String(a.nextReviewOn).localeCompare(String(b.nextReviewOn)));
}
