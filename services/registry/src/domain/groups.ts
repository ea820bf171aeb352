import { z } from 'zod';
import { ageOn, citizenIdProblem } from './citizen-id.ts';
import { shanghaiDate } from './persons.ts';

/**
 * Special groups (动态管理), declared as data: each group's Chinese label, its attribute schema, who may
 * join people to it, which attributes index and count it, which facts its events carry. Adding a group
 * is adding an entry here.
 */

/** Disability categories of the 残疾人证: ascii code → label, and the certificate's category digit. */
export const disabilityCategories = {
  visual: { label: '视力残疾', digit: '1' },
  hearing: { label: '听力残疾', digit: '2' },
  speech: { label: '言语残疾', digit: '3' },
  limb: { label: '肢体残疾', digit: '4' },
  intellectual: { label: '智力残疾', digit: '5' },
  mental: { label: '精神残疾', digit: '6' },
  multiple: { label: '多重残疾', digit: '7' },
} as const;
export type DisabilityCategory = keyof typeof disabilityCategories;
const categoryCodes = Object.keys(disabilityCategories) as [DisabilityCategory, ...DisabilityCategory[]];

/** 一级 is the most severe. */
export const disabilityGrades = [1, 2, 3, 4] as const;
export const gradeLabels: Record<number, string> = { 1: '一级', 2: '二级', 3: '三级', 4: '四级' };

export const disabilityNeeds = {
  rehabilitation: '康复',
  'assistive-devices': '辅助器具',
  employment: '就业',
  education: '教育',
} as const;
const needCodes = Object.keys(disabilityNeeds) as [keyof typeof disabilityNeeds, ...(keyof typeof disabilityNeeds)[]];

/** Names an enum and carries its labels into the OpenAPI document (`x-enum-labels`), as the kit's labelledEnum does. */
const labelled = <T extends z.ZodType>(schema: T, id: string, labels: Record<string, string | { label: string }>) =>
  schema.meta({
    id,
    'x-enum-labels': Object.fromEntries(
      Object.entries(labels).map(([code, label]) => [code, typeof label === 'string' ? label : label.label]),
    ),
  });

const listOf = (labels: Record<string, string | { label: string }>) =>
  Object.entries(labels)
    .map(([code, label]) => `${code}（${typeof label === 'string' ? label : label.label}）`)
    .join('、');

export const disabilityCategorySchema = labelled(
  z.enum(categoryCodes, `残疾类别须为：${listOf(disabilityCategories)}`),
  'DisabilityCategory',
  disabilityCategories,
);

/** A missing value and a wrong type read differently to the person filling the form. */
const missingOr = (missing: string, wrong: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrong),
});
const text = (what: string, max: number) =>
  z
    .string(missingOr(`请填写${what}`, `${what}须为文字`))
    .trim()
    .min(1, `请填写${what}`)
    .max(max, `${what}不能超过 ${max} 个字`)
    .meta({ title: what });

/** An object whose unknown names are refused by name, so a typo never passes as "no value". */
function objectOf<T extends z.core.$ZodLooseShape>(shape: T, wrong: string) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `不支持的属性：${issue.keys.join('、')}` : wrong),
  });
}
const attributesOf = <T extends z.core.$ZodLooseShape>(shape: T) => objectOf(shape, '群体属性须为对象（JSON object）');
const note = text('备注', 500).optional();
const date = (what: string) => z.iso.date(`${what}格式须为 YYYY-MM-DD`).meta({ title: what });
// Same rule as a person's phone (schemas/persons.ts); domain modules cannot import schemas.
const phone = z
  .string('电话号码须为文字')
  .trim()
  .regex(/^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, '电话号码须为 11 位手机号或带区号的固定电话');
const householdId = z
  .string(missingOr('请填写所属户编号', '所属户编号须为文字'))
  .regex(/^[0-9a-z]{19,40}$/, '所属户编号格式不正确')
  .meta({ title: '所属户', description: '享受待遇的户：本人当前所在的户，填户编号' });

/** A named person to call, e.g. the cadre responsible for a left-behind person (联系人包保). */
const contact = (who: string) =>
  objectOf({ name: text(`${who}姓名`, 50), phone: phone.meta({ title: `${who}电话` }) }, `请填写${who}（姓名和电话）`).meta({
    title: who,
  });

const skills = z
  .array(text('技能', 50), '技能须为列表')
  .max(20, '技能最多填写 20 项')
  .meta({ title: '技能特长' })
  .default([])
  .transform((values) => [...new Set(values)].sort());

const kinship = {
  parent: '父母',
  spouse: '配偶',
  child: '子女',
  sibling: '兄弟姐妹',
} as const;
const kinshipCodes = Object.keys(kinship) as [keyof typeof kinship, ...(keyof typeof kinship)[]];
const kinshipSchema = labelled(z.enum(kinshipCodes, `与本人关系须为：${listOf(kinship)}`), 'Kinship', kinship);

const guardianRelationships = {
  grandparent: '祖父母/外祖父母',
  parent: '父母一方',
  relative: '其他亲属',
  other: '其他',
} as const;
const guardianCodes = Object.keys(guardianRelationships) as [
  keyof typeof guardianRelationships,
  ...(keyof typeof guardianRelationships)[],
];

const supportModes = { home: '分散供养（居家）', institution: '集中供养（机构）' } as const;
const supportSchema = labelled(
  z.enum(['home', 'institution'], `供养方式须为：${listOf(supportModes)}`),
  'SupportMode',
  supportModes,
);

/**
 * 第二代残疾人证号: 20 characters = the holder's 18-character citizen ID (GB 11643, check digit verified)
 * + the category digit (视力 1, 听力 2, 言语 3, 肢体 4, 智力 5, 精神 6, 多重 7) + the grade digit (1–4).
 */
export function disabilityCertificateProblem(
  certificate: string,
  category: DisabilityCategory,
  grade: number,
): string | undefined {
  if (!/^\d{17}[\dX]\d{2}$/.test(certificate)) {
    return '残疾人证号须为 20 位：18 位公民身份号码加 1 位残疾类别代码和 1 位残疾等级代码';
  }
  if (citizenIdProblem(certificate.slice(0, 18))) return '残疾人证号的前 18 位不是有效的公民身份号码';
  if (certificate[18] !== disabilityCategories[category].digit) {
    return `残疾人证号第 19 位（类别代码）与残疾类别不符：${disabilityCategories[category].label}应为 ${disabilityCategories[category].digit}`;
  }
  if (certificate[19] !== String(grade)) return `残疾人证号第 20 位（等级代码）与残疾等级不符：应为 ${grade}`;
  return undefined;
}

export const disabledAttributes = attributesOf({
  category: disabilityCategorySchema.meta({ title: '残疾类别' }),
  grade: z
    .number(missingOr('请填写残疾等级（1–4，一级最重）', '残疾等级须为 1–4 的数字（一级最重）'))
    .int('残疾等级须为 1–4 的整数（一级最重）')
    .min(1, '残疾等级须为 1–4 级（一级最重）')
    .max(4, '残疾等级须为 1–4 级（一级最重）')
    .meta({ title: '残疾等级', description: '一级最重', 'x-enum-labels': gradeLabels }),
  certificateNumber: z
    .string(missingOr('请填写残疾人证号', '残疾人证号须为文字'))
    .trim()
    .meta({ title: '残疾人证号', description: '第二代残疾人证号：18 位公民身份号码加类别代码和等级代码，共 20 位' })
    .transform((value) => value.toUpperCase()),
  needs: z
    .array(labelled(z.enum(needCodes, `需求须为：${listOf(disabilityNeeds)}`), 'DisabilityNeed', disabilityNeeds), '需求须为列表')
    .meta({ title: '需求' })
    .default([])
    .transform((values) => [...new Set(values)].sort()),
  servicePlan: objectOf(
    {
      text: text('个性化服务方案', 2000).meta({ title: '方案内容' }),
      goals: z
        .array(text('服务目标', 200), '服务目标须为列表')
        .max(20, '服务目标最多 20 项')
        .meta({ title: '服务目标' })
        .default([]),
    },
    '个性化服务方案须包含方案内容（text）和目标（goals）',
  )
    .meta({ title: '个性化服务方案' })
    .optional(),
}).superRefine((value, ctx) => {
  const problem = disabilityCertificateProblem(value.certificateNumber, value.category, value.grade);
  if (problem) ctx.addIssue({ code: 'custom', path: ['certificateNumber'], message: problem });
});

export const emptyNestAttributes = attributesOf({
  childrenCount: z
    .number(missingOr('请填写子女人数', '子女人数须为数字'))
    .int('子女人数须为整数')
    .min(1, '空巢老人须至少有 1 名子女；无子女的老人请登记为孤老')
    .max(20, '子女人数不能超过 20')
    .meta({ title: '子女人数' }),
  childContact: contact('子女联系人').optional(),
  note,
});

export const livingAloneAttributes = attributesOf({
  emergencyContact: contact('紧急联系人').optional(),
  note,
});

export const solitaryElderlyAttributes = attributesOf({
  support: supportSchema.meta({ title: '供养方式' }),
  institution: text('供养机构', 100).meta({ description: '集中供养时必填' }).optional(),
  note,
}).superRefine((value, ctx) => {
  if (value.support === 'institution' && !value.institution) {
    ctx.addIssue({ code: 'custom', path: ['institution'], message: '集中供养须填写供养机构' });
  }
});

const contactPerson = contact('包保联系人');

export const leftBehindChildAttributes = attributesOf({
  school: text('就读学校', 100).optional(),
  guardian: objectOf(
    {
      name: text('监护人姓名', 50),
      relationship: labelled(
        z.enum(guardianCodes, `监护人关系须为：${listOf(guardianRelationships)}`),
        'GuardianRelationship',
        guardianRelationships,
      ).meta({ title: '与儿童关系' }),
      phone: phone.meta({ title: '监护人电话' }).optional(),
    },
    '请填写监护人（姓名和关系）',
  ).meta({ title: '监护人' }),
  parentsWorkingIn: text('父母务工地', 100).optional(),
  contactPerson,
  note,
});

export const leftBehindWomanAttributes = attributesOf({
  spouseWorkingIn: text('配偶务工地', 100).optional(),
  contactPerson,
  note,
});

export const leftBehindElderlyAttributes = attributesOf({
  childrenWorkingIn: text('子女务工地', 100).optional(),
  caregiver: contact('照料人').optional(),
  contactPerson,
  note,
});

export const dibaoAttributes = attributesOf({
  householdId,
  since: date('纳入低保日期').optional(),
  note,
});

export const tekunAttributes = attributesOf({
  householdId,
  support: supportSchema.meta({ title: '供养方式' }),
  since: date('认定特困日期').optional(),
  note,
});

export const unemployedAttributes = attributesOf({
  since: date('失业日期'),
  registered: z.boolean('是否已办理失业登记须为 true 或 false').meta({ title: '已办理失业登记' }).default(false),
  skills,
  note,
});

export const laidOffAttributes = attributesOf({
  since: date('下岗日期'),
  formerEmployer: text('原单位', 100).optional(),
  skills,
  note,
});

export const militaryFamilyAttributes = attributesOf({
  serviceMemberName: text('军人姓名', 50),
  relationship: kinshipSchema.meta({ title: '与军人关系' }),
  note,
});

export const martyrFamilyAttributes = attributesOf({
  martyrName: text('烈士姓名', 50),
  relationship: kinshipSchema.meta({ title: '与烈士关系' }),
  note,
});

export const activeMilitaryAttributes = attributesOf({
  enlistedOn: date('入伍日期'),
  note,
});

export const transferredOfficerAttributes = attributesOf({
  transferredOn: date('转业日期'),
  placement: text('安置单位', 100).optional(),
  note,
});

export const mentalIllnessAttributes = attributesOf({
  cardNumber: z
    .string(missingOr('请填写长期服药卡号', '长期服药卡号须为文字'))
    .trim()
    .regex(/^[0-9A-Za-z-]{4,30}$/, '长期服药卡号须为 4–30 位字母、数字或连字符')
    .meta({ title: '长期服药卡号' }),
  medication: text('所服药物', 200),
  visitMonthly: z.boolean('是否每月走访须为 true 或 false').meta({ title: '每月走访' }).default(true),
  guardian: contact('监护人').optional(),
  note,
});

/** Who may join people to a group and remove them: any staff in scope, or community workers and above. */
export type ManagedBy = 'grid' | 'community';

export interface GroupDefinition {
  label: string;
  attributes: z.ZodType<Record<string, unknown>>;
  /**
   * `community`: membership decides benefits or rests on an official certificate, so joining and
   * leaving is for community workers and above; grid workers may still record the `gridRecordable`
   * attributes of members.
   */
  managedBy: ManagedBy;
  gridRecordable?: readonly string[];
  /** Attributes members are listed and counted by (key conditions of the member indexes). */
  facets?: {
    category?: { attribute: string; values: readonly string[] };
    grade?: { attribute: string; values: readonly number[] };
  };
  /** Attributes carried in GroupMembershipChanged: the facts other services keep. */
  facts: readonly string[];
  /** Attributes stored encrypted and shown masked (they contain a citizen ID). */
  sensitive?: readonly string[];
  /** An attribute that must begin with the member's own citizen ID (a certificate numbered after it). */
  holderIdAttribute?: string;
  /** Who can be a member at all, checked when joining. */
  eligibility?: { minAge?: number; maxAge?: number; sex?: 'male' | 'female'; message: string };
}

const elderlyOnly = { minAge: 60 };

export const groupDefinitions = {
  disabled: {
    label: '残疾人',
    attributes: disabledAttributes,
    managedBy: 'community',
    gridRecordable: ['needs', 'servicePlan'],
    facets: {
      category: { attribute: 'category', values: categoryCodes },
      grade: { attribute: 'grade', values: disabilityGrades },
    },
    facts: ['category', 'grade', 'needs'],
    sensitive: ['certificateNumber'],
    holderIdAttribute: 'certificateNumber',
  },
  'empty-nest': {
    label: '空巢老人',
    attributes: emptyNestAttributes,
    managedBy: 'grid',
    facts: ['childrenCount'],
    eligibility: { ...elderlyOnly, message: '空巢老人须年满 60 周岁' },
  },
  'living-alone': {
    label: '独居老人',
    attributes: livingAloneAttributes,
    managedBy: 'grid',
    facts: [],
    eligibility: { ...elderlyOnly, message: '独居老人须年满 60 周岁' },
  },
  'solitary-elderly': {
    label: '孤老',
    attributes: solitaryElderlyAttributes,
    managedBy: 'community',
    gridRecordable: ['note'],
    facts: ['support'],
    eligibility: { ...elderlyOnly, message: '孤老须年满 60 周岁' },
  },
  'left-behind-child': {
    label: '留守儿童',
    attributes: leftBehindChildAttributes,
    managedBy: 'grid',
    facts: [],
    eligibility: { maxAge: 15, message: '留守儿童须未满 16 周岁' },
  },
  'left-behind-woman': {
    label: '留守妇女',
    attributes: leftBehindWomanAttributes,
    managedBy: 'grid',
    facts: [],
    eligibility: { minAge: 18, sex: 'female', message: '留守妇女须为年满 18 周岁的女性' },
  },
  'left-behind-elderly': {
    label: '留守老人',
    attributes: leftBehindElderlyAttributes,
    managedBy: 'grid',
    facts: [],
    eligibility: { ...elderlyOnly, message: '留守老人须年满 60 周岁' },
  },
  dibao: {
    label: '低保',
    attributes: dibaoAttributes,
    managedBy: 'community',
    gridRecordable: ['note'],
    facts: ['householdId', 'since'],
  },
  tekun: {
    label: '特困人员',
    attributes: tekunAttributes,
    managedBy: 'community',
    gridRecordable: ['note'],
    facts: ['householdId', 'support', 'since'],
  },
  unemployed: {
    label: '失业人员',
    attributes: unemployedAttributes,
    managedBy: 'grid',
    facts: ['since', 'registered', 'skills'],
    eligibility: { minAge: 16, message: '失业人员须年满 16 周岁' },
  },
  'laid-off': {
    label: '下岗职工',
    attributes: laidOffAttributes,
    managedBy: 'grid',
    facts: ['since', 'skills'],
    eligibility: { minAge: 16, message: '下岗职工须年满 16 周岁' },
  },
  'military-family': {
    label: '军属',
    attributes: militaryFamilyAttributes,
    managedBy: 'community',
    gridRecordable: ['note'],
    facts: ['relationship'],
  },
  'martyr-family': {
    label: '烈属',
    attributes: martyrFamilyAttributes,
    managedBy: 'community',
    gridRecordable: ['note'],
    facts: ['relationship'],
  },
  'active-military': {
    label: '现役军人',
    attributes: activeMilitaryAttributes,
    managedBy: 'community',
    gridRecordable: ['note'],
    facts: ['enlistedOn'],
  },
  'transferred-officer': {
    label: '军转干部',
    attributes: transferredOfficerAttributes,
    managedBy: 'community',
    gridRecordable: ['note'],
    facts: ['transferredOn'],
  },
  'mental-illness': {
    label: '精神障碍患者（长期服药）',
    attributes: mentalIllnessAttributes,
    managedBy: 'community',
    gridRecordable: ['note', 'guardian'],
    facts: ['visitMonthly'],
  },
} as const satisfies Record<string, GroupDefinition>;

export type GroupName = keyof typeof groupDefinitions;
export const groupNames = Object.keys(groupDefinitions) as [GroupName, ...GroupName[]];

/** The validated attributes of one group. */
export type GroupAttributes<G extends GroupName> = z.output<(typeof groupDefinitions)[G]['attributes']>;

/** Per-group attribute schemas, for callers (bulk import) that validate rows before writing. */
export const groupAttributeSchemas = Object.fromEntries(
  groupNames.map((group) => [group, groupDefinitions[group].attributes]),
) as { [G in GroupName]: (typeof groupDefinitions)[G]['attributes'] };

export function groupDefinition(group: GroupName): GroupDefinition {
  return groupDefinitions[group];
}

/** Chinese label of a stored or derived group. */
export function groupLabel(group: GroupName | DerivedGroupName): string {
  return group in groupDefinitions
    ? groupDefinitions[group as GroupName].label
    : derivedGroupDefinitions[group as DerivedGroupName].label;
}

export interface Membership {
  attributes: Record<string, unknown>;
  /** Keyed hashes of sensitive attributes: compared instead of the values, which are stored encrypted. */
  fingerprints: Record<string, string>;
}

/**
 * The attributes whose values differ between two memberships; empty means nothing to write. Values
 * are compared structurally, sensitive ones through their fingerprints.
 */
export function changedAttributes(group: GroupName, before: Membership, after: Membership): string[] {
  const sensitive = new Set<string>(groupDefinition(group).sensitive ?? []);
  const keys = new Set(
    [before.attributes, after.attributes, before.fingerprints, after.fingerprints].flatMap((values) => Object.keys(values ?? {})),
  );
  return [...keys]
    .filter((name) =>
      sensitive.has(name)
        ? before.fingerprints[name] !== after.fingerprints[name]
        : canonical(before.attributes[name]) !== canonical(after.attributes[name]),
    )
    .sort();
}

/** Attributes given over the current ones, shallowly: a given key replaces, `null` removes, absent keeps. */
export function mergeAttributes(current: Record<string, unknown>, given: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current, ...given };
  for (const [name, value] of Object.entries(merged)) if (value === null) delete merged[name];
  return merged;
}

/** JSON with object keys sorted, so equal values compare equal whatever order they were written in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)))
      : entry,
  );
}

/** `350203199001011234` + `41` → `350203********123441`: the masked form stored and shown. */
export function maskSensitive(value: string): string {
  return value.length > 12 ? `${value.slice(0, 6)}${'*'.repeat(value.length - 12)}${value.slice(-6)}` : '****';
}

/** The facts of a membership that its events carry (never sensitive attributes). */
export function eventFacts(group: GroupName, attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    groupDefinition(group)
      .facts.filter((name) => attributes[name] !== undefined)
      .map((name) => [name, attributes[name]]),
  );
}

/** Why a certificate cannot be this person's: it is numbered after someone else's citizen ID. */
export function holderIdProblem(group: GroupName, attributes: Record<string, unknown>, citizenId: string): string | undefined {
  const attribute = groupDefinition(group).holderIdAttribute;
  const value = attribute ? attributes[attribute] : undefined;
  if (typeof value !== 'string' || value.slice(0, 18) === citizenId.toUpperCase()) return undefined;
  return '证号的前 18 位须与本人公民身份号码一致';
}

/** Why a person cannot be in a group (age or sex), or undefined. */
export function eligibilityProblem(
  group: GroupName,
  person: { birthDate: string; sex: 'male' | 'female' },
  today: Date,
): string | undefined {
  const rule = groupDefinition(group).eligibility;
  if (!rule) return undefined;
  const age = ageOn(person.birthDate, today);
  if (rule.minAge !== undefined && age < rule.minAge) return rule.message;
  if (rule.maxAge !== undefined && age > rule.maxAge) return rule.message;
  if (rule.sex !== undefined && person.sex !== rule.sex) return rule.message;
  return undefined;
}

/**
 * What a role may do to a membership. Joining and leaving a community-managed group is for community
 * workers and above; a grid worker changes only the group's `gridRecordable` attributes there.
 * Returns the Chinese refusal, or undefined when allowed.
 */
export function roleRefusal(
  role: string,
  group: GroupName,
  action: 'join' | 'change' | 'leave',
  changed: readonly string[] = [],
): string | undefined {
  const definition = groupDefinition(group);
  if (definition.managedBy === 'grid' || role !== 'grid-worker') return undefined;
  if (action === 'join') return `${definition.label}的认定须由社区工作者及以上人员办理，网格员不能纳入`;
  if (action === 'leave') return `${definition.label}的退出须由社区工作者及以上人员办理，网格员不能移出`;
  const allowed = new Set(definition.gridRecordable ?? []);
  const refused = changed.filter((name) => !allowed.has(name));
  return refused.length > 0
    ? `网格员只能记录${definition.label}的 ${[...allowed].join('、') || '（无）'}，不能修改 ${refused.join('、')}`
    : undefined;
}

/** Whether a facet value (category code, grade) exists for the group; the Chinese refusal otherwise. */
export function facetProblem(group: GroupName, facet: 'category' | 'grade', value: string | number): string | undefined {
  const facets = (groupDefinition(group).facets ?? {}) as NonNullable<GroupDefinition['facets']>;
  const declared = facets[facet];
  const label = groupDefinition(group).label;
  if (!declared) return `${label}不按${facet === 'category' ? '类别' : '等级'}分类`;
  return (declared.values as readonly (string | number)[]).includes(value)
    ? undefined
    : `${label}的${facet === 'category' ? '类别' : '等级'}须为 ${declared.values.join('、')}`;
}

/** Facet values of a membership's attributes, for its index keys and counts. */
export function facetsOf(
  group: GroupName,
  attributes: Record<string, unknown>,
): { category?: string | undefined; grade?: number | undefined } {
  const facets = (groupDefinition(group).facets ?? {}) as NonNullable<GroupDefinition['facets']>;
  return {
    category: facets.category ? (attributes[facets.category.attribute] as string | undefined) : undefined,
    grade: facets.grade ? (attributes[facets.grade.attribute] as number | undefined) : undefined,
  };
}

export interface GroupCounts {
  total: number;
  byCategory: Record<string, number>;
  byGrade: Record<string, number>;
}

/** Totals by category and grade; every declared value appears, with 0 when nobody has it. */
export function tallyMembers(group: GroupName, members: readonly { category?: string; grade?: number }[]): GroupCounts {
  const facets = (groupDefinition(group).facets ?? {}) as NonNullable<GroupDefinition['facets']>;
  const byCategory: Record<string, number> = Object.fromEntries((facets.category?.values ?? []).map((value) => [value, 0]));
  const byGrade: Record<string, number> = Object.fromEntries((facets.grade?.values ?? []).map((value) => [String(value), 0]));
  for (const member of members) {
    if (member.category !== undefined) byCategory[member.category] = (byCategory[member.category] ?? 0) + 1;
    if (member.grade !== undefined) byGrade[String(member.grade)] = (byGrade[String(member.grade)] ?? 0) + 1;
  }
  return { total: members.length, byCategory, byGrade };
}

/**
 * Groups derived from birth date and sex on the day asked, never stored, so they stay right as people
 * age. `ageBands` are the lower bounds counts are broken down by.
 */
export const derivedGroupDefinitions = {
  elderly: { label: '60 岁及以上老人', minAge: 60, maxAge: undefined, sex: undefined, ageBands: [60, 70, 80, 90] },
  // 高龄老人 have their own allowance and visits, so communities list them apart from the 60+.
  'elderly-80': { label: '80 岁及以上高龄老人', minAge: 80, maxAge: undefined, sex: undefined, ageBands: [80, 90, 100] },
  'women-childbearing-age': {
    label: '育龄妇女（15–49 岁）',
    minAge: 15,
    maxAge: 49,
    sex: 'female',
    ageBands: [15, 20, 25, 30, 35, 40, 45],
  },
} as const;
export type DerivedGroupName = keyof typeof derivedGroupDefinitions;
export const derivedGroupNames = Object.keys(derivedGroupDefinitions) as [DerivedGroupName, ...DerivedGroupName[]];

export function isDerivedGroup(group: string): group is DerivedGroupName {
  return group in derivedGroupDefinitions;
}

/**
 * The latest birth date of someone who is at least `years` old today: the same month and day, `years`
 * earlier, compared as a string. Kept as text rather than a real date so 29 February works exactly as
 * `ageOn` counts it: born 2012-02-29, one is 15 from 2027-03-01 (`2012-02-29` > `2012-02-28`).
 */
export function latestBirthDateForAge(years: number, now: Date): string {
  const today = shanghaiDate(now);
  return `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;
}

/**
 * Birth-date bounds of a derived group on a day, for a range query over `<birthDate>#<id>` keys:
 * `after` is exclusive (born on it one is already too old), `upTo` inclusive.
 */
export function birthDateRange(group: DerivedGroupName, now: Date): { after?: string; upTo: string } {
  const definition = derivedGroupDefinitions[group];
  const upTo = latestBirthDateForAge(definition.minAge, now);
  return definition.maxAge === undefined ? { upTo } : { after: latestBirthDateForAge(definition.maxAge + 1, now), upTo };
}

/** Whether a person is in a derived group today. */
export function inDerivedGroup(
  group: DerivedGroupName,
  person: { birthDate: string; sex: 'male' | 'female' },
  now: Date,
): boolean {
  const definition = derivedGroupDefinitions[group];
  const age = ageOn(person.birthDate, now);
  if (age < definition.minAge) return false;
  if (definition.maxAge !== undefined && age > definition.maxAge) return false;
  return definition.sex === undefined || person.sex === definition.sex;
}

/** Counts of a derived group by age band (`60-69`, …, `90+`), every band present. */
export function tallyByAgeBand(group: DerivedGroupName, birthDates: readonly string[], now: Date): Record<string, number> {
  const bands = derivedGroupDefinitions[group].ageBands;
  const maxAge = derivedGroupDefinitions[group].maxAge;
  const names = bands.map((lower, index) => {
    const next = bands[index + 1];
    if (next !== undefined) return `${lower}-${next - 1}`;
    return maxAge === undefined ? `${lower}+` : `${lower}-${maxAge}`;
  });
  const counts: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
  for (const birthDate of birthDates) {
    const age = ageOn(birthDate, now);
    const index = bands.findLastIndex((lower) => age >= lower);
    const name = names[index];
    if (name !== undefined) counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}
