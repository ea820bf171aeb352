import {
  communityCodeSchema,
  defineRoute,
  monthSchema,
  pageOf,
  pageQuery,
  type Role,
  type RouteBinding,
  recordIdSchema,
  staffRoles,
  textField,
} from '@shequ/kit';
import { z } from 'zod';
import { MAX_QUESTIONS, MAX_TEXT_ANSWER, type Questionnaire, questionKinds, type Tally } from '../domain/surveys.ts';
import type { QuestionnaireResponse } from '../store/surveys.ts';

const statusSchema = z.enum(['draft', 'open', 'closed'], '状态须为 draft、open 或 closed');
const questionnaireParams = z.object({ questionnaireId: recordIdSchema });

/** Residents answer for themselves; staff enter paper questionnaires for them. */
const respondents: readonly Role[] = [...staffRoles, 'resident'];

const optionView = z.object({ optionId: z.string(), label: z.string() });
export const questionnaireView = z
  .object({
    id: z.string(),
    community: z.string(),
    month: z.string(),
    title: z.string(),
    description: z.string().optional(),
    status: statusSchema.describe('draft 草稿，open 发放中，closed 已结束'),
    questions: z.array(
      z.object({
        questionId: z.string(),
        kind: z.enum(questionKinds).describe('single 单选，multi 多选，text 填空'),
        text: z.string(),
        required: z.boolean(),
        options: z.array(optionView).optional(),
      }),
    ),
    openedAt: z.string().optional(),
    closedAt: z.string().optional(),
    version: z.number(),
  })
  .meta({ id: 'Questionnaire' });

export const presentQuestionnaire = (questionnaire: Questionnaire) => questionnaireView.parse(questionnaire);

export const responseView = z
  .object({
    questionnaireId: z.string(),
    personId: z.string(),
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    channel: z.enum(['self', 'staff']).describe('self 居民本人填写，staff 工作人员代录纸质问卷'),
    respondedAt: z.string(),
  })
  .meta({ id: 'QuestionnaireResponse' });

export const presentResponse = (response: QuestionnaireResponse) => responseView.parse(response);

export const tallyView = z
  .object({
    questionnaireId: z.string(),
    community: z.string(),
    month: z.string(),
    title: z.string(),
    status: statusSchema,
    responses: z.number().describe('答卷数'),
    questions: z.array(
      z.object({
        questionId: z.string(),
        kind: z.enum(questionKinds),
        text: z.string(),
        answered: z.number().describe('回答该题的人数'),
        options: z.array(optionView.extend({ count: z.number(), share: z.number().describe('占回答该题人数的比例') })).optional(),
        texts: z.array(z.string()).optional().describe('填空题的全部回答，按填写先后'),
      }),
    ),
  })
  .meta({ id: 'QuestionnaireTally' });

export const presentTally = (questionnaire: Questionnaire, tally: Tally) =>
  tallyView.parse({
    questionnaireId: questionnaire.id,
    community: questionnaire.community,
    month: questionnaire.month,
    title: questionnaire.title,
    status: questionnaire.status,
    ...tally,
  });

export const createQuestionnaire = defineRoute({
  method: 'POST',
  path: '/cases/questionnaires',
  operationId: 'createQuestionnaire',
  summary: '设计需求问卷',
  description: '社区工作人员为某月服务周设计需求问卷：单选、多选和填空题。创建后为草稿，发放后居民方可填写。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  body: z.object({
    community: communityCodeSchema,
    month: monthSchema.describe('服务周所在月份'),
    title: textField('问卷标题', 50),
    description: textField('问卷说明', 500).optional(),
    questions: z
      .array(
        z.object({
          kind: z.enum(questionKinds, '题型须为 single（单选）、multi（多选）或 text（填空）'),
          text: textField('题目', 200),
          options: z.array(textField('选项', 50), '选项须为文字列表').optional(),
          required: z.boolean('是否必答须为 true 或 false').optional().describe('默认必答'),
        }),
        '请列出问卷题目',
      )
      .min(1, '问卷至少需要一道题')
      .max(MAX_QUESTIONS, `问卷最多 ${MAX_QUESTIONS} 道题`),
  }),
  response: { status: 201, description: '问卷草稿', schema: questionnaireView },
});

export const listQuestionnaires = defineRoute({
  method: 'GET',
  path: '/cases/questionnaires',
  operationId: 'listQuestionnaires',
  summary: '社区的需求问卷',
  description: '某社区的需求问卷，按月份排列；工作人员看到全部，居民只看到已发放和已结束的。',
  auth: 'jwt',
  query: z.object({
    community: communityCodeSchema,
    month: monthSchema.optional(),
    status: statusSchema.optional(),
    ...pageQuery,
  }),
  response: { status: 200, description: '一页问卷', schema: pageOf(questionnaireView) },
});

export const getQuestionnaire = defineRoute({
  method: 'GET',
  path: '/cases/questionnaires/{questionnaireId}',
  operationId: 'getQuestionnaire',
  summary: '问卷内容',
  auth: 'jwt',
  params: questionnaireParams,
  response: { status: 200, description: '问卷', schema: questionnaireView },
});

export const openQuestionnaire = defineRoute({
  method: 'POST',
  path: '/cases/questionnaires/{questionnaireId}/open',
  operationId: 'openQuestionnaire',
  summary: '发放需求问卷',
  description: '发放后本社区居民可登录填写，工作人员也可代录纸质问卷；已过去月份的问卷不能发放。',
  auth: 'jwt',
  roles: staffRoles,
  params: questionnaireParams,
  response: { status: 200, description: '发放中的问卷', schema: questionnaireView },
});

export const closeQuestionnaire = defineRoute({
  method: 'POST',
  path: '/cases/questionnaires/{questionnaireId}/close',
  operationId: 'closeQuestionnaire',
  summary: '结束需求问卷',
  description: '结束后不再接受填写，统计结果随之通知。',
  auth: 'jwt',
  roles: staffRoles,
  params: questionnaireParams,
  response: { status: 200, description: '统计结果', schema: tallyView },
});

export const respondToQuestionnaire = defineRoute({
  method: 'POST',
  path: '/cases/questionnaires/{questionnaireId}/responses',
  operationId: 'respondToQuestionnaire',
  summary: '填写需求问卷',
  description:
    '本社区居民登录后填写（每人一份），或工作人员按纸质问卷代为录入（须填写居民的人口库编号）。answers 以题目编号为键：单选填选项编号，' +
    '多选填选项编号列表，填空填文字。同样的答卷重复提交视为重试，返回原答卷；已填写过再提交不同答卷会被拒绝。',
  auth: 'jwt',
  roles: respondents,
  idempotent: true,
  params: questionnaireParams,
  body: z.object({
    personId: recordIdSchema.optional().describe('代录时必填：填写人在人口库中的编号；居民本人填写时不填'),
    answers: z
      .record(
        z.string().max(10),
        z.union(
          [z.string().max(MAX_TEXT_ANSWER + 50), z.array(z.string().max(10)).max(50)],
          '回答须为选项编号、选项编号列表或文字',
        ),
        '请填写答卷，形如 {"q1": "o2", "q2": ["o1", "o3"], "q3": "希望增加义诊"}',
      )
      .describe('题目编号 → 回答'),
  }),
  response: { status: 201, description: '已收到的答卷（重试时为原答卷）', schema: responseView },
});

export const getTally = defineRoute({
  method: 'GET',
  path: '/cases/questionnaires/{questionnaireId}/tally',
  operationId: 'getQuestionnaireTally',
  summary: '需求问卷统计',
  description: '答卷数、每个选项的选择人数和比例、填空题的全部回答。',
  auth: 'jwt',
  roles: staffRoles,
  params: questionnaireParams,
  response: { status: 200, description: '统计结果', schema: tallyView },
});

export const surveyRoutes: readonly RouteBinding[] = [
  { route: createQuestionnaire, handler: 'handlers/create-questionnaire' },
  { route: listQuestionnaires, handler: 'handlers/list-questionnaires' },
  { route: getQuestionnaire, handler: 'handlers/get-questionnaire' },
  { route: openQuestionnaire, handler: 'handlers/open-questionnaire' },
  { route: closeQuestionnaire, handler: 'handlers/close-questionnaire' },
  { route: respondToQuestionnaire, handler: 'handlers/respond-to-questionnaire' },
  { route: getTally, handler: 'handlers/get-questionnaire-tally' },
];
