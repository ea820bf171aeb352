import { describeAmount, type Programme } from './domain/programmes.ts';

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
    ...(programme.reviewMonths ? { reviewMonths: programme.reviewMonths } : {}),
    settingsVersion,
    ...(programme.note ? { note: programme.note } : {}),
  };
}
