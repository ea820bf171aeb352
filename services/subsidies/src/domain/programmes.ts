import { z } from 'zod';

/**
 * The subsidy programme catalogue (SPEC §3) as data: each programme's period, form, amount rule, 公示
 * days and eligibility rules. Rules are a small language over the person and household facts this
 * service keeps from registry events, so a new programme is added as data and checked by
 * {@link ProgrammeSchema}, never by new code.
 */

/** Default number of days each 三榜公示 round stays posted. */
export const DEFAULT_NOTICE_DAYS = 7;

/** The facts a rule may name; `group` is the person's list of registry groups. */
export const factNames = [
  'age',
  'sex',
  'residence',
  'area',
  'group',
  'disability.category',
  'disability.grade',
  'household.size',
  'household.perCapitaIncome',
] as const;
export type FactName = (typeof factNames)[number];

/** Disability categories as the 残疾人证 records them. */
export const disabilityCategories = ['visual', 'hearing', 'speech', 'limb', 'intellectual', 'mental', 'multiple'] as const;
export type DisabilityCategory = (typeof disabilityCategories)[number];

/** A reference to one of the programme's own `params`, so district-set figures live in one place. */
const ParamRefSchema = z.object({ param: z.string().min(1) }).strict();
export type ParamRef = z.infer<typeof ParamRefSchema>;

const NumberOrParam = z.union([z.number(), ParamRefSchema]);
const Scalar = z.union([z.string(), z.number()]);

// One comparison per leaf keeps each rule explainable in a single Chinese sentence.
const leaf = <K extends string, V extends z.ZodType>(key: K, value: V) =>
  z
    .object({ fact: z.enum(factNames), label: z.string().optional(), [key]: value } as {
      fact: z.ZodEnum<{ [F in FactName]: F }>;
      label: z.ZodOptional<z.ZodString>;
    } & { [P in K]: V })
    .strict();

const LeafRuleSchema = z.union([
  leaf('eq', Scalar),
  leaf('in', z.array(Scalar).min(1)),
  leaf('includes', z.string().min(1)),
  leaf('lt', NumberOrParam),
  leaf('lte', NumberOrParam),
  leaf('gt', NumberOrParam),
  leaf('gte', NumberOrParam),
]);
export type LeafRule = z.infer<typeof LeafRuleSchema>;

/** A rule: one comparison on a fact, or `all` / `any` of nested rules; `label` overrides the generated Chinese text. */
export type Rule = LeafRule | { all: Rule[]; label?: string } | { any: Rule[]; label?: string };

/** Validates a rule tree, recursively. */
export const RuleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    LeafRuleSchema,
    z.object({ all: z.array(RuleSchema).min(1), label: z.string().optional() }).strict(),
    z.object({ any: z.array(RuleSchema).min(1), label: z.string().optional() }).strict(),
  ]),
);

/**
 * How much a programme pays: a fixed sum per period, a top-up to a line (低保), an amount assessed case
 * by case (with an optional cap), goods in kind, or a loan.
 */
export const AmountRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), yuan: NumberOrParam }).strict(),
  z.object({ kind: z.literal('line-top-up'), line: NumberOrParam }).strict(),
  z.object({ kind: z.literal('assessed'), capYuan: NumberOrParam.optional() }).strict(),
  z.object({ kind: z.literal('in-kind'), item: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('loan'), maxYuan: NumberOrParam, termMonths: z.number().int().positive() }).strict(),
]);
export type AmountRule = z.infer<typeof AmountRuleSchema>;

/** A programme definition; `params` holds the district-set figures its rules and amount refer to. */
export const ProgrammeSchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9-]*$/, 'code must be lower-case ascii'),
    name: z.string().min(1),
    period: z.enum(['monthly', 'yearly', 'one-off']),
    form: z.enum(['cash', 'in-kind', 'loan']),
    amount: AmountRuleSchema,
    noticeDays: z.number().int().positive().default(DEFAULT_NOTICE_DAYS),
    /** Months between re-checks of a running benefit (动态管理); absent for one-off programmes. */
    reviewMonths: z.number().int().positive().optional(),
    params: z.record(z.string(), z.number()).default({}),
    rules: z.array(RuleSchema),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    // The form and the amount rule must agree, or a payment run could pay cash for a wheelchair.
    const expected = { 'in-kind': 'in-kind', loan: 'loan' } as const;
    const kind = p.amount.kind;
    const formOfKind = kind === 'in-kind' || kind === 'loan' ? expected[kind] : 'cash';
    if (formOfKind !== p.form) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `amount ${kind} does not fit form ${p.form}` });
    }
    for (const ref of paramRefs(p)) {
      if (!(ref in p.params)) ctx.addIssue({ code: 'custom', path: ['params'], message: `missing param ${ref}` });
    }
  });
/** A validated programme. */
export type Programme = z.output<typeof ProgrammeSchema>;
/** A programme as written in the catalogue, before defaults. */
export type ProgrammeInput = z.input<typeof ProgrammeSchema>;

function paramRefs(p: { amount: AmountRule; rules: Rule[] }): string[] {
  const refs: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'object' && v !== null && 'param' in v) refs.push(String((v as ParamRef).param));
  };
  for (const v of Object.values(p.amount)) add(v);
  const walk = (r: Rule) => {
    if ('all' in r) r.all.forEach(walk);
    else if ('any' in r) r.any.forEach(walk);
    else for (const v of Object.values(r)) add(v);
  };
  p.rules.forEach(walk);
  return refs;
}

const registered: Rule = { fact: 'residence', eq: 'registered' };
const disabled: Rule = { fact: 'group', includes: 'disabled' };
const belowLine: Rule = { fact: 'household.perCapitaIncome', lt: { param: 'line' } };

/**
 * Every programme SPEC §3 names. Figures in `params` are set per district; the 低保 line of 900
 * yuan/month per person is the seed figure, the others marked "placeholder" await the district's own.
 */
export const catalogue: readonly ProgrammeInput[] = [
  {
    code: 'dibao',
    name: '最低生活保障（低保）',
    period: 'monthly',
    form: 'cash',
    // Households' income changes: re-checked every half year, the others yearly.
    reviewMonths: 6,
    // The line is set per district each year; the household is topped up to it per person.
    params: { line: 900 },
    amount: { kind: 'line-top-up', line: { param: 'line' } },
    rules: [registered, belowLine],
  },
  {
    code: 'price-subsidy',
    name: '物价上涨补助',
    period: 'monthly',
    form: 'cash',
    reviewMonths: 12,
    amount: { kind: 'fixed', yuan: 285 },
    rules: [{ fact: 'group', includes: 'dibao', label: '本人为低保对象' }],
  },
  {
    code: 'severe-disability-allowance',
    name: '重度残疾人生活特别救助金',
    period: 'monthly',
    form: 'cash',
    reviewMonths: 12,
    params: { amount: 100 }, // placeholder: set per district
    amount: { kind: 'fixed', yuan: { param: 'amount' } },
    rules: [disabled, { fact: 'disability.grade', lte: 2 }],
  },
  {
    code: 'mental-medication',
    name: '精神残疾人药费补助',
    period: 'yearly',
    form: 'cash',
    reviewMonths: 12,
    params: { amount: 600 }, // placeholder: set per district
    amount: { kind: 'fixed', yuan: { param: 'amount' } },
    rules: [registered, { fact: 'disability.category', in: ['mental'] }],
  },
  {
    code: 'temporary-relief',
    name: '临时救助 / 特殊困难临时补助金',
    period: 'one-off',
    form: 'cash',
    amount: { kind: 'assessed' },
    // Sudden hardship is judged at the home visit, so the data rule only asks for a known household.
    rules: [
      {
        any: [
          { fact: 'group', includes: 'dibao' },
          { fact: 'group', includes: 'tekun' },
        ],
      },
    ],
  },
  {
    code: 'serious-illness-relief',
    name: '大病医疗救助',
    period: 'one-off',
    form: 'cash',
    amount: { kind: 'assessed' },
    // The diagnosis and bills come with the application and are checked at review; the data rule asks for a
    // 低保 or 特困 household, as the registry records them.
    rules: [
      registered,
      {
        any: [
          { fact: 'group', includes: 'dibao' },
          { fact: 'group', includes: 'tekun' },
        ],
      },
    ],
  },
  {
    code: 'reemployment-subsidy',
    name: '再就业补助',
    period: 'one-off',
    form: 'cash',
    amount: { kind: 'assessed' },
    rules: [
      { fact: 'group', includes: 'laid-off' },
      { fact: 'age', lt: 60 },
    ],
  },
  {
    code: 'low-rent-housing',
    name: '廉租房补助',
    period: 'monthly',
    form: 'cash',
    reviewMonths: 12,
    params: { line: 900, amount: 200 }, // placeholder: set per district
    amount: { kind: 'fixed', yuan: { param: 'amount' } },
    rules: [registered, belowLine],
  },
  {
    code: 'aid-wheelchair',
    name: '轮椅发放',
    period: 'one-off',
    form: 'in-kind',
    amount: { kind: 'in-kind', item: '轮椅' },
    rules: [disabled, { fact: 'disability.category', in: ['limb', 'multiple'] }],
  },
  {
    code: 'aid-crutches',
    name: '拐杖发放',
    period: 'one-off',
    form: 'in-kind',
    amount: { kind: 'in-kind', item: '拐杖' },
    rules: [{ any: [disabled, { fact: 'age', gte: 60 }] }],
  },
  {
    code: 'aid-hearing',
    name: '助听器发放',
    period: 'one-off',
    form: 'in-kind',
    amount: { kind: 'in-kind', item: '助听器' },
    rules: [disabled, { fact: 'disability.category', in: ['hearing', 'multiple'] }],
  },
  {
    code: 'assistive-devices',
    name: '辅助器具适配',
    period: 'one-off',
    form: 'in-kind',
    amount: { kind: 'in-kind', item: '辅助器具' },
    rules: [disabled],
  },
  {
    code: 'cataract-surgery',
    name: '复明工程（白内障手术转介）',
    period: 'one-off',
    form: 'in-kind',
    // A referral to a partner hospital: the surgery is the benefit, no cash changes hands here.
    amount: { kind: 'in-kind', item: '白内障复明手术转介' },
    // The screening result comes with the referral; the registry records no diagnoses, so the data rule asks
    // only for a registered resident.
    rules: [registered],
  },
  {
    code: 'disabled-insurance',
    name: '残疾人参保补贴',
    period: 'yearly',
    form: 'cash',
    reviewMonths: 12,
    params: { amount: 300 }, // placeholder: set per district
    amount: { kind: 'fixed', yuan: { param: 'amount' } },
    rules: [registered, disabled],
  },
  {
    code: 'happiness-project',
    name: '幸福工程贷款',
    period: 'one-off',
    form: 'loan',
    params: { line: 900, maxYuan: 5000 }, // placeholder: set per district
    amount: { kind: 'loan', maxYuan: { param: 'maxYuan' }, termMonths: 24 },
    rules: [{ fact: 'sex', eq: 'female' }, registered, belowLine],
  },
];

/** The catalogue parsed once: a programme that fails its schema fails at load, not at payment time. */
export const programmes: readonly Programme[] = catalogue.map((p) => ProgrammeSchema.parse(p));

/** The programme with `code`, or undefined. */
export function programmeByCode(code: string): Programme | undefined {
  return programmes.find((p) => p.code === code);
}

const periodLabels: Record<Programme['period'], string> = { monthly: '按月', yearly: '按年', 'one-off': '一次性' };

/** The amount rule in one Chinese phrase, for the catalogue page and the notice board. */
export function describeAmount(programme: Programme): string {
  const amount = programme.amount;
  const value = (v: number | ParamRef) => (typeof v === 'number' ? v : (programme.params[v.param] ?? 0));
  switch (amount.kind) {
    case 'fixed':
      return `${periodLabels[programme.period]}发放 ${value(amount.yuan)} 元`;
    case 'line-top-up':
      return `按保障标准 ${value(amount.line)} 元/人·月补足差额，按户每月发放`;
    case 'assessed':
      return amount.capYuan === undefined ? '逐案核定金额' : `逐案核定金额，最高 ${value(amount.capYuan)} 元`;
    case 'in-kind':
      return `发放实物：${amount.item}`;
    case 'loan':
      return `贷款，最高 ${value(amount.maxYuan)} 元，期限 ${amount.termMonths} 个月`;
  }
}

/** What a district may set for a programme: its own figures (only those the programme declares) and the 公示 days. */
export const ProgrammeSettingsSchema = z
  .object({
    params: z.record(z.string(), z.number().nonnegative()).default({}),
    noticeDays: z.number().int().min(1).max(30).optional(),
  })
  .strict();
export type ProgrammeSettings = z.infer<typeof ProgrammeSettingsSchema>;

/** The names of `settings.params` the programme does not declare: a typo must not silently do nothing. */
export function unknownParams(programme: Programme, settings: ProgrammeSettings): string[] {
  return Object.keys(settings.params).filter((name) => !(name in programme.params));
}

/** The catalogue programme with the district's figures and 公示 days applied. */
export function withSettings(programme: Programme, settings: ProgrammeSettings | undefined): Programme {
  if (!settings) return programme;
  return ProgrammeSchema.parse({
    ...programme,
    params: { ...programme.params, ...settings.params },
    ...(settings.noticeDays !== undefined ? { noticeDays: settings.noticeDays } : {}),
  });
}
