import { shanghaiDay } from '@shequ/contracts';
import type { LeafRule, ParamRef, Programme, Rule } from './programmes.ts';

/**
 * Eligibility checks over the programme rules declared as data. Pure: the caller passes the facts this
 * service keeps from registry events and the day to judge on; every rule is explained in Chinese.
 */

/** The person and household facts the service keeps from registry events. */
export interface PersonFacts {
  /** `YYYY-MM-DD`. */
  birthDate: string;
  sex: 'male' | 'female';
  residence: 'registered' | 'migrant';
  /** The community (area) code. */
  area: string;
  /** Registry groups, e.g. `disabled`, `dibao`, `laid-off`. */
  groups: string[];
  disability?: { category: string; grade: number };
  household?: { size: number; perCapitaIncome: number };
}

/** One rule's verdict, in Chinese. */
export interface Reason {
  rule: string;
  passed: boolean;
  detail: string;
}

/** The verdict: eligible only when every rule passed. */
export interface Eligibility {
  eligible: boolean;
  reasons: Reason[];
}

const factLabels: Record<LeafRule['fact'], string> = {
  age: '年龄',
  sex: '性别',
  residence: '户籍',
  area: '所属社区',
  group: '人员类别',
  'disability.category': '残疾类别',
  'disability.grade': '残疾等级',
  'household.size': '家庭人口',
  'household.perCapitaIncome': '家庭人均收入',
};

const valueNames: Record<string, string> = {
  male: '男',
  female: '女',
  registered: '本地户籍',
  migrant: '流动人口',
  visual: '视力残疾',
  hearing: '听力残疾',
  speech: '言语残疾',
  limb: '肢体残疾',
  intellectual: '智力残疾',
  mental: '精神残疾',
  multiple: '多重残疾',
  disabled: '残疾人',
  dibao: '低保对象',
  tekun: '特困供养人员',
  'laid-off': '下岗失业人员',
};

const gradeNames = ['', '一级', '二级', '三级', '四级'];
const GRADES = [1, 2, 3, 4];

const units: Partial<Record<LeafRule['fact'], string>> = {
  age: '岁',
  'household.size': '人',
  'household.perCapitaIncome': '元/月',
};

/** Whole years from `birthDate` to `today` in Asia/Shanghai; a 29 February birthday counts from 1 March. */
export function ageOn(birthDate: string, today: Date): number {
  const day = shanghaiDay(today);
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

function fact(facts: PersonFacts, name: LeafRule['fact'], today: Date): string | number | string[] | undefined {
  switch (name) {
    case 'age':
      return ageOn(facts.birthDate, today);
    case 'sex':
      return facts.sex;
    case 'residence':
      return facts.residence;
    case 'area':
      return facts.area;
    case 'group':
      return facts.groups;
    case 'disability.category':
      return facts.disability?.category;
    case 'disability.grade':
      return facts.disability?.grade;
    case 'household.size':
      return facts.household?.size;
    case 'household.perCapitaIncome':
      return facts.household?.perCapitaIncome;
  }
}

function resolve(v: number | ParamRef, params: Record<string, number>): number {
  if (typeof v === 'number') return v;
  const value = params[v.param];
  // The schema checks every reference, so this only fires for a programme that bypassed it.
  if (value === undefined) throw new Error(`programme param ${v.param} is not set`);
  return value;
}

function show(name: LeafRule['fact'], v: string | number): string {
  if (name === 'disability.grade' && typeof v === 'number') return gradeNames[v] ?? `${v}级`;
  if (typeof v === 'number') return `${v}${units[name] ?? ''}`;
  return valueNames[v] ?? v;
}

/** Joins alternatives the Chinese way: 甲、乙或丙. */
function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}或${items.at(-1)}`;
}

function compare(rule: LeafRule, actual: string | number, params: Record<string, number>): boolean {
  if ('eq' in rule) return actual === rule.eq;
  if ('in' in rule) return rule.in.includes(actual);
  if (typeof actual !== 'number') return false;
  if ('lt' in rule) return actual < resolve(rule.lt, params);
  if ('lte' in rule) return actual <= resolve(rule.lte, params);
  if ('gt' in rule) return actual > resolve(rule.gt, params);
  if ('gte' in rule) return actual >= resolve(rule.gte, params);
  return false;
}

function describeLeaf(rule: LeafRule, params: Record<string, number>): string {
  if (rule.label) return rule.label;
  const label = factLabels[rule.fact];
  if ('includes' in rule) return `${label}包含${show(rule.fact, rule.includes)}`;
  // Grades are few, so name them outright: "残疾等级为一级或二级" reads better than "≤ 2".
  if (rule.fact === 'disability.grade' && !('includes' in rule)) {
    const grades = GRADES.filter((g) => compare(rule, g, params)).map((g) => show(rule.fact, g));
    return `${label}为${orList(grades)}`;
  }
  if ('eq' in rule) return `${label}为${show(rule.fact, rule.eq)}`;
  if ('in' in rule) return `${label}为${orList(rule.in.map((v) => show(rule.fact, v)))}`;
  const [op, bound] =
    'lt' in rule
      ? ['低于', rule.lt]
      : 'lte' in rule
        ? ['不高于', rule.lte]
        : 'gt' in rule
          ? ['高于', rule.gt]
          : ['不低于', rule.gte];
  return `${label}${op}${show(rule.fact, resolve(bound, params))}`;
}

function checkLeaf(rule: LeafRule, facts: PersonFacts, today: Date, params: Record<string, number>): Reason {
  const text = describeLeaf(rule, params);
  const label = factLabels[rule.fact];
  const actual = fact(facts, rule.fact, today);
  if (actual === undefined) return { rule: text, passed: false, detail: `缺少${label}` };
  if (Array.isArray(actual)) {
    const target = 'includes' in rule ? rule.includes : undefined;
    const passed = target !== undefined && actual.includes(target);
    const shown = actual.length ? actual.map((g) => show(rule.fact, g)).join('、') : '无';
    return { rule: text, passed, detail: `${label}：${shown}` };
  }
  // `includes` on a single-valued fact is a catalogue mistake; it fails rather than guessing.
  const passed = 'includes' in rule ? false : compare(rule, actual, params);
  return { rule: text, passed, detail: `${label}：${show(rule.fact, actual)}` };
}

function check(rule: Rule, facts: PersonFacts, today: Date, params: Record<string, number>): Reason {
  if ('all' in rule || 'any' in rule) {
    const isAll = 'all' in rule;
    const parts = (isAll ? rule.all : rule.any).map((r) => check(r, facts, today, params));
    const passed = isAll ? parts.every((p) => p.passed) : parts.some((p) => p.passed);
    const joined = parts.map((p) => p.rule).join(isAll ? '且' : '，或');
    return {
      rule: rule.label ?? (isAll ? joined : `满足其一：${joined}`),
      passed,
      detail: parts.map((p) => `${p.detail}（${p.passed ? '符合' : '不符合'}）`).join('；'),
    };
  }
  return checkLeaf(rule, facts, today, params);
}

/**
 * Checks `facts` against every rule of `programme` on `today` (age is taken in Asia/Shanghai). A
 * missing fact fails its rule with a "缺少…" detail; eligible only when every rule passed.
 */
export function checkEligibility(programme: Programme, facts: PersonFacts, today: Date): Eligibility {
  const reasons = programme.rules.map((r) => check(r, facts, today, programme.params));
  return { eligible: reasons.every((r) => r.passed), reasons };
}

/** A monthly amount in whole yuan, or why none can be computed. */
export type MonthlyAmount = { ok: true; yuan: number } | { ok: false; reason: string };

/**
 * What a monthly cash programme pays a household each month. 低保 (line top-up): (line − per-capita
 * income) × household size, never negative. Money is worked in fen and the total rounded once, half up,
 * to whole yuan, so per-person rounding cannot add up to a yuan of drift.
 */
export function monthlyAmount(programme: Programme, facts: PersonFacts): MonthlyAmount {
  if (programme.form !== 'cash' || programme.period !== 'monthly') {
    return { ok: false, reason: `${programme.name}不是按月发放的现金补助` };
  }
  const amount = programme.amount;
  if (amount.kind === 'fixed') return { ok: true, yuan: Math.round(resolve(amount.yuan, programme.params)) };
  if (amount.kind !== 'line-top-up') return { ok: false, reason: `${programme.name}的金额需逐案核定` };
  if (!facts.household) return { ok: false, reason: '缺少家庭人均收入' };
  const { size, perCapitaIncome } = facts.household;
  const gapFen = Math.max(0, Math.round((resolve(amount.line, programme.params) - perCapitaIncome) * 100));
  return { ok: true, yuan: Math.round((gapFen * size) / 100) };
}

export type Award = { ok: true; fen: number } | { ok: false; reason: string };

/**
 * What one period of a benefit pays, in fen: the fixed sum, the 低保 top-up from the household's facts,
 * or for case-by-case programmes and loans the amount the approver decided (`decidedFen`), within the
 * programme's cap. In-kind aids pay no money.
 */
export function awardFen(programme: Programme, facts: PersonFacts, decidedFen?: number): Award {
  const amount = programme.amount;
  switch (amount.kind) {
    case 'in-kind':
      return { ok: true, fen: 0 };
    case 'fixed':
      return { ok: true, fen: Math.round(resolve(amount.yuan, programme.params) * 100) };
    case 'line-top-up': {
      const monthly = monthlyAmount(programme, facts);
      if (!monthly.ok) return monthly;
      if (monthly.yuan <= 0) return { ok: false, reason: '家庭人均收入不低于保障标准，补差金额为 0' };
      return { ok: true, fen: monthly.yuan * 100 };
    }
    case 'assessed':
    case 'loan': {
      if (decidedFen === undefined || decidedFen <= 0) return { ok: false, reason: `${programme.name}须填写核定金额` };
      const capYuan = amount.kind === 'loan' ? amount.maxYuan : amount.capYuan;
      const capFen = capYuan === undefined ? undefined : Math.round(resolve(capYuan, programme.params) * 100);
      if (capFen !== undefined && decidedFen > capFen) {
        return { ok: false, reason: `${programme.name}核定金额不能超过 ${capFen / 100} 元` };
      }
      return { ok: true, fen: decidedFen };
    }
  }
}
