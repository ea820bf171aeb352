import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  ConcurrentModificationError,
  type CounterUpdate,
  counterItem,
  getItem,
  isConditionFailure,
  key,
  queryAll,
  recordOf,
  type TransactItem,
} from '@shequ/ddb';
import type { SubsidiesDeps } from './deps.ts';

/**
 * The 台帐: one counter item per (month, community, programme) kept by atomic ADDs in the same
 * transaction as each payment (and each 渐退 exit), and one budget per (programme, year) from which
 * approvals reserve their expected outlay. DynamoDB conditions cannot add, so a budget keeps
 * `availableFen` (total − reserved) and an approval's reservation is conditioned on it.
 */

export interface LedgerRow {
  month: string;
  community: string;
  programme: string;
  paidFen: number;
  payments: number;
  /** Monthly amounts of benefits whose 渐退 trial ends before this month: what this month no longer pays. */
  exitFen: number;
  exits: number;
}

export interface BudgetRecord {
  programme: string;
  year: string;
  totalFen: number;
  reservedFen: number;
  availableFen: number;
  /** 专款专用: the fund this money is earmarked from, as the finance office names it. */
  earmark?: string;
  setBy: string;
  setAt: string;
  version: number;
}

export class BudgetExceededError extends Error {
  override name = 'BudgetExceededError';
  constructor(
    readonly budget: BudgetRecord,
    readonly neededFen: number,
  ) {
    super('approval would exceed the budget');
  }
}

const ledgerKey = (month: string, community: string, programme: string) => ({
  pk: key('LEDGER', month),
  sk: key(community, programme),
});
const budgetKey = (programme: string, year: string) => ({ pk: key('BUDGET', programme, year), sk: 'BUDGET' });

/** The month's counter for a community and programme, as a unit of a batched write adds to it. */
export function ledgerCounter(
  deps: SubsidiesDeps,
  at: { month: string; community: string; programme: string },
  add: { paidFen?: number; payments?: number; exitFen?: number; exits?: number },
): CounterUpdate {
  return {
    tableName: deps.tableName,
    key: ledgerKey(at.month, at.community, at.programme),
    add: Object.fromEntries(
      Object.entries(add).filter((entry): entry is [string, number] => entry[1] !== undefined && entry[1] !== 0),
    ),
    set: {
      entity: 'ledger',
      month: at.month,
      community: at.community,
      programme: at.programme,
      // The year index lets a budget read its programme's twelve months in one Query.
      gsi1pk: key('LEDGER', at.programme, at.month.slice(0, 4)),
      gsi1sk: key(at.month, at.community),
    },
  };
}

/** Adds to the month's counter for a community and programme; creates it on first use. */
export function ledgerAdd(
  deps: SubsidiesDeps,
  at: { month: string; community: string; programme: string },
  add: { paidFen?: number; payments?: number; exitFen?: number; exits?: number },
): TransactItem {
  return counterItem(ledgerCounter(deps, at, add));
}

function toRow(item: Record<string, unknown>): LedgerRow {
  const record = recordOf<Partial<LedgerRow>>(item);
  return {
    month: String(record.month),
    community: String(record.community),
    programme: String(record.programme),
    paidFen: record.paidFen ?? 0,
    payments: record.payments ?? 0,
    exitFen: record.exitFen ?? 0,
    exits: record.exits ?? 0,
  };
}

/** The month's rows within an area (a community or a sub-district: codes nest), optionally for one programme. */
export async function ledgerOfMonth(deps: SubsidiesDeps, month: string, area: string, programme?: string): Promise<LedgerRow[]> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :area)',
    ExpressionAttributeValues: { ':pk': key('LEDGER', month), ':area': area },
  });
  return items.map(toRow).filter((row) => programme === undefined || row.programme === programme);
}

/** A programme's rows for a whole year, every community. */
export async function ledgerOfYear(deps: SubsidiesDeps, programme: string, year: string): Promise<LedgerRow[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': key('LEDGER', programme, year) },
  });
  return items.map(toRow);
}

export function getBudget(deps: SubsidiesDeps, programme: string, year: string): Promise<BudgetRecord | undefined> {
  return getItem<BudgetRecord>(deps, budgetKey(programme, year), true);
}

export async function listBudgets(deps: SubsidiesDeps, year: string): Promise<BudgetRecord[]> {
  const out = await deps.client.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': key('BUDGETS', year) },
    }),
  );
  return (out.Items ?? []).map((item) => recordOf<BudgetRecord>(item));
}

/**
 * Sets a programme's budget for a year. The total may change (a supplementary allocation) but never below
 * what approvals already reserved; `expectedVersion` guards against two offices setting it at once.
 */
export async function setBudget(
  deps: SubsidiesDeps,
  input: { programme: string; year: string; totalFen: number; earmark?: string | undefined },
  expectedVersion: number | undefined,
  actor: string,
): Promise<BudgetRecord> {
  const current = await getBudget(deps, input.programme, input.year);
  if ((current?.version ?? 0) !== (expectedVersion ?? 0)) throw new ConcurrentModificationError();
  const reservedFen = current?.reservedFen ?? 0;
  const record: BudgetRecord = {
    programme: input.programme,
    year: input.year,
    totalFen: input.totalFen,
    reservedFen,
    availableFen: input.totalFen - reservedFen,
    // A supplementary allocation keeps the fund it is earmarked from unless a new one is named.
    ...((input.earmark ?? current?.earmark) ? { earmark: input.earmark ?? current?.earmark } : {}),
    setBy: actor,
    setAt: deps.now().toISOString(),
    version: (current?.version ?? 0) + 1,
  };
  if (record.availableFen < 0) throw new BudgetExceededError(record, -record.availableFen);
  try {
    await deps.client.send(
      new PutCommand({
        TableName: deps.tableName,
        Item: {
          ...budgetKey(input.programme, input.year),
          entity: 'budget',
          ...record,
          gsi1pk: key('BUDGETS', input.year),
          gsi1sk: input.programme,
        },
        // The reservation counters move under approvals too: a budget is replaced only as it was read.
        ConditionExpression: current ? 'version = :v AND reservedFen = :reserved' : 'attribute_not_exists(pk)',
        ...(current ? { ExpressionAttributeValues: { ':v': current.version, ':reserved': reservedFen } } : {}),
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return record;
}

/**
 * The transaction step that moves `deltaFen` between a budget's available and reserved money: positive
 * on approval (refused by its condition when not enough is left), negative when a benefit ends early.
 * Undefined when the programme has no budget for the year: nothing to reserve from.
 */
export function reservationStep(
  deps: SubsidiesDeps,
  budget: BudgetRecord | undefined,
  deltaFen: number,
): TransactItem | undefined {
  if (!budget || deltaFen === 0) return undefined;
  return {
    Update: {
      TableName: deps.tableName,
      Key: budgetKey(budget.programme, budget.year),
      UpdateExpression: 'ADD availableFen :minus, reservedFen :plus',
      ConditionExpression: deltaFen > 0 ? 'availableFen >= :plus' : 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':minus': -deltaFen, ':plus': deltaFen },
    },
  };
}
