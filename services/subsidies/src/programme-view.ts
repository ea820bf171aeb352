import { describeAmount, type Programme } from './domain/programmes.ts';

/** What each district-set figure means, in the words of the catalogue page. */
const PARAM_LABELS: Record<string, string> = {
  line: '低保标准（元/人·月）',
  amount: '补助金额（元）',
  maxYuan: '最高金额（元）',
};

/** A programme as the catalogue page shows it: the amount rule in words, the district's figures, its settings version. */
export function programmeView(programme: Programme, settingsVersion: number) {
  return {
    code: programme.code,
    name: programme.name,
    period: programme.period,
    form: programme.form,
    amount: describeAmount(programme),
    noticeDays: programme.noticeDays,
    params: programme.params,
    paramLabels: Object.fromEntries(Object.keys(programme.params).map((name) => [name, PARAM_LABELS[name] ?? name])),
    ...(programme.reviewMonths ? { reviewMonths: programme.reviewMonths } : {}),
    settingsVersion,
    ...(programme.note ? { note: programme.note } : {}),
  };
}
