/**
 * The monthly rhythm 五日一周 (SPEC §5): fixed days on which a community receives residents, discloses its
 * affairs, publicises policy, deliberates and, each quarter, is evaluated by resident representatives. Pure:
 * days are Asia/Shanghai calendar strings.
 */

export type CivicDayKind = 'reception' | 'disclosure' | 'publicity' | 'deliberation' | 'evaluation';

export interface CivicDay {
  kind: CivicDayKind;
  /** `YYYY-MM-DD`. */
  date: string;
  name: string;
  what: string;
}

const rhythm: readonly { kind: CivicDayKind; dayOfMonth: number; name: string; what: string; quarterEndOnly?: boolean }[] = [
  { kind: 'reception', dayOfMonth: 2, name: '接待日', what: '社区干部集中接待居民来访，受理诉求' },
  { kind: 'disclosure', dayOfMonth: 5, name: '公开日', what: '公开社区事务、财务和补助发放情况' },
  { kind: 'publicity', dayOfMonth: 15, name: '宣传日', what: '宣传政策法规，解答居民疑问' },
  { kind: 'deliberation', dayOfMonth: 28, name: '议事日', what: '召开居民议事会，讨论本月集中反映的问题' },
  { kind: 'evaluation', dayOfMonth: 30, name: '评议日', what: '向居民代表发放评议卡，评议社区工作', quarterEndOnly: true },
];

/** The civic days that fall on `date` (evaluation only on the 30th of March, June, September and December). */
export function civicDaysOn(date: string): CivicDay[] {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return rhythm
    .filter((entry) => entry.dayOfMonth === day && (!entry.quarterEndOnly || month % 3 === 0))
    .map(({ kind, name, what }) => ({ kind, date, name, what }));
}

/** Every civic day of a `YYYY-MM` month, in date order. */
export function civicDaysOf(month: string): CivicDay[] {
  return rhythm
    .filter((entry) => !entry.quarterEndOnly || Number(month.slice(5, 7)) % 3 === 0)
    .map(({ kind, dayOfMonth, name, what }) => ({ kind, date: `${month}-${String(dayOfMonth).padStart(2, '0')}`, name, what }));
}
