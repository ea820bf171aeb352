import { describe, expect, it } from 'vitest';
import { checkEligibility, monthlyAmount, type PersonFacts } from '../src/domain/eligibility.ts';
import { catalogue, type Programme, ProgrammeSchema, programmeByCode } from '../src/domain/programmes.ts';

// 09:00 Asia/Shanghai on a given day.
const at = (day: string) => new Date(`${day}T01:00:00Z`);
const today = at('2024-06-01');

const person = (over: Partial<PersonFacts> = {}): PersonFacts => ({
  birthDate: '1970-03-15',
  sex: 'female',
  residence: 'registered',
  area: 'c01',
  groups: [],
  ...over,
});

const programme = (code: string): Programme => {
  const p = programmeByCode(code);
  if (!p) throw new Error(`no programme ${code}`);
  return p;
};

describe('catalogue', () => {
  it('every programme validates against the schema, codes unique, notice days default to 7', () => {
    for (const p of catalogue) expect(ProgrammeSchema.safeParse(p).success, p.code).toBe(true);
    expect(new Set(catalogue.map((p) => p.code)).size).toBe(catalogue.length);
    expect(programme('dibao').noticeDays).toBe(7);
    expect(programme('price-subsidy').amount).toEqual({ kind: 'fixed', yuan: 285 });
  });

  it('rejects invalid programme data', () => {
    const base = catalogue[0];
    expect(ProgrammeSchema.safeParse({ ...base, code: '低保' }).success).toBe(false);
    expect(ProgrammeSchema.safeParse({ ...base, period: 'weekly' }).success).toBe(false);
    expect(ProgrammeSchema.safeParse({ ...base, rules: [{ fact: 'shoeSize', lt: 40 }] }).success).toBe(false);
    expect(ProgrammeSchema.safeParse({ ...base, params: {} }).success).toBe(false); // dangling { param: 'line' }
    expect(ProgrammeSchema.safeParse({ ...base, form: 'in-kind' }).success).toBe(false);
  });
});

describe('低保', () => {
  const dibao = programme('dibao');

  it('a household of 2 at 600 per capita under a 900 line is eligible and gets 600 a month', () => {
    const facts = person({ household: { size: 2, perCapitaIncome: 600 } });
    expect(checkEligibility(dibao, facts, today).eligible).toBe(true);
    expect(monthlyAmount(dibao, facts)).toEqual({ ok: true, yuan: 600 });
  });

  it('never pays a negative amount and rounds the total once to whole yuan', () => {
    expect(monthlyAmount(dibao, person({ household: { size: 3, perCapitaIncome: 950 } }))).toEqual({ ok: true, yuan: 0 });
    // (900 − 566.67) × 3 = 999.99 → 1000
    expect(monthlyAmount(dibao, person({ household: { size: 3, perCapitaIncome: 566.67 } }))).toEqual({ ok: true, yuan: 1000 });
  });

  it('missing income fails its rule with a Chinese reason', () => {
    const result = checkEligibility(dibao, person(), today);
    expect(result.eligible).toBe(false);
    expect(result.reasons).toContainEqual({ rule: '家庭人均收入低于900元/月', passed: false, detail: '缺少家庭人均收入' });
    expect(monthlyAmount(dibao, person())).toEqual({ ok: false, reason: '缺少家庭人均收入' });
  });

  it('income at the line fails', () => {
    const result = checkEligibility(dibao, person({ household: { size: 1, perCapitaIncome: 900 } }), today);
    expect(result.eligible).toBe(false);
    expect(result.reasons[1]).toMatchObject({ passed: false, detail: '家庭人均收入：900元/月' });
  });
});

describe('重度残疾人生活特别救助金', () => {
  const severe = programme('severe-disability-allowance');

  it('a grade-1 disabled person passes', () => {
    const facts = person({ groups: ['disabled'], disability: { category: 'limb', grade: 1 } });
    const result = checkEligibility(severe, facts, today);
    expect(result.eligible).toBe(true);
    expect(result.reasons.every((r) => r.passed)).toBe(true);
  });

  it('a grade-3 disabled person fails with the reason naming 三级', () => {
    const facts = person({ groups: ['disabled'], disability: { category: 'limb', grade: 3 } });
    const result = checkEligibility(severe, facts, today);
    expect(result.eligible).toBe(false);
    expect(result.reasons).toContainEqual({ rule: '残疾等级为一级或二级', passed: false, detail: '残疾等级：三级' });
  });

  it('no disability record fails both rules', () => {
    const result = checkEligibility(severe, person(), today);
    expect(result.reasons.map((r) => r.detail)).toEqual(['人员类别：无', '缺少残疾等级']);
  });
});

describe('精神残疾人药费补助', () => {
  it('a mental-disability person passes; a visual one fails', () => {
    const p = programme('mental-medication');
    const mental = person({ groups: ['disabled'], disability: { category: 'mental', grade: 3 } });
    expect(checkEligibility(p, mental, today).eligible).toBe(true);
    const visual = checkEligibility(p, person({ disability: { category: 'visual', grade: 2 } }), today);
    expect(visual.eligible).toBe(false);
    expect(visual.reasons[1]).toEqual({ rule: '残疾类别为精神残疾', passed: false, detail: '残疾类别：视力残疾' });
  });
});

describe('age rules', () => {
  const sixty: Programme = ProgrammeSchema.parse({
    code: 'elderly-test',
    name: '高龄测试',
    period: 'monthly',
    form: 'cash',
    amount: { kind: 'fixed', yuan: 50 },
    rules: [{ fact: 'age', gte: 60 }],
  });

  it('someone turning 60 tomorrow fails today and passes tomorrow', () => {
    const facts = person({ birthDate: '1964-06-02' });
    expect(checkEligibility(sixty, facts, today).reasons).toEqual([
      { rule: '年龄不低于60岁', passed: false, detail: '年龄：59岁' },
    ]);
    expect(checkEligibility(sixty, facts, at('2024-06-02')).eligible).toBe(true);
  });

  it('takes the day in Asia/Shanghai: 20:00 UTC on 1 June is already 2 June there', () => {
    const facts = person({ birthDate: '1964-06-02' });
    expect(checkEligibility(sixty, facts, new Date('2024-06-01T20:00:00Z')).eligible).toBe(true);
  });
});

describe('any / all combinators', () => {
  it('拐杖 passes for a person over 60 who is not disabled and explains both branches', () => {
    const result = checkEligibility(programme('aid-crutches'), person({ birthDate: '1950-01-01' }), today);
    expect(result.eligible).toBe(true);
    expect(result.reasons[0]).toEqual({
      rule: '满足其一：人员类别包含残疾人，或年龄不低于60岁',
      passed: true,
      detail: '人员类别：无（不符合）；年龄：74岁（符合）',
    });
  });
});

describe('monthlyAmount', () => {
  it('pays the fixed 285 of 物价上涨补助 and refuses non-monthly or in-kind programmes', () => {
    expect(monthlyAmount(programme('price-subsidy'), person())).toEqual({ ok: true, yuan: 285 });
    expect(monthlyAmount(programme('mental-medication'), person()).ok).toBe(false);
    expect(monthlyAmount(programme('aid-wheelchair'), person())).toEqual({
      ok: false,
      reason: '轮椅发放不是按月发放的现金补助',
    });
  });
});
