import { defineRoute, type Role, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { kindLabels, messageKinds } from '../domain/preferences.ts';
import { TemplateSchema, variableTypes } from '../domain/templates.ts';
import type { TemplateVersion } from '../store/templates.ts';
import { messageKindSchema } from './enums.ts';

/** Templates speak for the district office: only it words them; staff read and preview them. */
const templateEditors: readonly Role[] = ['district-admin'];

const templateKeyParams = z.object({ key: TemplateSchema.shape.key });

const variableSchema = z.object({
  name: z.string('变量名须为文字').regex(/^[a-zA-Z]\w{0,30}$/, '变量名须以英文字母开头，只含字母、数字和下划线，最多 31 个字符'),
  type: z.enum(variableTypes, '变量类型须为 text（文字）、date（日期）、money（金额，以分计）或 number（数字）'),
  label: z.string('变量说明须为文字').trim().min(1, '请填写变量的中文说明').max(30, '变量说明不能超过 30 个字'),
});

const kindSchema = z.enum(
  messageKinds,
  `消息类型须为 ${messageKinds.map((kind) => `${kind}（${kindLabels[kind]}）`).join('、')} 之一`,
);

export const saveTemplateBody = z.object({
  kind: kindSchema,
  urgent: z.boolean('urgent 须为 true 或 false').default(false).describe('紧急消息不受免打扰时段和每日上限限制'),
  title: z.string('标题须为文字').trim().min(1, '请填写标题').max(60, '标题不能超过 60 个字'),
  body: z.string('正文须为文字').trim().min(1, '请填写正文').max(500, '正文不能超过 500 个字'),
  variables: z.array(variableSchema, '变量须为列表').max(20, '变量最多 20 个').default([]),
  version: z
    .number('请提供版本号 version（尚无本区版本时为 0）')
    .int('版本号须为整数')
    .min(0, '版本号不能为负数')
    .describe('读取到的当前版本号；内置模板尚无本区版本时为 0'),
});

export const templateView = z
  .object({
    key: z.string(),
    kind: messageKindSchema,
    kindLabel: z.string().describe('消息类型的中文名称'),
    urgent: z.boolean(),
    title: z.string(),
    body: z.string(),
    variables: z.array(z.object({ name: z.string(), type: z.enum(variableTypes), label: z.string() })),
    version: z.number().int().describe('版本号；0 为内置模板'),
    source: z.enum(['built-in', 'district']).describe('built-in：内置模板；district：本区保存的版本'),
    savedBy: z.string().optional().describe('保存该版本的用户编号'),
    savedAt: z.string().optional(),
  })
  .meta({ id: 'MessageTemplate' });

const versionSummary = templateView.pick({ version: true, source: true, title: true, savedBy: true, savedAt: true });

export function toTemplateView(template: TemplateVersion): z.infer<typeof templateView> {
  return {
    key: template.key,
    kind: template.kind,
    kindLabel: kindLabels[template.kind],
    urgent: template.urgent,
    title: template.title,
    body: template.body,
    variables: template.variables.map(({ name, type, label }) => ({ name, type, label })),
    version: template.version,
    source: template.source,
    ...(template.savedBy ? { savedBy: template.savedBy } : {}),
    ...(template.savedAt ? { savedAt: template.savedAt } : {}),
  };
}

export function toVersionSummary(template: TemplateVersion): z.infer<typeof versionSummary> {
  const { version, source, title, savedBy, savedAt } = toTemplateView(template);
  return { version, source, title, ...(savedBy ? { savedBy } : {}), ...(savedAt ? { savedAt } : {}) };
}

export const listTemplates = defineRoute({
  method: 'GET',
  path: '/notifications/templates',
  operationId: 'listTemplates',
  summary: '消息模板',
  description: '本区使用中的全部消息模板：各内置模板（本区保存过的显示本区最新版本）和本区新增的模板，各带当前版本号。',
  auth: 'jwt',
  roles: staffRoles,
  response: { status: 200, description: '使用中的模板', schema: z.object({ items: z.array(templateView) }) },
});

export const getTemplate = defineRoute({
  method: 'GET',
  path: '/notifications/templates/{key}',
  operationId: 'getTemplate',
  summary: '查看消息模板',
  description: '某模板当前使用的版本，以及全部版本（从新到旧；内置模板的原文为第 0 版）。',
  auth: 'jwt',
  roles: staffRoles,
  params: templateKeyParams,
  response: {
    status: 200,
    description: '当前版本和版本列表',
    schema: z.object({ current: templateView, versions: z.array(versionSummary) }),
  },
});

export const getTemplateVersion = defineRoute({
  method: 'GET',
  path: '/notifications/templates/{key}/versions/{version}',
  operationId: 'getTemplateVersion',
  summary: '查看模板的某一版本',
  description: '某模板某一版本的全文；第 0 版为内置模板的原文。已保存的版本不会被修改。',
  auth: 'jwt',
  roles: staffRoles,
  params: templateKeyParams.extend({
    version: z.coerce.number('版本号须为整数').int('版本号须为整数').min(0, '版本号不能为负数'),
  }),
  response: { status: 200, description: '该版本', schema: templateView },
});

export const saveTemplate = defineRoute({
  method: 'PUT',
  path: '/notifications/templates/{key}',
  operationId: 'saveTemplate',
  summary: '保存消息模板',
  description:
    '区管理员保存某模板的新版本（内置模板或本区新增的模板），此后的消息使用新版本，旧版本保留可查。标题和正文中用 {{变量名}} 引用变量：每个占位符都须声明为变量，每个声明的变量都须用到，变量不能重复——缺少变量在保存时就报错，不会在消息里留下空白。内置模板由业务事件触发，只能使用触发时提供的变量（类型一致），消息类型不能更改。须提交读取到的 version（尚无本区版本时为 0）；他人已先保存时返回 409。',
  auth: 'jwt',
  roles: templateEditors,
  params: templateKeyParams,
  body: saveTemplateBody,
  response: { status: 200, description: '保存后的当前版本', schema: templateView },
});

export const previewTemplate = defineRoute({
  method: 'POST',
  path: '/notifications/templates/{key}/preview',
  operationId: 'previewTemplate',
  summary: '预览消息模板',
  description:
    '用给定的变量值按当前版本生成标题和正文，不发送任何消息。金额以分为单位传数字（123456 显示为 1234.56 元），日期传 YYYY-MM-DD 或 YYYY-MM（显示为 2027年1月8日）。缺少或格式不对的变量逐项报错。',
  auth: 'jwt',
  roles: staffRoles,
  params: templateKeyParams,
  body: z.object({
    variables: z
      .record(z.string(), z.union([z.string(), z.number()], '变量值须为文字或数字'), '变量须为对象，如 {"name": "张三"}')
      .default({}),
  }),
  response: {
    status: 200,
    description: '生成的标题和正文',
    schema: z.object({ key: z.string(), version: z.number().int(), urgent: z.boolean(), title: z.string(), body: z.string() }),
  },
});

export const templateRoutes: readonly RouteBinding[] = [
  { route: listTemplates, handler: 'handlers/list-templates' },
  { route: getTemplate, handler: 'handlers/get-template' },
  { route: getTemplateVersion, handler: 'handlers/get-template-version' },
  { route: saveTemplate, handler: 'handlers/save-template' },
  { route: previewTemplate, handler: 'handlers/preview-template' },
];
