import type { CaseCategory } from './cases.ts';

/**
 * Deadline compliance (按期办结率) of a month: of the cases first handled that month, how many by their
 * deadline; and how many are overdue and still open. Rows by community and by category, and a total. Pure.
 */
export interface ComplianceCount {
  community: string;
  category: string;
  handledInTime: number;
  handledLate: number;
}

export interface ComplianceRow {
  key: string;
  label: string;
  due: number;
  handledInTime: number;
  handledLate: number;
  overdueOpen: number;
  rate: number | null;
}

function row(key: string, label: string, counts: readonly ComplianceCount[], overdueOpen: number): ComplianceRow {
  const handledInTime = counts.reduce((sum, count) => sum + count.handledInTime, 0);
  const handledLate = counts.reduce((sum, count) => sum + count.handledLate, 0);
  const due = handledInTime + handledLate + overdueOpen;
  return {
    key,
    label,
    due,
    handledInTime,
    handledLate,
    overdueOpen,
    // One decimal, as the monthly report prints it.
    rate: due === 0 ? null : Math.round((handledInTime / due) * 1000) / 10,
  };
}

export function complianceRows(
  counts: readonly ComplianceCount[],
  overdue: readonly { community: string; category: string }[],
  categories: readonly CaseCategory[],
): { total: ComplianceRow; byCommunity: ComplianceRow[]; byCategory: ComplianceRow[] } {
  const communities = [
    ...new Set([...counts.map((count) => count.community), ...overdue.map((record) => record.community)]),
  ].sort();
  return {
    total: row('total', '合计', counts, overdue.length),
    byCommunity: communities.map((community) =>
      row(
        community,
        community,
        counts.filter((count) => count.community === community),
        overdue.filter((record) => record.community === community).length,
      ),
    ),
    byCategory: categories
      .map((category) =>
        row(
          category.code,
          category.label,
          counts.filter((count) => count.category === category.code),
          overdue.filter((record) => record.category === category.code).length,
        ),
      )
      .filter((entry) => entry.due > 0),
  };
}
