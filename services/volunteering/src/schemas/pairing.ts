import { helperKinds, pairingFrequencies } from '@shequ/contracts';
import {
  communityCodeSchema,
  defineRoute,
  labelledEnum,
  pageOf,
  pageQuery,
  type RouteBinding,
  recordIdSchema,
  staffRoles,
} from '@shequ/kit';
import { z } from 'zod';
import { modeOf, type Pairing, type PairingVisit } from '../domain/pairing.ts';
import { idParams, versionSchema } from './teams.ts';
import { everyoneRoles } from './volunteers.ts';

const helperKindView = labelledEnum('PairingHelperKind', '帮扶人类型', {
  worker: '社区工作者',
  'party-member': '党员',
  volunteer: '志愿者',
} satisfies Record<(typeof helperKinds)[number], string>);
const frequencyView = labelledEnum('PairingFrequency', '走访周期', {
  week: '每周',
  fortnight: '每两周',
  month: '每月',
  quarter: '每季度',
} satisfies Record<(typeof pairingFrequencies)[number], string>);
const pairingStatusView = labelledEnum('PairingStatus', '结对状态', { active: '帮扶中', ended: '已结束' });

const helperView = z.object({ kind: helperKindView, id: z.string(), name: z.string(), personId: z.string().optional() });

export const pairingView = z
  .object({
    pairingId: z.string(),
    mode: z.string().describe('一帮一 或 二帮一'),
    community: z.string(),
    householdId: z.string(),
    headPersonId: z.string(),
    headName: z.string(),
    helpers: z.array(helperView),
    every: frequencyView,
    needs: z.string().optional(),
    startOn: z.string(),
    nextDue: z.string(),
    lastVisitedOn: z.string().optional(),
    visits: z.number(),
    behind: z.boolean().describe('应走访日期已过仍未走访'),
    status: pairingStatusView,
    endedOn: z.string().optional(),
    endReason: z.string().optional(),
    version: z.number(),
  })
  .meta({ id: 'Pairing' });

const visitView = z.object({
  visitId: z.string(),
  visitedOn: z.string(),
  helperId: z.string(),
  helperName: z.string(),
  notes: z.string(),
  recordedAt: z.string(),
});

export const createPairing = defineRoute({
  method: 'POST',
  path: '/volunteering/pairings',
  operationId: 'createPairing',
  summary: '建立结对帮扶',
  description:
    '为困难家庭结对 1 名（一帮一）或 2 名（二帮一）帮扶人：社区工作者（用户编号和姓名）、党员（人员编号）或志愿者（志愿者编号，须已审核），约定走访周期，首次走访在 startOn。每户同时只有一个结对。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  body: z.object({
    householdId: recordIdSchema,
    headPersonId: recordIdSchema.describe('户主（帮扶对象）的人员编号'),
    helpers: z
      .array(
        z.object({
          kind: z.enum(helperKinds, '帮扶人类型须为 worker、party-member 或 volunteer'),
          id: z.string().trim().min(1, '请指定帮扶人').max(128),
          name: z.string().trim().min(1).max(50, '姓名不能超过 50 个字').optional().describe('社区工作者须填写'),
        }),
      )
      .min(1, '请至少指定 1 名帮扶人')
      .max(2, '最多 2 名帮扶人（二帮一）'),
    every: z.enum(pairingFrequencies, '走访周期须为 week、fortnight、month 或 quarter'),
    startOn: z.iso.date('首次走访日期格式须为 YYYY-MM-DD'),
    needs: z.string().trim().min(1).max(500, '困难情况不能超过 500 字').optional(),
  }),
  response: { status: 201, description: '新建的结对', schema: pairingView },
});

export const listPairings = defineRoute({
  method: 'GET',
  path: '/volunteering/pairings',
  operationId: 'listPairings',
  summary: '结对帮扶列表',
  description: '社区的结对帮扶，按下次应走访日期从早到晚，逾期未走访的标出。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ community: communityCodeSchema, status: z.enum(['active', 'ended']).default('active'), ...pageQuery }),
  response: { status: 200, description: '一页结对', schema: pageOf(pairingView) },
});

export const getPairing = defineRoute({
  method: 'GET',
  path: '/volunteering/pairings/{id}',
  operationId: 'getPairing',
  summary: '结对详情',
  description: '结对及其走访记录（从新到旧）；工作人员或帮扶人本人可查看。',
  auth: 'jwt',
  roles: everyoneRoles,
  params: idParams,
  response: { status: 200, description: '结对及走访记录', schema: pairingView.extend({ visitLog: z.array(visitView) }) },
});

export const logPairingVisit = defineRoute({
  method: 'POST',
  path: '/volunteering/pairings/{id}/visits',
  operationId: 'logPairingVisit',
  summary: '记录帮扶走访',
  description: '记录一次帮扶走访，下次应走访日期随之顺延。帮扶人本人记录时即为走访人；工作人员记录时须指明是哪位帮扶人走访的。',
  auth: 'jwt',
  roles: everyoneRoles,
  idempotent: true,
  params: idParams,
  body: z.object({
    visitedOn: z.iso.date('走访日期格式须为 YYYY-MM-DD'),
    helperId: z.string().trim().min(1).max(128).optional().describe('工作人员代记时：走访的帮扶人编号'),
    notes: z.string().trim().min(1, '请填写走访情况').max(2000, '走访情况不能超过 2000 字'),
  }),
  response: { status: 201, description: '更新后的结对', schema: pairingView },
});

export const endPairing = defineRoute({
  method: 'POST',
  path: '/volunteering/pairings/{id}/end',
  operationId: 'endPairing',
  summary: '结束结对',
  description: '结束结对帮扶（如已脱困、迁出），须说明理由；结束后该户可重新结对。',
  auth: 'jwt',
  roles: staffRoles,
  params: idParams,
  body: z.object({ reason: z.string().trim().min(1, '请说明结束理由').max(300, '理由不能超过 300 字'), version: versionSchema }),
  response: { status: 200, description: '已结束的结对', schema: pairingView },
});

export const pairingRoutes: readonly RouteBinding[] = [
  { route: createPairing, handler: 'handlers/create-pairing' },
  { route: listPairings, handler: 'handlers/list-pairings' },
  { route: getPairing, handler: 'handlers/get-pairing' },
  { route: logPairingVisit, handler: 'handlers/log-pairing-visit' },
  { route: endPairing, handler: 'handlers/end-pairing' },
];

/** A pairing as the API shows it: its mode, and whether its visits are behind on `today`. */
export function toPairingView(pairing: Pairing, today: string) {
  return pairingView.parse({
    ...pairing,
    mode: modeOf(pairing.helpers),
    behind: pairing.status === 'active' && pairing.nextDue < today,
  });
}

export function toVisitView(visit: PairingVisit) {
  return visitView.parse(visit);
}
