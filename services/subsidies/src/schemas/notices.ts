import { defineRoute, fileTypes, type RouteBinding } from '@shequ/kit';
import { z } from 'zod';

const communityQuery = z.string().regex(/^\d{12}$/, '社区代码须为 12 位数字，如 350203006029');

export const noticeEntryView = z
  .object({
    programme: z.string(),
    programmeName: z.string(),
    applicantName: z.string(),
    applicantIdMasked: z.string().describe('身份证号仅显示前 6 位和后 4 位'),
    householdSize: z.number().optional(),
    amountYuan: z.number().optional().describe('拟发放的月（次）金额'),
    postedOn: z.string(),
    lastDay: z.string().describe('公示期最后一天'),
    objections: z.number().describe('本榜已登记的异议数'),
  })
  .meta({ id: 'SubsidyNoticeEntry' });

export const noticeBoardView = z
  .object({
    community: z.string(),
    rounds: z.array(z.object({ round: z.number().int().min(1).max(3), title: z.string(), entries: z.array(noticeEntryView) })),
  })
  .meta({ id: 'SubsidyNoticeBoard' });

export const getNoticeBoard = defineRoute({
  method: 'GET',
  path: '/subsidies/notices',
  operationId: 'getNoticeBoard',
  summary: '补助公示栏',
  description:
    '社区当前正在公示的补助对象，按第一、二、三榜分列：项目、姓名、打码的身份证号、家庭人口、拟发放金额和公示期。无需登录，供公开栏、小程序和居民查看；公示期内可向社区提出异议。',
  auth: 'public',
  query: z.object({ area: communityQuery.describe('社区代码（12 位）') }),
  response: { status: 200, description: '当前公示', schema: noticeBoardView },
});

export const printNoticeBoard = defineRoute({
  method: 'GET',
  path: '/subsidies/notices/print',
  operationId: 'printNoticeBoard',
  summary: '打印公示榜',
  description: '一榜的可打印页面（A4，张贴在社区公示栏），身份证号打码，注明公示期和异议受理方式。',
  auth: 'public',
  query: z.object({
    area: communityQuery.describe('社区代码（12 位）'),
    round: z.coerce.number('榜次须为 1、2 或 3').int().min(1, '榜次须为 1、2 或 3').max(3, '榜次须为 1、2 或 3'),
  }),
  response: { status: 200, description: '可打印的 HTML 页面', file: { contentTypes: [fileTypes.html] } },
});

export const noticeRoutes: readonly RouteBinding[] = [
  { route: getNoticeBoard, handler: 'handlers/get-notice-board' },
  { route: printNoticeBoard, handler: 'handlers/print-notice-board' },
];
