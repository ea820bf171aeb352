import type { ReportColumn, ReportKind, ReportTable } from './report-table.ts';

/** One figure in both periods and how it moved (`to − from`). */
export interface ComparedValue {
  from: number;
  to: number;
  change: number;
}

export interface ComparedRow {
  area: string;
  label: string;
  values: Record<string, ComparedValue>;
}

export interface ReportComparison {
  kind: ReportKind;
  title: string;
  area: string;
  areaName: string;
  from: string;
  to: string;
  unit: string;
  columns: ReportColumn[];
  rows: ComparedRow[];
  totals: Record<string, ComparedValue>;
}

// Money and rates carry two decimals at most; rounding keeps 0.1 + 0.2 from showing as 0.30000000000000004.
const round = (value: number) => Math.round(value * 100) / 100;

function compareValues(columns: readonly ReportColumn[], from: Record<string, number> = {}, to: Record<string, number> = {}) {
  return Object.fromEntries(
    columns.map((column) => {
      const a = from[column.key] ?? 0;
      const b = to[column.key] ?? 0;
      return [column.key, { from: a, to: b, change: round(b - a) }];
    }),
  );
}

/**
 * Two snapshots of one report side by side, row by row and column by column. A row in one only (an area
 * that had nothing to count in the other period) shows zeros on the other side. Columns are the later
 * table's, followed by any only the earlier one had.
 */
export function compareTables(from: ReportTable, to: ReportTable): ReportComparison {
  const columns = [...to.columns, ...from.columns.filter((column) => !to.columns.some((other) => other.key === column.key))];
  const fromRows = new Map(from.rows.map((row) => [row.area, row]));
  const toRows = new Map(to.rows.map((row) => [row.area, row]));
  const areas = [...new Set([...fromRows.keys(), ...toRows.keys()])].sort();
  return {
    kind: to.kind,
    title: to.title,
    area: to.area,
    areaName: to.areaName,
    from: from.period,
    to: to.period,
    unit: to.unit,
    columns,
    rows: areas.map((area) => {
      const a = fromRows.get(area);
      const b = toRows.get(area);
      return { area, label: b?.label ?? a?.label ?? area, values: compareValues(columns, a?.values, b?.values) };
    }),
    totals: compareValues(columns, from.totals, to.totals),
  };
}
