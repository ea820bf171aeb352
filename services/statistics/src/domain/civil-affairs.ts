import { ALL_PROGRAMMES, type Deltas, DIBAO } from './benefits.ts';
import type { ReportColumn } from './report-table.ts';

/** Certificates and cards issued in a community (the registry's kinds), as the reports name them. */
export const certificateLabels: Record<string, string> = {
  'reproductive-health': '生殖健康服务证',
  'only-child': '独生子女证',
  'migrant-marriage-fertility': '流动人口婚育证明',
  'senior-preferential': '老年优待证',
  'disabled-free-bus': '残疾人免费乘车卡',
  'long-term-medication': '长期服药卡',
  'all-in-one': '一卡通',
  rose: '玫瑰卡',
  warm: '温馨卡',
  clarity: '明白卡',
};

/** `senior-preferential` → `certSeniorPreferential`: the report column of one certificate kind. */
export const certificateColumnKey = (type: string) =>
  `cert${type.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`;

function certificateColumns(): ReportColumn[] {
  return Object.entries(certificateLabels).map(([type, label]) => ({
    key: certificateColumnKey(type),
    label: `其中：${label}`,
    unit: '份',
  }));
}

/**
 * 民政月报表: the 低保 stock as read (households, persons, monthly outlay), what the month paid and granted or
 * ended, the other programmes' payments, certificates, deaths, volunteer time and cases against their deadline.
 * Counters keep fen and minutes; the table shows 元 with two decimals and hours with one.
 */
export const civilAffairsColumns: ReportColumn[] = [
  { key: 'dibaoHouseholds', label: '低保户数', unit: '户' },
  { key: 'dibaoPersons', label: '低保人数', unit: '人' },
  { key: 'dibaoMonthlyYuan', label: '月保障金额', unit: '元' },
  { key: 'dibaoPaidYuan', label: '当月发放低保金', unit: '元' },
  { key: 'dibaoNew', label: '当月新增低保户', unit: '户' },
  { key: 'dibaoEnded', label: '当月停保户', unit: '户' },
  { key: 'benefitsNew', label: '当月新增救助补助（各项）', unit: '户' },
  { key: 'benefitsEnded', label: '当月终止救助补助（各项）', unit: '户' },
  { key: 'otherPaidCount', label: '其他救助补助发放', unit: '人次' },
  { key: 'otherPaidYuan', label: '其他救助补助金额', unit: '元' },
  { key: 'certificatesIssued', label: '出具证明', unit: '份' },
  { key: 'deaths', label: '死亡人数', unit: '人' },
  { key: 'volunteerHours', label: '志愿服务时长', unit: '小时' },
  { key: 'casesFiled', label: '受理诉求', unit: '件' },
  { key: 'casesHandled', label: '办结诉求', unit: '件' },
  { key: 'casesHandledInTime', label: '按时办结', unit: '件' },
  { key: 'casesInTimeRate', label: '按时办结率', unit: '%' },
  // Added after the first columns so reports and their readers keep the keys they had.
  ...certificateColumns(),
  { key: 'deathsCremated', label: '其中：火化', unit: '人' },
  { key: 'deathsBuried', label: '其中：土葬', unit: '人' },
];

/**
 * 民政年报表: the same figures over a calendar year (the flows summed over its months, the stock as at year
 * end or the day compiled), with the same keys so a screen or a comparison reads both alike.
 */
export const civilAffairsYearlyColumns: ReportColumn[] = civilAffairsColumns.map((column) => ({
  ...column,
  label: column.label.replace('当月', '全年'),
}));

export const yuan = (fen: number) => Math.round(fen) / 100;

/** A percentage with one decimal; 0 when nothing was handled. */
export const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

/** The flow counters of several months (a year's) added into one. */
export function sumFlows(flows: readonly Deltas[]): Deltas {
  const total: Deltas = {};
  for (const flow of flows) for (const [name, value] of Object.entries(flow)) total[name] = (total[name] ?? 0) + value;
  return total;
}

/** One row of the report from an area's BENEFITS (stock) and FLOW#<month> counters (or a year's, summed). */
export function civilAffairsValues(stock: Deltas, flow: Deltas): Record<string, number> {
  const s = (name: string) => stock[name] ?? 0;
  const f = (name: string) => flow[name] ?? 0;
  const handled = f('cases:handled');
  const inTime = f('cases:handledInTime');
  return {
    dibaoHouseholds: s(`${DIBAO}:households`),
    dibaoPersons: s(`${DIBAO}:persons`),
    dibaoMonthlyYuan: yuan(s(`${DIBAO}:monthlyFen`)),
    dibaoPaidYuan: yuan(f(`payments:${DIBAO}:fen`)),
    dibaoNew: f(`benefits:${DIBAO}:new`),
    dibaoEnded: f(`benefits:${DIBAO}:ended`),
    benefitsNew: f(`benefits:${ALL_PROGRAMMES}:new`),
    benefitsEnded: f(`benefits:${ALL_PROGRAMMES}:ended`),
    otherPaidCount: f(`payments:${ALL_PROGRAMMES}:count`) - f(`payments:${DIBAO}:count`),
    otherPaidYuan: yuan(f(`payments:${ALL_PROGRAMMES}:fen`) - f(`payments:${DIBAO}:fen`)),
    certificatesIssued: f('certificates:issued'),
    deaths: f('deaths'),
    volunteerHours: Math.round(f('volunteer:minutes') / 6) / 10,
    casesFiled: f('cases:filed'),
    casesHandled: handled,
    casesHandledInTime: inTime,
    casesInTimeRate: rate(inTime, handled),
    ...Object.fromEntries(Object.keys(certificateLabels).map((type) => [certificateColumnKey(type), f(`certificates:${type}`)])),
    deathsCremated: f('deaths:cremation'),
    deathsBuried: f('deaths:burial'),
  };
}
