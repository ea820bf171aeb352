import {
  communityCodeSchema,
  defineRoute,
  pageOf,
  pageQuery,
  type RouteBinding,
  recordIdSchema,
  staffRoles,
  textField,
} from '@shequ/kit';
import { z } from 'zod';
import {
  COMMENDATION_RULE,
  DEFAULT_ITEMS,
  type Evaluation,
  type EvaluationResults,
  MAX_ITEMS,
  MAX_WORKERS,
  normaliseCardCode,
  SCORE_LABELS,
  SCORE_POINTS,
  scoreLevels,
} from '../domain/evaluations.ts';
import type { EvaluationCard } from '../store/evaluations.ts';

const quarterMonthSchema = z
  .string('请填写评议月份')
  .regex(/^\d{4}-(03|06|09|12)$/, '评议日只在每季度最后一个月举行，月份须为 YYYY-03、YYYY-06、YYYY-09 或 YYYY-12');

const evaluationParams = z.object({
  evaluationId: z.string().regex(/^\d{12}-\d{4}-\d{2}$/, '评议编号格式不正确，形如 350203006029-2026-03'),
});
const cardParams = z.object({
  code: z
    .string()
    .transform((value, ctx) => {
      const code = normaliseCardCode(value);
      if (!code) {
        ctx.addIssue({ code: 'custom', message: '评议卡编码格式不正确，应为卡上印的 16 位编码，如 7KQ2-M9XA-TP4C-HW3R' });
        return z.NEVER;
      }
      return code;
    })
    .describe('评议卡上印的编码（大小写、连字符均可）'),
});

const scaleView = z
  .array(z.object({ level: z.enum(scoreLevels), label: z.string(), points: z.number() }))
  .describe('评价等级：满意 100 分、基本满意 60 分、不满意 0 分');
const scale = scoreLevels.map((level) => ({ level, label: SCORE_LABELS[level], points: SCORE_POINTS[level] }));

const workerView = z.object({
  workerId: z.string(),
  name: z.string(),
  title: z.string(),
  subject: z.string().optional(),
  personId: z.string().optional(),
});
const itemView = z.object({ itemId: z.string(), name: z.string() });

export const evaluationView = z
  .object({
    id: z.string(),
    community: z.string(),
    month: z.string(),
    date: z.iso.date().describe('评议日（每季度末月 30 日，遇节假日顺延至工作日）'),
    status: z.enum(['draft', 'issued', 'closed']).describe('draft 未发卡，issued 已发卡，closed 已结束'),
    workers: z.array(workerView),
    items: z.array(itemView),
    scale: scaleView,
    cardsIssued: z.number(),
    closedAt: z.string().optional(),
    version: z.number(),
  })
  .meta({ id: 'Evaluation' });

export function presentEvaluation(evaluation: Evaluation) {
  return evaluationView.parse({
    id: evaluation.id,
    community: evaluation.community,
    month: evaluation.month,
    date: evaluation.date,
    status: evaluation.status,
    workers: evaluation.workers,
    items: evaluation.items,
    scale,
    cardsIssued: evaluation.cardHolders.length,
    closedAt: evaluation.closedAt,
    version: evaluation.version,
  });
}

export const cardView = z
  .object({
    code: z.string().describe('评议卡编码，仅发给该居民代表本人'),
    personId: z.string(),
    name: z.string(),
    issuedAt: z.string(),
    answered: z.boolean(),
    answeredAt: z.string().optional(),
  })
  .meta({ id: 'EvaluationCard' });

export const presentCard = (card: EvaluationCard) =>
  cardView.parse({
    code: card.code,
    personId: card.personId,
    name: card.name,
    issuedAt: card.issuedAt,
    answered: Boolean(card.answeredAt),
    answeredAt: card.answeredAt,
  });

const cardsView = z.object({
  evaluation: evaluationView,
  issuedNow: z.number().describe('本次新发的评议卡数（重复发放时为 0）'),
  cards: z.array(cardView),
});

/** What the card's holder sees: the form to fill in, never who else holds cards. */
export const publicCardView = z
  .object({
    code: z.string(),
    evaluationId: z.string(),
    community: z.string(),
    month: z.string(),
    date: z.iso.date(),
    holder: z.string().describe('持卡居民代表姓名'),
    workers: z.array(workerView.pick({ workerId: true, name: true, title: true })),
    items: z.array(itemView),
    scale: scaleView,
    answered: z.boolean(),
    answeredAt: z.string().optional(),
    canAnswer: z.boolean(),
    why: z.string().optional().describe('不能填写的原因'),
  })
  .meta({ id: 'PublicEvaluationCard' });

export function presentPublicCard(card: EvaluationCard, evaluation: Evaluation, refusal: string | undefined) {
  const why = card.answeredAt ? '该评议卡已经填写，每张卡只能评议一次' : refusal;
  return publicCardView.parse({
    code: card.code,
    evaluationId: evaluation.id,
    community: evaluation.community,
    month: evaluation.month,
    date: evaluation.date,
    holder: card.name,
    workers: evaluation.workers.map(({ workerId, name, title }) => ({ workerId, name, title })),
    items: evaluation.items,
    scale,
    answered: Boolean(card.answeredAt),
    answeredAt: card.answeredAt,
    canAnswer: !why,
    ...(why ? { why } : {}),
  });
}

const summaryView = z.object({
  counts: z
    .object({ satisfied: z.number(), fair: z.number(), dissatisfied: z.number() })
    .describe('满意、基本满意、不满意的张数'),
  average: z.number().describe('平均分（0–100）'),
  satisfactionRate: z.number().describe('满意率（满意与基本满意合计，0–1）'),
});

export const resultsView = z
  .object({
    evaluationId: z.string(),
    community: z.string(),
    month: z.string(),
    date: z.iso.date(),
    status: z.enum(['draft', 'issued', 'closed']),
    frozen: z.boolean().describe('评议已结束，结果已固定'),
    cards: z.object({
      issued: z.number(),
      answered: z.number(),
      needed: z.number().describe('评议有效所需的答卷数（发卡数的三分之二）'),
      valid: z.boolean(),
    }),
    workers: z.array(
      workerView.extend({
        items: z.array(itemView.extend(summaryView.shape)),
        overall: summaryView,
        rank: z.number(),
        commended: z.boolean(),
      }),
    ),
    commended: z.array(workerView.pick({ workerId: true, name: true, title: true })).describe('推荐表彰名单'),
    rule: z.string().describe('表彰推荐规则'),
    comments: z.array(z.string()).describe('居民代表的意见建议（不署名）'),
  })
  .meta({ id: 'EvaluationResults' });

export function presentResults(evaluation: Evaluation, results: EvaluationResults, comments: string[]) {
  return resultsView.parse({
    evaluationId: evaluation.id,
    community: evaluation.community,
    month: evaluation.month,
    date: evaluation.date,
    status: evaluation.status,
    frozen: evaluation.status === 'closed',
    cards: { issued: results.cardsIssued, answered: results.cardsAnswered, needed: results.cardsNeeded, valid: results.valid },
    workers: results.workers,
    commended: results.workers
      .filter((worker) => worker.commended)
      .map(({ workerId, name, title }) => ({ workerId, name, title })),
    rule: results.rule,
    comments,
  });
}

export const createEvaluation = defineRoute({
  method: 'POST',
  path: '/cases/evaluations',
  operationId: 'createEvaluation',
  summary: '创建季度评议',
  description:
    '社区工作人员为本社区某季度的评议日创建评议：列出被评议的工作人员和评议项目（默认为' +
    `${DEFAULT_ITEMS.join('、')}），每项按满意、基本满意、不满意评价。评议日为该季度末月 30 日，遇节假日顺延。每个社区每季度一次。`,
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  body: z.object({
    community: communityCodeSchema,
    month: quarterMonthSchema,
    workers: z
      .array(
        z.object({
          name: textField('工作人员姓名', 20),
          title: textField('职务', 30).describe('如“社区党委书记、居委会主任”“网格员”'),
          subject: z.string().trim().min(1).max(128).optional().describe('工作人员的登录账号（sub）'),
          personId: recordIdSchema.optional().describe('工作人员在人口库中的编号'),
        }),
        '请列出被评议的工作人员',
      )
      .min(1, '请至少列出一名被评议的工作人员')
      .max(MAX_WORKERS, `一次评议最多 ${MAX_WORKERS} 名工作人员`),
    items: z
      .array(textField('评议项目', 20), '评议项目须为文字列表')
      .min(1, '请至少设置一个评议项目')
      .max(MAX_ITEMS, `评议项目最多 ${MAX_ITEMS} 项`)
      .optional()
      .describe(`不填则为：${DEFAULT_ITEMS.join('、')}`),
  }),
  response: { status: 201, description: '已创建的评议（尚未发卡）', schema: evaluationView },
});

export const listEvaluations = defineRoute({
  method: 'GET',
  path: '/cases/evaluations',
  operationId: 'listEvaluations',
  summary: '社区的季度评议',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ community: communityCodeSchema, ...pageQuery }),
  response: { status: 200, description: '一页评议，按季度先后排列', schema: pageOf(evaluationView) },
});

export const getEvaluation = defineRoute({
  method: 'GET',
  path: '/cases/evaluations/{evaluationId}',
  operationId: 'getEvaluation',
  summary: '评议详情',
  auth: 'jwt',
  roles: staffRoles,
  params: evaluationParams,
  response: { status: 200, description: '评议', schema: evaluationView },
});

export const issueCards = defineRoute({
  method: 'POST',
  path: '/cases/evaluations/{evaluationId}/cards',
  operationId: 'issueEvaluationCards',
  summary: '发放评议卡',
  description:
    '向本社区每位居民代表发放一张评议卡，每张卡有一个不可猜测的编码。重复发放不会重复发卡：只给新增的居民代表补发。评议结束后不能再发。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  params: evaluationParams,
  response: { status: 201, description: '全部评议卡', schema: cardsView },
});

export const listCards = defineRoute({
  method: 'GET',
  path: '/cases/evaluations/{evaluationId}/cards',
  operationId: 'listEvaluationCards',
  summary: '评议卡发放和回收情况',
  description: '工作人员查看每张评议卡的持卡人、编码（用于打印发放）和是否已填写；不显示评分内容。',
  auth: 'jwt',
  roles: staffRoles,
  params: evaluationParams,
  response: { status: 200, description: '全部评议卡', schema: z.object({ items: z.array(cardView) }) },
});

export const getResults = defineRoute({
  method: 'GET',
  path: '/cases/evaluations/{evaluationId}/results',
  operationId: 'getEvaluationResults',
  summary: '评议结果',
  description: `发卡和答卷数、每位工作人员每项的评价分布和平均分、总体排名和表彰推荐名单。${COMMENDATION_RULE}。评议结束后结果固定。`,
  auth: 'jwt',
  roles: staffRoles,
  params: evaluationParams,
  response: { status: 200, description: '评议结果', schema: resultsView },
});

export const closeEvaluation = defineRoute({
  method: 'POST',
  path: '/cases/evaluations/{evaluationId}/close',
  operationId: 'closeEvaluation',
  summary: '结束评议',
  description: '评议日当天或之后结束评议：不再接受评议卡，结果固定并通知表彰和统计。',
  auth: 'jwt',
  roles: staffRoles,
  params: evaluationParams,
  response: { status: 200, description: '固定的评议结果', schema: resultsView },
});

export const getCard = defineRoute({
  method: 'GET',
  path: '/cases/evaluation-cards/{code}',
  operationId: 'getEvaluationCard',
  summary: '查看评议卡',
  description: '居民代表凭评议卡编码（无需登录）查看要评议的工作人员和项目，以及能否填写。',
  auth: 'public',
  params: cardParams,
  response: { status: 200, description: '评议卡', schema: publicCardView },
});

export const answerCard = defineRoute({
  method: 'POST',
  path: '/cases/evaluation-cards/{code}/answer',
  operationId: 'answerEvaluationCard',
  summary: '填写评议卡',
  description:
    '居民代表凭评议卡编码（无需登录）在评议日当天或之后、评议结束前填写：对每位工作人员的每个项目评满意（satisfied）、' +
    '基本满意（fair）或不满意（dissatisfied），可附意见建议；纸质卡由工作人员按卡上编码代为录入。每张卡只能填写一次。',
  auth: 'public',
  params: cardParams,
  body: z.object({
    scores: z
      .record(
        z.string().max(10),
        z.record(
          z.string().max(10),
          z.enum(scoreLevels, '评价须为 satisfied（满意）、fair（基本满意）或 dissatisfied（不满意）'),
          '评分须为对象',
        ),
        '请填写评分，形如 {"w1": {"i1": "satisfied"}}',
      )
      .describe('工作人员编号 → 评议项目编号 → 评价'),
    comment: textField('意见建议', 500).optional(),
  }),
  response: {
    status: 201,
    description: '已收到的评议卡',
    schema: z.object({ code: z.string(), answeredAt: z.string(), counted: z.literal(true) }),
  },
});

export const evaluationRoutes: readonly RouteBinding[] = [
  { route: createEvaluation, handler: 'handlers/create-evaluation' },
  { route: listEvaluations, handler: 'handlers/list-evaluations' },
  { route: getEvaluation, handler: 'handlers/get-evaluation' },
  { route: issueCards, handler: 'handlers/issue-evaluation-cards' },
  { route: listCards, handler: 'handlers/list-evaluation-cards' },
  { route: getResults, handler: 'handlers/get-evaluation-results' },
  { route: closeEvaluation, handler: 'handlers/close-evaluation' },
  { route: getCard, handler: 'handlers/get-evaluation-card' },
  { route: answerCard, handler: 'handlers/answer-evaluation-card' },
];
