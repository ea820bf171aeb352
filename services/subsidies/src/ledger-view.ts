import { toYuan } from './domain/money.ts';
import { programmeByCode } from './domain/programmes.ts';
import type { BudgetRecord, LedgerRow } from './store/ledger.ts';

const nameOf = (code: string) => programmeByCode(code)?.name ?? code;

/** A budget with what has been paid from it, month by month. */
export function budgetView(budget: BudgetRecord, rows: readonly LedgerRow[]) {
  const byMonth = new Map<string, number>();
  for (const row of rows) byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + row.paidFen);
  const spentFen = rows.reduce((sum, row) => sum + row.paidFen, 0);
  return {
    programme: budget.programme,
    programmeName: nameOf(budget.programme),
    year: budget.year,
    totalYuan: toYuan(budget.totalFen),
    reservedYuan: toYuan(budget.reservedFen),
    availableYuan: toYuan(budget.availableFen),
    spentYuan: toYuan(spentFen),
    ...(budget.earmark ? { earmark: budget.earmark } : {}),
    byMonth: [...byMonth.entries()].sort().map(([month, fen]) => ({ month, paidYuan: toYuan(fen) })),
    version: budget.version,
  };
}

function rowView(row: Omit<LedgerRow, 'month' | 'community'>) {
  return {
    programme: row.programme,
    programmeName: nameOf(row.programme),
    paidYuan: toYuan(row.paidFen),
    payments: row.payments,
    exitYuan: toYuan(row.exitFen),
    exits: row.exits,
  };
}

/** The month's rows by community and programme, and the totals per programme. */
export function ledgerView(month: string, area: string, rows: readonly LedgerRow[]) {
  const totals = new Map<string, Omit<LedgerRow, 'month' | 'community'>>();
  for (const row of rows) {
    const total = totals.get(row.programme) ?? { programme: row.programme, paidFen: 0, payments: 0, exitFen: 0, exits: 0 };
    total.paidFen += row.paidFen;
    total.payments += row.payments;
    total.exitFen += row.exitFen;
    total.exits += row.exits;
    totals.set(row.programme, total);
  }
  return {
    month,
    area,
    rows: rows.map((row) => ({ community: row.community, ...rowView(row) })),
    totals: [...totals.values()].map(rowView),
  };
}
