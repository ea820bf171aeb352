import { defineRoute, labelledEnum, monthSchema, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';

const communitySchema = z.string().regex(/^\d{12}$/, '社区代码须为 12 位数字，如 350203006029');

export const paymentRunStateSchema = labelledEnum('PaymentRunState', '发放批次状态', {
  running: '发放中',
  done: '已完成',
  failed: '中断',
});

export const paymentRunView = z
  .object({
    runId: z.string(),
    month: z.string(),
    state: paymentRunStateSchema,
    startedAt: z.string(),
    finishedAt: z.string().optional(),
    benefits: z.number().describe('已核对的补助项数'),
    payments: z.number().describe('已发放笔数'),
    paidYuan: z.number().describe('已发放金额（元）'),
    alreadyPaid: z.number().describe('他次发放已付、本次跳过的期数'),
    closed: z.number().describe('到期终止的补助项数'),
    error: z.string().optional(),
  })
  .meta({ id: 'PaymentRun' });

export const listPaymentRuns = defineRoute({
  method: 'GET',
  path: '/subsidies/payment-runs',
  operationId: 'listPaymentRuns',
  summary: '发放批次',
  description:
    '某月的补助发放批次（每月 5 日 2:00 自动运行，重跑不会重复发放）：开始和结束时间、进度（已核对的补助项、已发放笔数和金额）和结果，最近的在前。发放中的批次每处理完一批即更新。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ month: monthSchema }),
  response: { status: 200, description: '本月的发放批次', schema: z.object({ items: z.array(paymentRunView) }) },
});

export const paymentPreviewView = z
  .object({
    month: z.string(),
    community: z.string(),
    items: z.array(
      z.object({
        applicationId: z.string(),
        programme: z.string(),
        programmeName: z.string(),
        personId: z.string(),
        applicantName: z.string(),
        periods: z.array(z.string()).describe('本次将发放的期（YYYY-MM、YYYY 或 once）'),
        amountYuan: z.number().describe('每期金额'),
        totalYuan: z.number().describe('本次合计'),
        form: z.enum(['cash', 'loan']),
        accountMasked: z.string().optional(),
      }),
    ),
    totals: z.array(z.object({ programme: z.string(), programmeName: z.string(), payments: z.number(), totalYuan: z.number() })),
    payments: z.number(),
    totalYuan: z.number(),
  })
  .meta({ id: 'PaymentPreview' });

export const previewPayments = defineRoute({
  method: 'GET',
  path: '/subsidies/payments/preview',
  operationId: 'previewPayments',
  summary: '发放预览',
  description:
    '若此刻运行某月的发放，社区内每项补助将发放的期数和金额（享受中、暂停前欠发的期和已终止补助终止前未发的期），按项目合计；已发放的期不再计入。只读，不发放。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({
    area: communitySchema.describe('社区代码（12 位）'),
    month: monthSchema.optional().describe('发放月份，默认本月'),
  }),
  response: { status: 200, description: '将发放的补助', schema: paymentPreviewView },
});

export const paymentRunRoutes: readonly RouteBinding[] = [
  { route: listPaymentRuns, handler: 'handlers/list-payment-runs' },
  { route: previewPayments, handler: 'handlers/preview-payments' },
];
