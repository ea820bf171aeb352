import { z } from 'zod';
import { kindLabels, messageKinds } from './preferences.ts';

/**
 * Message templates: Chinese text with `{{name}}` placeholders for typed variables. A template is checked
 * when saved (every placeholder declared, every declared variable used), and a message is refused when a
 * variable is missing or of the wrong type, so no one ever receives a blank where a date should be.
 */

export const variableTypes = ['text', 'date', 'money', 'number'] as const;
export type VariableType = (typeof variableTypes)[number];

export const TemplateSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]{1,49}$/, '模板代码须为小写字母、数字和连字符，如 payment-made'),
  kind: z.enum(messageKinds),
  /** Urgent messages ignore quiet hours and the daily limit (a case deadline today, a payment stopped). */
  urgent: z.boolean().default(false),
  title: z.string().min(1).max(60),
  body: z.string().min(1).max(500),
  variables: z.array(
    z.object({ name: z.string().regex(/^[a-zA-Z]\w{0,30}$/), type: z.enum(variableTypes), label: z.string().min(1) }),
  ),
});
export type Template = z.output<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;

const PLACEHOLDER = /\{\{\s*([a-zA-Z]\w*)\s*\}\}/g;

/** The placeholder names a text uses, in order of first use. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/** One reason a template cannot be saved, in Chinese, and the template field it is about (`title`, `variables.2.name`…). */
export interface TemplateIssue {
  field: string;
  message: string;
}

/** Why a template cannot be saved, each tied to the field a form should mark; empty when it can. */
export function templateIssues(template: Pick<Template, 'title' | 'body' | 'variables'>): TemplateIssue[] {
  const names = template.variables.map((v) => v.name);
  const inTitle = new Set(placeholdersOf(template.title));
  const used = new Set([...inTitle, ...placeholdersOf(template.body)]);
  const issues: TemplateIssue[] = [];
  for (const name of used) {
    if (!names.includes(name))
      issues.push({ field: inTitle.has(name) ? 'title' : 'body', message: `占位符 {{${name}}} 没有声明为变量` });
  }
  for (const name of new Set(names)) {
    if (!used.has(name))
      issues.push({ field: `variables.${names.indexOf(name)}.name`, message: `变量 ${name} 在标题和正文中都没有用到` });
  }
  const repeated = new Map<string, number>();
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i && !repeated.has(name)) repeated.set(name, i);
  });
  for (const [name, i] of repeated) issues.push({ field: `variables.${i}.name`, message: `变量 ${name} 重复声明` });
  return issues;
}

/** Why a template cannot be saved, in Chinese, one line per problem; empty when it can. */
export function templateProblems(template: Pick<Template, 'title' | 'body' | 'variables'>): string[] {
  return templateIssues(template).map((issue) => issue.message);
}

export type Variables = Record<string, string | number>;

export class TemplateVariableError extends Error {
  override name = 'TemplateVariableError';
  constructor(readonly problems: string[]) {
    super(problems.join('；'));
  }
}

function format(type: VariableType, value: string | number): string {
  switch (type) {
    case 'money':
      // Money travels in fen: shown as yuan with two decimals.
      return `${(Number(value) / 100).toFixed(2)} 元`;
    case 'date': {
      const [y, m, d] = String(value).split('-');
      return d ? `${Number(y)}年${Number(m)}月${Number(d)}日` : `${Number(y)}年${Number(m)}月`;
    }
    default:
      return String(value);
  }
}

const typeLabels: Record<VariableType, string> = {
  text: '文字',
  date: '日期（YYYY-MM-DD 或 YYYY-MM）',
  money: '金额（以分计的整数）',
  number: '数字',
};

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function valueProblem(type: VariableType, value: string | number): boolean {
  if (type === 'money') return typeof value !== 'number' || !Number.isInteger(value);
  if (type === 'number') return typeof value !== 'number' || !Number.isFinite(value);
  if (type === 'date') return !isCalendarDate(String(value));
  return String(value).trim() === '';
}

/** Each declared variable that is missing or of the wrong type, with a Chinese message; empty when all are fine. */
export function variableProblems(
  template: Pick<Template, 'variables'>,
  variables: Variables,
): { name: string; message: string }[] {
  const problems: { name: string; message: string }[] = [];
  for (const { name, type, label } of template.variables) {
    const value = variables[name];
    if (value === undefined) problems.push({ name, message: `缺少变量 ${name}（${label}）` });
    else if (type === 'text' && valueProblem(type, value)) problems.push({ name, message: `变量 ${name}（${label}）不能为空` });
    else if (valueProblem(type, value))
      problems.push({ name, message: `变量 ${name}（${label}）的值不是有效的${typeLabels[type]}` });
  }
  return problems;
}

/** The title and body with every variable filled in; TemplateVariableError when any is missing or malformed. */
export function render(
  template: Pick<Template, 'title' | 'body' | 'variables'>,
  variables: Variables,
): { title: string; body: string } {
  const problems = variableProblems(template, variables);
  if (problems.length > 0) throw new TemplateVariableError(problems.map((problem) => problem.message));
  const types = new Map(template.variables.map((v) => [v.name, v.type]));
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_, name: string) => format(types.get(name) ?? 'text', variables[name] as string | number));
  return { title: fill(template.title), body: fill(template.body) };
}

const text = (name: string, label: string) => ({ name, type: 'text' as const, label });

/**
 * The templates every district starts with, one per trigger; a district may save its own version of
 * any of them (the newest version is used), never delete them.
 */
export const defaultTemplates: readonly TemplateInput[] = [
  {
    key: 'application-submitted',
    kind: 'application',
    title: '申请已受理',
    body: '{{name}}，您的「{{programme}}」申请已受理，社区将入户核实后张榜公示。',
    variables: [text('name', '姓名'), text('programme', '补助项目')],
  },
  {
    key: 'application-notice',
    kind: 'application',
    title: '申请进入公示',
    body: '{{name}}，您的「{{programme}}」申请已进入{{round}}公示，公示期至 {{lastDay}}。',
    variables: [
      text('name', '姓名'),
      text('programme', '补助项目'),
      text('round', '榜次'),
      { name: 'lastDay', type: 'date', label: '公示期最后一天' },
    ],
  },
  {
    key: 'application-approved',
    kind: 'application',
    title: '申请已批准',
    body: '{{name}}，您的「{{programme}}」申请已批准，每期 {{amount}}，将发放到您本人的账户。',
    variables: [text('name', '姓名'), text('programme', '补助项目'), { name: 'amount', type: 'money', label: '金额（分）' }],
  },
  {
    key: 'application-closed',
    kind: 'application',
    title: '申请办理结果',
    body: '{{name}}，您的「{{programme}}」{{outcome}}。原因：{{reason}}。如有疑问请联系社区。',
    variables: [text('name', '姓名'), text('programme', '补助项目'), text('outcome', '结果'), text('reason', '原因')],
  },
  {
    key: 'payment-made',
    kind: 'payment',
    title: '补助已发放',
    body: '{{name}}，{{period}} 的「{{programme}}」{{amount}} 已发放到您的账户。',
    variables: [
      text('name', '姓名'),
      text('period', '所属期'),
      text('programme', '补助项目'),
      { name: 'amount', type: 'money', label: '金额（分）' },
    ],
  },
  {
    key: 'visit-overdue',
    kind: 'task',
    title: '走访已逾期',
    body: '您负责的一户居民的走访应于 {{dueOn}} 完成，已逾期，请尽快入户。',
    variables: [{ name: 'dueOn', type: 'date', label: '应走访日期' }],
  },
  {
    key: 'certificate-issued',
    kind: 'reminder',
    title: '证件已办好',
    body: '{{name}}，您申请的{{certificate}}已办好，请在办公时间到社区领取。',
    variables: [text('name', '姓名'), text('certificate', '证件')],
  },
  {
    key: 'loan-due',
    kind: 'payment',
    title: '贷款还款提醒',
    body: '{{name}}，您的「{{programme}}」{{amount}} {{when}}（到期日 {{dueOn}}），请按时归还；有困难请联系社区。',
    variables: [
      text('name', '姓名'),
      text('programme', '项目'),
      { name: 'amount', type: 'money', label: '金额（分）' },
      text('when', '到期情况'),
      { name: 'dueOn', type: 'date', label: '到期日' },
    ],
  },
  {
    key: 'office-day',
    kind: 'reminder',
    title: '明天是社区三证办理日',
    body: '{{date}}（{{weekday}}）是社区三证办理日，您申请的{{certificate}}可以办理。办公时间：{{hours}}。',
    variables: [
      { name: 'date', type: 'date', label: '日期' },
      text('weekday', '星期'),
      text('certificate', '证件'),
      text('hours', '办公时间'),
    ],
  },
  {
    key: 'activity-place',
    kind: 'reminder',
    title: '活动报名结果',
    body: '{{name}}，{{outcome}}：{{activity}}，{{date}} 在{{place}}。如不能参加请及时取消，把名额留给他人。',
    variables: [
      text('name', '姓名'),
      text('outcome', '结果'),
      text('activity', '活动'),
      { name: 'date', type: 'date', label: '日期' },
      text('place', '地点'),
    ],
  },
  {
    key: 'activity-reminder',
    kind: 'reminder',
    title: '明天的活动提醒',
    body: '{{name}}，您报名的{{activity}}在明天 {{time}}，地点：{{place}}。如不能参加请及时取消。',
    variables: [text('name', '姓名'), text('activity', '活动'), text('time', '时间'), text('place', '地点')],
  },
  {
    key: 'activity-refused',
    kind: 'reminder',
    title: '活动报名未成功',
    body: '{{name}}，{{activity}}（{{date}}）报名未成功：{{reason}}。',
    variables: [
      text('name', '姓名'),
      text('activity', '活动'),
      { name: 'date', type: 'date', label: '日期' },
      text('reason', '原因'),
    ],
  },
  {
    key: 'shared-loan-overdue',
    kind: 'reminder',
    title: '共享物品逾期未还',
    body: '{{name}}，您在共享驿站借用的「{{item}}」应于 {{dueOn}} 归还，已逾期 {{days}} 天。归还前不能再借用或预约其他物品。',
    variables: [
      text('name', '姓名'),
      text('item', '物品'),
      { name: 'dueOn', type: 'date', label: '应还日期' },
      { name: 'days', type: 'number', label: '逾期天数' },
    ],
  },
  {
    key: 'civic-day',
    kind: 'reminder',
    title: '明天是社区{{dayName}}',
    body: '{{date}} 是社区{{dayName}}：{{what}}。议程：{{agenda}}。请按时参加。',
    variables: [
      text('dayName', '日子'),
      { name: 'date', type: 'date', label: '日期' },
      text('what', '内容'),
      text('agenda', '议程'),
    ],
  },
  {
    key: 'case-accepted',
    kind: 'case',
    title: '您反映的问题已受理',
    body: '{{name}}，您反映的「{{topic}}」（{{category}}）已受理，将在 {{dueOn}} 前办理并答复您。',
    variables: [
      text('name', '姓名'),
      text('topic', '事项'),
      text('category', '类别'),
      { name: 'dueOn', type: 'date', label: '办结期限' },
    ],
  },
  {
    key: 'case-outcome',
    kind: 'case',
    title: '您反映的问题{{progress}}',
    body: '{{name}}，您反映的「{{topic}}」{{progress}}：{{outcome}}。如不满意，可向社区反映。',
    variables: [text('name', '姓名'), text('topic', '事项'), text('progress', '进展'), text('outcome', '办理结果')],
  },
  {
    key: 'case-referred',
    kind: 'case',
    title: '您反映的问题已转办',
    body: '{{name}}，您反映的「{{topic}}」已转交{{referredTo}}办理，请留意对方的答复。',
    variables: [text('name', '姓名'), text('topic', '事项'), text('referredTo', '承办单位')],
  },
  {
    key: 'case-declined',
    kind: 'case',
    title: '您反映的问题未予受理',
    body: '{{name}}，您反映的「{{topic}}」未予受理。原因：{{reason}}。如有疑问请联系社区。',
    variables: [text('name', '姓名'), text('topic', '事项'), text('reason', '原因')],
  },
  {
    key: 'case-escalated',
    kind: 'task',
    urgent: true,
    title: '诉求办理逾期，已上报{{level}}',
    body: '「{{topic}}」（{{category}}）应于 {{dueOn}} 办结，已逾期，现由{{level}}督办，请尽快办理并答复居民。',
    variables: [
      text('topic', '事项'),
      text('category', '类别'),
      { name: 'dueOn', type: 'date', label: '办结期限' },
      text('level', '督办层级'),
    ],
  },
  {
    key: 'broadcast',
    kind: 'broadcast',
    title: '{{title}}',
    body: '{{body}}',
    variables: [text('title', '标题'), text('body', '正文')],
  },
];

export const builtInTemplates: readonly Template[] = defaultTemplates.map((t) => {
  const parsed = TemplateSchema.parse(t);
  const problems = templateProblems(parsed);
  // A broken default is a bug in this file: fail at load, not when the first message goes out.
  if (problems.length > 0) throw new Error(`default template ${t.key}: ${problems.join('; ')}`);
  return parsed;
});

export function builtInTemplate(key: string): Template | undefined {
  return builtInTemplates.find((t) => t.key === key);
}

/**
 * Why a district's version of a built-in template would fail when its trigger fires: the trigger fills
 * only the built-in's variables and files the message under the built-in's kind. Empty for the district's
 * own keys, which no trigger fills.
 */
export function builtInIssues(template: Pick<Template, 'key' | 'kind' | 'variables'>): TemplateIssue[] {
  const builtIn = builtInTemplate(template.key);
  if (!builtIn) return [];
  const issues: TemplateIssue[] = [];
  if (template.kind !== builtIn.kind)
    issues.push({
      field: 'kind',
      message: `内置模板 ${builtIn.key} 的消息类型须为 ${builtIn.kind}（${kindLabels[builtIn.kind]}），不能改为 ${template.kind}`,
    });
  const supplied = new Map(builtIn.variables.map((v) => [v.name, v]));
  const offered = builtIn.variables.map((v) => `${v.name}（${v.label}）`).join('、');
  template.variables.forEach((variable, i) => {
    const known = supplied.get(variable.name);
    if (!known)
      issues.push({
        field: `variables.${i}.name`,
        message: `内置模板 ${builtIn.key} 没有变量 ${variable.name}，可用的有 ${offered}`,
      });
    else if (known.type !== variable.type)
      issues.push({
        field: `variables.${i}.type`,
        message: `变量 ${variable.name} 的类型须为 ${known.type}（${typeLabels[known.type]}），与触发时提供的值一致`,
      });
  });
  return issues;
}
