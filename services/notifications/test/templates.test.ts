import { describe, expect, it } from 'vitest';
import {
  builtInIssues,
  builtInTemplate,
  builtInTemplates,
  placeholdersOf,
  render,
  type Template,
  TemplateSchema,
  TemplateVariableError,
  templateIssues,
  templateProblems,
  variableProblems,
} from '../src/domain/templates.ts';

const every: Template = TemplateSchema.parse({
  key: 'every-type',
  kind: 'reminder',
  title: '{{name}} 的提醒',
  body: '{{name}}：{{count}} 项，共 {{amount}}，请于 {{day}} 前办理（{{month}} 账期）。',
  variables: [
    { name: 'name', type: 'text', label: '姓名' },
    { name: 'count', type: 'number', label: '件数' },
    { name: 'amount', type: 'money', label: '金额（分）' },
    { name: 'day', type: 'date', label: '截止日期' },
    { name: 'month', type: 'date', label: '账期' },
  ],
});

/** The problems render refuses with; fails the test when it renders. */
function renderProblems(template: Template, variables: Record<string, string | number>): string[] {
  try {
    render(template, variables);
  } catch (error) {
    if (error instanceof TemplateVariableError) return error.problems;
    throw error;
  }
  throw new Error('render did not refuse');
}

describe('placeholders', () => {
  it('finds each placeholder once, in order of first use, with or without inner spaces', () => {
    expect(placeholdersOf('{{name}}，您的「{{ programme }}」已批准，{{name}}')).toEqual(['name', 'programme']);
    expect(placeholdersOf('没有变量的通知')).toEqual([]);
    // Single braces and names starting with a digit are plain text, not placeholders.
    expect(placeholdersOf('{name} {{1st}}')).toEqual([]);
  });
});

describe('template problems at save time', () => {
  it('accepts a consistent template, and every built-in template is one', () => {
    expect(templateProblems(every)).toEqual([]);
    for (const template of builtInTemplates) expect(templateProblems(template), template.key).toEqual([]);
  });

  it('names an undeclared placeholder, an unused variable and a duplicate, in Chinese', () => {
    const broken = {
      title: '{{who}} 您好',
      body: '您的{{item}}已办好。',
      variables: [
        { name: 'item', type: 'text' as const, label: '事项' },
        { name: 'office', type: 'text' as const, label: '地点' },
        { name: 'item', type: 'text' as const, label: '事项' },
      ],
    };
    expect(templateProblems(broken)).toEqual([
      '占位符 {{who}} 没有声明为变量',
      '变量 office 在标题和正文中都没有用到',
      '变量 item 重复声明',
    ]);
    expect(templateIssues(broken).map((issue) => issue.field)).toEqual(['title', 'variables.1.name', 'variables.2.name']);
  });

  it('ties a placeholder missing from the body to the body field', () => {
    expect(templateIssues({ title: '通知', body: '请于 {{day}} 前到社区', variables: [] })).toEqual([
      { field: 'body', message: '占位符 {{day}} 没有声明为变量' },
    ]);
  });

  it("keeps a district's version of a built-in to the variables and kind its trigger supplies", () => {
    const paymentMade = builtInTemplate('payment-made') as Template;
    expect(builtInIssues(paymentMade)).toEqual([]);
    // Dropping variables is fine: the trigger's extra values are simply not used.
    expect(builtInIssues({ ...paymentMade, variables: paymentMade.variables.slice(0, 1) })).toEqual([]);

    const issues = builtInIssues({
      key: 'payment-made',
      kind: 'notice',
      variables: [
        { name: 'amount', type: 'text', label: '金额' },
        { name: 'phone', type: 'text', label: '电话' },
      ],
    });
    expect(issues.map((issue) => issue.field)).toEqual(['kind', 'variables.0.type', 'variables.1.name']);
    expect(issues[0]?.message).toContain('payment（补助发放）');
    expect(issues[1]?.message).toContain('money');
    expect(issues[2]?.message).toContain('没有变量 phone');

    expect(
      builtInIssues({ key: 'street-closure', kind: 'notice', variables: [{ name: 'x', type: 'text', label: 'x' }] }),
    ).toEqual([]);
  });
});

describe('rendering', () => {
  it('fills every type: text as is, numbers, money from fen in yuan, dates and months in Chinese', () => {
    const out = render(every, { name: '王阿姨', count: 3, amount: 123456, day: '2027-01-08', month: '2027-01' });
    expect(out.title).toBe('王阿姨 的提醒');
    expect(out.body).toBe('王阿姨：3 项，共 1234.56 元，请于 2027年1月8日 前办理（2027年1月 账期）。');
  });

  it('shows whole and small amounts with two decimals', () => {
    const amountOnly = TemplateSchema.parse({
      key: 'amount-only',
      kind: 'payment',
      title: '到账',
      body: '{{amount}}',
      variables: [{ name: 'amount', type: 'money', label: '金额（分）' }],
    });
    expect(render(amountOnly, { amount: 90000 }).body).toBe('900.00 元');
    expect(render(amountOnly, { amount: 5 }).body).toBe('0.05 元');
  });

  it('ignores values no variable declares', () => {
    const template = builtInTemplate('certificate-issued') as Template;
    expect(render(template, { name: '李伯', certificate: '残疾人证', extra: 'x' }).body).toBe(
      '李伯，您申请的残疾人证已办好，请在办公时间到社区领取。',
    );
  });

  it('refuses a missing variable instead of leaving a blank, naming each one', () => {
    const problems = renderProblems(every, { name: '王阿姨', count: 3 });
    expect(problems).toEqual(['缺少变量 amount（金额（分））', '缺少变量 day（截止日期）', '缺少变量 month（账期）']);
  });

  it('refuses malformed values: money not whole fen, impossible dates, blank text, text for a number', () => {
    const problems = variableProblems(every, { name: '  ', count: '3', amount: 12.5, day: '2027-02-30', month: '2027-13' });
    expect(problems).toEqual([
      { name: 'name', message: '变量 name（姓名）不能为空' },
      { name: 'count', message: '变量 count（件数）的值不是有效的数字' },
      { name: 'amount', message: '变量 amount（金额（分））的值不是有效的金额（以分计的整数）' },
      { name: 'day', message: '变量 day（截止日期）的值不是有效的日期（YYYY-MM-DD 或 YYYY-MM）' },
      { name: 'month', message: '变量 month（账期）的值不是有效的日期（YYYY-MM-DD 或 YYYY-MM）' },
    ]);
    expect(() => render(every, { name: '王', count: 1, amount: '100', day: '8/1/2027', month: '2027-01' })).toThrow(
      TemplateVariableError,
    );
    expect(renderProblems(every, { name: '王', count: Number.NaN, amount: 100, day: '2027-01-08', month: '2027-01' })).toEqual([
      '变量 count（件数）的值不是有效的数字',
    ]);
  });

  it('renders every built-in template with no placeholder left over', () => {
    const sample = { text: '示例', date: '2027-01-08', money: 100, number: 1 } as const;
    for (const template of builtInTemplates) {
      const variables = Object.fromEntries(template.variables.map((v) => [v.name, sample[v.type]]));
      const out = render(template, variables);
      expect(`${out.title}${out.body}`, template.key).not.toContain('{{');
    }
  });
});
