import { areaLevels } from './area-levels.ts';

/**
 * What one person adds to the counters, derived from the projection statistics keeps of them: their facts
 * (from the registry's person events) and their group memberships (from GroupMembershipChanged). Every
 * event recomputes the person's contribution before and after and moves the counters by the difference,
 * so late, repeated or reordered events, moves and corrections all leave the counters as if each person
 * had been counted once, where they are now. Only active persons count; moved-out and deceased nowhere.
 */

export type PersonStatus = 'active' | 'moved-out' | 'deceased';

/** The facts of a person that counters depend on. */
export interface CountedFacts {
  area: string;
  residence: 'registered' | 'migrant';
  sex: 'male' | 'female';
  birthDate: string;
}

/** The time of the event a projected fact comes from; ties broken by the (time-sortable) event id. */
export interface Stamp {
  asOf: string;
  eventId: string;
}

/** The person as projected; `facts` absent while only group events have arrived for them. */
export interface PersonState {
  facts?: CountedFacts;
  status?: PersonStatus;
  stamp?: Stamp;
}

export interface MembershipState {
  group: string;
  /** The area the group event named: used only while the person's own facts are unknown. */
  area: string;
  member: boolean;
  /** Disabled: `category` (limb…) and `grade` (1–4). */
  category?: string;
  grade?: number;
  stamp: Stamp;
}

/** Whether `incoming` is newer than what is kept (nothing kept counts as older). */
export function isNewer(kept: Stamp | undefined, incoming: Stamp): boolean {
  if (!kept) return true;
  if (incoming.asOf !== kept.asOf) return incoming.asOf > kept.asOf;
  return incoming.eventId > kept.eventId;
}

// Bucket names, as store/counters.ts spells them (a domain test keeps the two the same).
export const POPULATION_BUCKET = 'POPULATION';
export const GROUPS_BUCKET = 'GROUPS';
export const birthsBucketOf = (sex: string, year: string | number) => `BIRTHS#${sex}#${year}`;
export const flowBucketOf = (month: string) => `FLOW#${month}`;

/** The three left-behind groups (三留守), counted together per village as `left-behind` (persons, not memberships). */
export const leftBehindGroups = ['left-behind-child', 'left-behind-woman', 'left-behind-elderly'] as const;
export const LEFT_BEHIND = 'left-behind';

/** Special groups as the registry declares them, with their Chinese labels (the order reports list them in). */
export const groupLabels: Record<string, string> = {
  disabled: '残疾人',
  'empty-nest': '空巢老人',
  'living-alone': '独居老人',
  'solitary-elderly': '孤老',
  'left-behind-child': '留守儿童',
  'left-behind-woman': '留守妇女',
  'left-behind-elderly': '留守老人',
  dibao: '低保',
  tekun: '特困人员',
  unemployed: '失业人员',
  'laid-off': '下岗职工',
  'military-family': '军属',
  'martyr-family': '烈属',
  'active-military': '现役军人',
  'transferred-officer': '军转干部',
  'mental-illness': '精神障碍患者（长期服药）',
};

/** Disability categories of the 残疾人证 in the certificate's order, with labels. */
export const disabilityCategoryLabels: Record<string, string> = {
  visual: '视力残疾',
  hearing: '听力残疾',
  speech: '言语残疾',
  limb: '肢体残疾',
  intellectual: '智力残疾',
  mental: '精神残疾',
  multiple: '多重残疾',
};
export const disabilityCategories = Object.keys(disabilityCategoryLabels);
export const disabilityGrades = [1, 2, 3, 4] as const;
export const gradeLabels: Record<number, string> = { 1: '一级', 2: '二级', 3: '三级', 4: '四级' };

/** Counter names in the GROUPS bucket. */
export const disabledCategoryCounter = (category: string) => `disabled:${category}`;
export const disabledGradeCounter = (grade: number | string) => `disabled:grade:${grade}`;
export const disabledCellCounter = (category: string, grade: number | string) => `disabled:${category}:${grade}`;

/** The GROUPS counters one membership adds to. */
export function membershipCounters(membership: MembershipState): string[] {
  const names = [membership.group];
  if (membership.group === 'disabled') {
    const { category, grade } = membership;
    if (category) names.push(disabledCategoryCounter(category));
    if (grade !== undefined) names.push(disabledGradeCounter(grade));
    if (category && grade !== undefined) names.push(disabledCellCounter(category, grade));
  }
  return names;
}

/** Deltas per area (the area itself, not rolled up) and bucket. */
export type Contribution = Map<string, Map<string, Record<string, number>>>;

function add(contribution: Contribution, area: string, bucket: string, name: string, value: number): void {
  let buckets = contribution.get(area);
  if (!buckets) {
    buckets = new Map();
    contribution.set(area, buckets);
  }
  const numbers = buckets.get(bucket) ?? {};
  numbers[name] = (numbers[name] ?? 0) + value;
  buckets.set(bucket, numbers);
}

/** What a person adds to the counters, given their facts and memberships. */
export function contributionOf(person: PersonState | undefined, memberships: readonly MembershipState[]): Contribution {
  const contribution: Contribution = new Map();
  const known = person?.facts !== undefined;
  if (known && person?.status !== 'active') return contribution;
  const facts = person?.facts;
  if (facts) {
    for (const name of ['total', facts.residence, facts.sex]) add(contribution, facts.area, POPULATION_BUCKET, name, 1);
    add(contribution, facts.area, birthsBucketOf(facts.sex, facts.birthDate.slice(0, 4)), facts.birthDate.slice(5, 10), 1);
  }
  const leftBehindAreas = new Set<string>();
  for (const membership of memberships) {
    if (!membership.member) continue;
    // The person's own area is the current one; a group event's area may be older than a move.
    const area = facts?.area ?? membership.area;
    for (const name of membershipCounters(membership)) add(contribution, area, GROUPS_BUCKET, name, 1);
    if ((leftBehindGroups as readonly string[]).includes(membership.group)) leftBehindAreas.add(area);
  }
  for (const area of leftBehindAreas) add(contribution, area, GROUPS_BUCKET, LEFT_BEHIND, 1);
  return contribution;
}

export interface CounterChange {
  area: string;
  bucket: string;
  deltas: Record<string, number>;
}

/**
 * The counter changes that turn `before` into `after` at every level each area rolls up into, netted per
 * (area, bucket) so one item is written once, and without zero deltas (a move within a community leaves
 * the community's and district's counters alone).
 */
export function counterChanges(before: Contribution, after: Contribution): CounterChange[] {
  const net: Contribution = new Map();
  const spread = (contribution: Contribution, sign: number) => {
    for (const [area, buckets] of contribution) {
      for (const level of areaLevels(area)) {
        for (const [bucket, numbers] of buckets) {
          for (const [name, value] of Object.entries(numbers)) add(net, level, bucket, name, sign * value);
        }
      }
    }
  };
  spread(before, -1);
  spread(after, 1);
  const changes: CounterChange[] = [];
  for (const [area, buckets] of net) {
    for (const [bucket, numbers] of buckets) {
      const deltas = Object.fromEntries(Object.entries(numbers).filter(([, value]) => value !== 0));
      if (Object.keys(deltas).length > 0) changes.push({ area, bucket, deltas });
    }
  }
  return changes;
}

/**
 * A death counts once, in the month it happened: only on the change to deceased; with its burial method
 * (`deaths:cremation`…) when the registry recorded one, for the 殡葬 figures.
 */
export function deathChange(
  before: PersonState | undefined,
  after: PersonState,
  dateOfDeath: string | undefined,
  burialMethod?: string,
): CounterChange[] {
  if (after.status !== 'deceased' || before?.status === 'deceased' || !after.facts || !dateOfDeath) return [];
  const deltas = { deaths: 1, ...(burialMethod ? { [`deaths:${burialMethod}`]: 1 } : {}) };
  return areaLevels(after.facts.area).map((area) => ({ area, bucket: flowBucketOf(dateOfDeath.slice(0, 7)), deltas }));
}
