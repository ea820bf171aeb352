import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, fileTypes, monthSchema, pageOf, pageQuery, type Role, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { paymentView, programmeCodeSchema, yuanSchema } from './applications.ts';

const yearSchema = z.string().regex(/^20\d{2}$/, '年度须为 4 位年份，如 2026');
/** Budgets are the district's: set by its office, read by sub-districts. */
const budgetSetters: readonly Role[] = ['district-admin'];
const budgetReaders: readonly Role[] = ['district-admin', 'subdistrict-staff'];
/** The bank file carries full account numbers: only those who send it to the bank may take it. */
const bankFileRoles: readonly Role[] = ['district-admin', 'subdistrict-staff'];

export const budgetView = z
  .object({
    programme: z.string(),
    programmeName: z.string(),
    year: z.string(),
    totalYuan: z.number(),
    reservedYuan: z.number().describe('已审批补助预计全年支出'),
    availableYuan: z.number().describe('尚可审批的额度'),
    spentYuan: z.number().describe('本年度已发放'),
    earmark: z.string().optional().describe('专款专用的资金来源'),
    byMonth: z.array(z.object({ month: z.string(), paidYuan: z.number() })),
    version: z.number(),
  })
  .meta({ id: 'Budget' });

export const setBudget = defineRoute({
  method: 'PUT',
  path: '/subsidies/budgets/{programme}/{year}',
  operationId: 'setBudget',
  summary: '设定年度预算',
  description:
    '设定某补助项目的年度预算（可注明专款专用的资金来源）。审批时按补助全年预计支出占用预算，超出可用额度的审批被拒绝；调整预算不能低于已占用的金额。首次设定不带 version，调整时须带读取时的 version。',
  auth: 'jwt',
  roles: budgetSetters,
  params: z.object({ programme: programmeCodeSchema, year: yearSchema }),
  body: z.object({
    totalYuan: yuanSchema,
    earmark: z.string().trim().min(1).max(100, '资金来源不能超过 100 字').optional(),
    version: z.number().int().min(1).optional(),
  }),
  response: { status: 200, description: '预算及执行情况', schema: budgetView },
});

export const listBudgets = defineRoute({
  method: 'GET',
  path: '/subsidies/budgets',
  operationId: 'listBudgets',
  summary: '预算执行情况',
  description: '某年度各补助项目的预算、已占用、可用和已发放金额，按月列出发放。',
  auth: 'jwt',
  roles: budgetReaders,
  query: z.object({ year: yearSchema }),
  response: { status: 200, description: '各项目预算', schema: z.object({ items: z.array(budgetView) }) },
});

const ledgerRowView = z.object({
  community: z.string(),
  programme: z.string(),
  programmeName: z.string(),
  paidYuan: z.number(),
  payments: z.number(),
  exitYuan: z.number().describe('低保渐退：本月起不再发放的月金额'),
  exits: z.number(),
});

export const getLedger = defineRoute({
  method: 'GET',
  path: '/subsidies/ledger',
  operationId: 'getLedger',
  summary: '补助台帐',
  description: '某月在某社区或街道（含下属社区）的发放台帐：按社区和项目列出发放金额和笔数、低保渐退减少的月金额，并按项目合计。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ month: monthSchema, area: areaCodeSchema, programme: programmeCodeSchema.optional() }),
  response: {
    status: 200,
    description: '台帐',
    schema: z.object({
      month: z.string(),
      area: z.string(),
      rows: z.array(ledgerRowView),
      totals: z.array(ledgerRowView.omit({ community: true })),
    }),
  },
});

const paymentsQuery = z.object({ month: monthSchema, area: areaCodeSchema, programme: programmeCodeSchema.optional() });

export const listPayments = defineRoute({
  method: 'GET',
  path: '/subsidies/payments',
  operationId: 'listPayments',
  summary: '发放明细',
  description: '某月在某社区或街道的每一笔发放，账号打码。',
  auth: 'jwt',
  roles: staffRoles,
  query: paymentsQuery.extend(pageQuery),
  response: { status: 200, description: '一页发放记录', schema: pageOf(paymentView) },
});

export const exportBankFile = defineRoute({
  method: 'GET',
  path: '/subsidies/payments/bank-file',
  operationId: 'exportBankFile',
  summary: '导出银行代发文件',
  description:
    '某月在某街道或社区的现金补助代发清单（Excel）：户名、开户银行、完整账号、金额，末行合计。仅区和街道工作人员可导出。',
  auth: 'jwt',
  roles: bankFileRoles,
  query: paymentsQuery,
  response: { status: 200, description: 'Excel 代发文件', file: { contentTypes: [fileTypes.xlsx] } },
});

export const ledgerRoutes: readonly RouteBinding[] = [
  { route: setBudget, handler: 'handlers/set-budget' },
  { route: listBudgets, handler: 'handlers/list-budgets' },
  { route: getLedger, handler: 'handlers/get-ledger' },
  { route: listPayments, handler: 'handlers/list-payments' },
  { route: exportBankFile, handler: 'handlers/export-bank-file' },
];
