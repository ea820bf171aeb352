import { donationKinds, donationSources } from '@shequ/contracts';
import { defineRoute, pageOf, pageQuery, type RouteBinding, recordIdSchema, staffRoles, textField } from '@shequ/kit';
import { z } from 'zod';
import { parseYuan, sourceLabels } from '../domain/drives.ts';

const daySchema = (label: string) => z.iso.date(`${label}格式须为 YYYY-MM-DD`);

/** Drives are run by a community or by a sub-district for all its communities. */
const driveAreaSchema = z.string().regex(/^\d{9}(\d{3})?$/, '地区须为街道（9 位）或社区（12 位）代码');
const sourceSchema = z
  .enum(donationSources, '捐款来源须为 residents（居民）、units（单位）、party-dues（党费/党员捐款）或 other（其他）')
  .meta({ id: 'DonationSource', description: '捐款来源', 'x-enum-labels': sourceLabels });
const kindSchema = z
  .enum(donationKinds, '捐赠类型须为 money（善款）或 goods（物资）')
  .meta({ id: 'DonationKind', description: '捐赠类型', 'x-enum-labels': { money: '善款', goods: '物资' } });
const statusSchema = z
  .enum(['open', 'closed'], '状态须为 open（进行中）或 closed（已结束）')
  .meta({ id: 'DonationDriveStatus', description: '募捐活动状态', 'x-enum-labels': { open: '进行中', closed: '已结束' } });

/** Yuan as typed on the paper register: a JSON number or a string, at most two decimals. */
const yuanSchema = z
  .union([z.number(), z.string()], '金额须为数字，单位为元，如 18248 或 "18248.50"')
  .superRefine((value, ctx) => {
    const parsed = parseYuan(value);
    if ('problem' in parsed) ctx.addIssue({ code: 'custom', message: parsed.problem });
  })
  .describe('金额（元），最多两位小数；按分保存');

const driveParams = z.object({ id: recordIdSchema });

export const createDriveBody = z
  .object({
    area: driveAreaSchema,
    name: textField('活动名称', 50).describe('如“2026 年冬季送温暖募捐”'),
    purpose: textField('募捐目的', 500),
    earmark: textField('专款用途', 100).optional().describe('专款专用时填写善款的指定用途，如“困难家庭冬季取暖”'),
    startsOn: daySchema('开始日期'),
    endsOn: daySchema('结束日期'),
  })
  .refine((body) => body.endsOn >= body.startsOn, { path: ['endsOn'], message: '结束日期不能早于开始日期' });
export type CreateDriveBody = z.infer<typeof createDriveBody>;

const donationCommon = {
  donorName: textField('捐赠人', 50).optional().describe('不填为匿名捐赠'),
  receivedOn: daySchema('接收日期').optional().describe('不填为今天（北京时间）；须在活动起止日期内'),
  note: textField('备注', 200).optional().describe('如收据编号'),
};

export const recordDonationBody = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('money'), source: sourceSchema, amount: yuanSchema, ...donationCommon }),
    z.object({
      kind: z.literal('goods'),
      source: sourceSchema.optional().describe('物资来自哪类捐赠人（可不填）'),
      item: textField('物品名称', 50).describe('如“棉衣”'),
      quantity: z
        .number('数量须为正整数')
        .int('数量须为正整数')
        .min(1, '数量须为正整数')
        .max(1_000_000, '单笔物资数量不能超过 1000000'),
      unit: textField('计量单位', 10).describe('如“件”“箱”“袋”'),
      ...donationCommon,
    }),
  ],
  '捐赠类型须为 money（善款）或 goods（物资）',
);
export type RecordDonationBody = z.infer<typeof recordDonationBody>;

export const closeDriveBody = z.object({
  version: z.number('版本号须为整数').int('版本号须为整数').min(1, '版本号须为正整数').describe('读取活动时的 version'),
  note: textField('结束说明', 200).optional(),
});
export type CloseDriveBody = z.infer<typeof closeDriveBody>;

const sourceTotalView = z.object({
  source: sourceSchema,
  label: z.string(),
  amountFen: z.number().int(),
  amount: z.string().describe('元，两位小数'),
});

export const driveView = z
  .object({
    id: z.string(),
    area: z.string(),
    name: z.string(),
    purpose: z.string(),
    earmark: z.string().optional().describe('专款用途'),
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    status: statusSchema.describe('open 进行中，可登记捐赠；closed 已结束'),
    totals: z.object({
      moneyFen: z.number().int().describe('善款合计（分）'),
      money: z.string().describe('善款合计（元），如 "27763.00"'),
      bySource: z.array(sourceTotalView).describe('按来源分列的善款，四类来源都列出'),
      goods: z
        .array(z.object({ item: z.string(), unit: z.string(), quantity: z.number().int() }))
        .describe('按物品和计量单位合计的物资'),
      donationCount: z.number().int().describe('捐赠笔数（善款和物资）'),
    }),
    createdAt: z.string(),
    createdBy: z.string(),
    closedAt: z.string().optional(),
    closedBy: z.string().optional(),
    closingNote: z.string().optional(),
    version: z.number().int().describe('每登记一笔捐赠加一；结束活动时须提交'),
  })
  .meta({ id: 'DonationDrive' });

export const donationView = z
  .object({
    id: z.string(),
    driveId: z.string(),
    area: z.string(),
    kind: kindSchema,
    source: sourceSchema.optional(),
    sourceLabel: z.string().optional(),
    amountFen: z.number().int().optional(),
    amount: z.string().optional().describe('元，两位小数'),
    item: z.string().optional(),
    quantity: z.number().int().optional(),
    unit: z.string().optional(),
    donorName: z.string().optional(),
    anonymous: z.boolean().describe('未留姓名的捐赠'),
    receivedOn: z.iso.date(),
    note: z.string().optional(),
    recordedAt: z.string(),
    recordedBy: z.string(),
  })
  .meta({ id: 'Donation' });

export const createDrive = defineRoute({
  method: 'POST',
  path: '/subsidies/drives',
  operationId: 'createDrive',
  summary: '发起慈善募捐',
  description:
    '为社区或街道发起一次慈善募捐（慈善捐款）活动：名称、目的、起止日期，专款专用时写明指定用途。发起后即可登记善款和物资。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  body: createDriveBody,
  response: { status: 201, description: '已发起的募捐活动', schema: driveView },
});

export const listDrives = defineRoute({
  method: 'GET',
  path: '/subsidies/drives',
  operationId: 'listDrives',
  summary: '募捐活动列表',
  description: '按开始日期从新到旧列出社区的募捐活动；按街道查询时列出街道及其所辖社区的全部活动。可按状态筛选，分页返回。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ area: driveAreaSchema, status: statusSchema.optional(), ...pageQuery }),
  response: { status: 200, description: '一页募捐活动；有下一页时返回 cursor', schema: pageOf(driveView) },
});

export const getDrive = defineRoute({
  method: 'GET',
  path: '/subsidies/drives/{id}',
  operationId: 'getDrive',
  summary: '查看募捐活动',
  description: '募捐活动及其合计：按来源（居民、单位、党费、其他）分列的善款、善款总额、按物品合计的物资和捐赠笔数。',
  auth: 'jwt',
  roles: staffRoles,
  params: driveParams,
  response: { status: 200, description: '募捐活动及合计', schema: driveView },
});

export const recordDonation = defineRoute({
  method: 'POST',
  path: '/subsidies/drives/{id}/donations',
  operationId: 'recordDonation',
  summary: '登记捐赠',
  description:
    '登记一笔善款（kind=money：来源和金额，金额以元计、最多两位小数）或一批物资（kind=goods：物品名称、数量和计量单位）。捐赠人可不留姓名。捐赠与活动合计在同一事务中写入，合计不会出错；带相同 Idempotency-Key 的重试返回首次结果，只计一次。已结束的活动不能再登记。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  params: driveParams,
  body: recordDonationBody,
  response: { status: 201, description: '已登记的捐赠', schema: donationView },
});

export const listDonations = defineRoute({
  method: 'GET',
  path: '/subsidies/drives/{id}/donations',
  operationId: 'listDonations',
  summary: '捐赠明细',
  description: '按登记先后列出募捐活动的捐赠明细，可只看善款或物资、只看某一来源，分页返回。',
  auth: 'jwt',
  roles: staffRoles,
  params: driveParams,
  query: z.object({ kind: kindSchema.optional(), source: sourceSchema.optional(), ...pageQuery }),
  response: { status: 200, description: '一页捐赠；有下一页时返回 cursor', schema: pageOf(donationView) },
});

export const closeDrive = defineRoute({
  method: 'POST',
  path: '/subsidies/drives/{id}/close',
  operationId: 'closeDrive',
  summary: '结束募捐活动',
  description:
    '结束募捐活动，此后不再接受捐赠登记。须提交读取活动时的 version：期间又登记了捐赠时返回 409，请刷新核对合计后再结束。已结束的活动返回 409。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  params: driveParams,
  body: closeDriveBody,
  response: { status: 200, description: '已结束的募捐活动及最终合计', schema: driveView },
});

export const driveRoutes: readonly RouteBinding[] = [
  { route: createDrive, handler: 'handlers/create-drive' },
  { route: listDrives, handler: 'handlers/list-drives' },
  { route: getDrive, handler: 'handlers/get-drive' },
  { route: recordDonation, handler: 'handlers/record-donation' },
  { route: listDonations, handler: 'handlers/list-donations' },
  { route: closeDrive, handler: 'handlers/close-drive' },
];
