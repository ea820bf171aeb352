import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, type Role, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { type ReportKind, reportKinds } from '../domain/report-table.ts';

/** Who may compile a report on demand (after a correction): the district and the sub-districts. */
export const compilerRoles: readonly Role[] = ['district-admin', 'subdistrict-staff'];

const kindLabels: Record<ReportKind, string> = {
  'civil-affairs-monthly': '民政月报表',
  population: '人口统计表',
  disabled: '残疾人统计表',
  'employment-bases': '残疾人就业扶贫基地统计表（年报）',
  'civil-affairs-yearly': '民政年报表',
};

export const yearlyKinds: readonly ReportKind[] = ['employment-bases', 'civil-affairs-yearly'];

const kindSchema = z
  .enum(reportKinds, `报表种类须为：${reportKinds.map((kind) => `${kind}（${kindLabels[kind]}）`).join('、')}`)
  .describe('报表种类');
const periodSchema = z
  .string('统计期须为文字')
  .regex(/^20\d{2}(-(0[1-9]|1[0-2]))?$/, '统计期须为 YYYY-MM（月报）或 YYYY（年报），如 2026-05');

/** Whether `period` has the form `kind` is kept by: `YYYY` for yearly reports, `YYYY-MM` for monthly ones. */
export function periodFits(kind: ReportKind, period: string): boolean {
  return yearlyKinds.includes(kind) ? /^\d{4}$/.test(period) : /^\d{4}-\d{2}$/.test(period);
}

export const periodMessage = (kind: ReportKind) =>
  yearlyKinds.includes(kind)
    ? `${kindLabels[kind]}的统计期须为年份 YYYY，如 2026`
    : `${kindLabels[kind]}的统计期须为月份 YYYY-MM，如 2026-05`;

const reportParams = z.object({ kind: kindSchema, period: periodSchema }).superRefine((params, ctx) => {
  if (!periodFits(params.kind, params.period))
    ctx.addIssue({ code: 'custom', path: ['period'], message: periodMessage(params.kind) });
});

const figures = z.record(z.string(), z.number());

export const reportTableView = z
  .object({
    kind: z.enum(reportKinds),
    title: z.string().describe('如“民政月报表”'),
    area: z.string(),
    areaName: z.string(),
    period: z.string().describe('YYYY-MM（月报）或 YYYY（年报）'),
    asOf: z.string().describe('存量数字（户数、人数等）截至的日期'),
    unit: z.string().describe('如“单位：户、人、元”'),
    columns: z.array(z.object({ key: z.string(), label: z.string(), unit: z.string().optional() })),
    rows: z.array(z.object({ area: z.string(), label: z.string(), values: figures })).describe('各下级地区一行（逐级下钻）'),
    totals: figures.describe('本地区合计'),
    compiledAt: z.string(),
    compiledBy: z.string(),
  })
  .meta({ id: 'ReportTable' });

const compared = z.object({ from: z.number(), to: z.number(), change: z.number().describe('后一期减前一期') });

export const reportComparisonView = z
  .object({
    kind: z.enum(reportKinds),
    title: z.string(),
    area: z.string(),
    areaName: z.string(),
    from: z.string(),
    to: z.string(),
    unit: z.string(),
    columns: z.array(z.object({ key: z.string(), label: z.string(), unit: z.string().optional() })),
    rows: z.array(z.object({ area: z.string(), label: z.string(), values: z.record(z.string(), compared) })),
    totals: z.record(z.string(), compared),
  })
  .meta({ id: 'ReportComparison' });

export const getReport = defineRoute({
  method: 'GET',
  path: '/statistics/reports/{kind}/{period}',
  operationId: 'getReport',
  summary: '查看报表',
  description:
    '某地区某一统计期已编制的报表（存档快照）：各下级地区一行，本地区为合计行。月报每月 1 日自动编制上月报表，' +
    '民政年报表（civil-affairs-yearly，统计期 YYYY）同时编制当年截至上月的累计，1 月 1 日编成上一年全年；' +
    '残疾人就业扶贫基地统计表每年 11 月 10 日编制；尚未编制时返回 404。',
  auth: 'jwt',
  roles: staffRoles,
  params: reportParams,
  query: z.object({ area: areaCodeSchema }),
  response: { status: 200, description: '报表', schema: reportTableView },
});

export const compileReportRoute = defineRoute({
  method: 'POST',
  path: '/statistics/reports/{kind}/{period}/compile',
  operationId: 'compileReport',
  summary: '重新编制报表',
  description: '区、街道工作人员按当前计数即时编制某地区某一统计期的报表（如数据更正后），替换原有存档快照，记录编制人。',
  auth: 'jwt',
  roles: compilerRoles,
  params: reportParams,
  query: z.object({ area: areaCodeSchema }),
  response: { status: 200, description: '新编制的报表', schema: reportTableView },
});

export const compareReports = defineRoute({
  method: 'GET',
  path: '/statistics/reports/{kind}/compare',
  operationId: 'compareReports',
  summary: '两期报表对比',
  description:
    '同一地区同一报表两个统计期的存档快照逐行逐列对比：两期数值及增减（后一期减前一期）；只在一期出现的地区另一期按 0 计。',
  auth: 'jwt',
  roles: staffRoles,
  params: z.object({ kind: kindSchema }),
  query: z
    .object({ area: areaCodeSchema, from: periodSchema.describe('前一期'), to: periodSchema.describe('后一期') })
    .refine((query) => query.from !== query.to, { message: '请选择两个不同的统计期', path: ['to'] }),
  response: { status: 200, description: '两期对比', schema: reportComparisonView },
});

export const reportRoutes: readonly RouteBinding[] = [
  { route: getReport, handler: 'handlers/get-report' },
  { route: compileReportRoute, handler: 'handlers/compile-report', divisionData: true },
  { route: compareReports, handler: 'handlers/compare-reports' },
];
