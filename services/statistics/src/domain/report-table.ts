/**
 * Every report is one table as Chinese government offices lay them out: a title, the reporting unit and
 * period, the unit of measure, one row per child area (the drill-down) and a totals row for the area itself,
 * and who compiled it when. Snapshots store it; exports render it; nothing else needs to know which report.
 */
export const reportKinds = [
  'civil-affairs-monthly',
  'population',
  'disabled',
  'employment-bases',
  'civil-affairs-yearly',
] as const;
export type ReportKind = (typeof reportKinds)[number];

export interface ReportColumn {
  key: string;
  label: string;
  /** Unit of the column when it differs from the table's (e.g. 元 among 户 and 人). */
  unit?: string;
}

export interface ReportRow {
  area: string;
  /** The area's name (from the official divisions) or its code when not known. */
  label: string;
  values: Record<string, number>;
}

export interface ReportTable {
  kind: ReportKind;
  /** `民政月报表` … */
  title: string;
  area: string;
  areaName: string;
  /** `YYYY-MM` for monthly reports, `YYYY` for yearly ones. */
  period: string;
  /** As of which day stock figures were read (`YYYY-MM-DD`). */
  asOf: string;
  /** `单位：户、人、元`. */
  unit: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  totals: Record<string, number>;
  compiledAt: string;
  compiledBy: string;
}

/** Who compiled a report the schedule (or a compile without a named person) made. */
export const SCHEDULED_COMPILER = '社区服务平台（自动编制）';
