import type { HousingHardshipKind } from '@shequ/contracts';

/** Relationship to the head of household, as the 户口簿 states it; ascii codes, Chinese labels. */
export const relationshipLabels = {
  head: '户主',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandparent: '祖父母',
  grandchild: '孙子女',
  sibling: '兄弟姐妹',
  other: '其他',
} as const;
export type Relationship = keyof typeof relationshipLabels;
export const relationships = Object.keys(relationshipLabels) as [Relationship, ...Relationship[]];
/** Relationships a member other than the head may have. */
export const memberRelationships = relationships.filter((code) => code !== 'head') as [
  Exclude<Relationship, 'head'>,
  ...Exclude<Relationship, 'head'>[],
];

export const housingHardshipLabels: Record<HousingHardshipKind, string> = {
  none: '无住房困难',
  hardship: '住房困难',
  'low-rent-housing': '廉租房',
  'public-rental-housing': '公租房',
  dilapidated: '危旧房',
};

/**
 * A transaction holds at most 100 items; changing the head rewrites every member and audits each, so
 * a household is capped well below that (real households are far smaller).
 */
export const MAX_HOUSEHOLD_SIZE = 30;

export interface HouseholdMember {
  personId: string;
  relationship: Relationship;
}

/** Why a household change is refused: a stable code for the problem and the Chinese sentence people read. */
export class HouseholdRuleError extends Error {
  override name = 'HouseholdRuleError';
  constructor(
    readonly code: string,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Checks a new member may join: not already in, household not full; the head joins only by creation. */
export function assertMayAdd(members: readonly HouseholdMember[], personId: string): void {
  if (members.some((member) => member.personId === personId)) {
    throw new HouseholdRuleError('already-member', 'personId', '该人员已是本户成员');
  }
  if (members.length >= MAX_HOUSEHOLD_SIZE) {
    throw new HouseholdRuleError('household-full', 'personId', `一户最多登记 ${MAX_HOUSEHOLD_SIZE} 名成员`);
  }
}

/**
 * Removing a member: the head leaves only as the last member (the household is then dissolved); with
 * others still in the household the head must be changed first.
 */
export function removalOutcome(members: readonly HouseholdMember[], personId: string): 'remove' | 'dissolve' {
  const member = members.find((candidate) => candidate.personId === personId);
  if (!member) throw new HouseholdRuleError('not-a-member', 'personId', '该人员不是本户成员');
  if (member.relationship !== 'head') return 'remove';
  if (members.length === 1) return 'dissolve';
  throw new HouseholdRuleError('head-must-change', 'personId', '户主不能直接移出：请先变更户主，再移出原户主');
}

/**
 * The members after a change of head. Relationships are stated relative to the head, so every other
 * member (the former head included) must be given their relationship to the new head.
 */
export function membersWithNewHead(
  members: readonly HouseholdMember[],
  newHeadId: string,
  relationshipsToNewHead: Readonly<Record<string, Exclude<Relationship, 'head'>>>,
): HouseholdMember[] {
  if (!members.some((member) => member.personId === newHeadId)) {
    throw new HouseholdRuleError('not-a-member', 'personId', '新户主须是本户成员');
  }
  const current = members.find((member) => member.relationship === 'head');
  if (current?.personId === newHeadId) throw new HouseholdRuleError('already-head', 'personId', '该人员已是户主');
  const others = members.filter((member) => member.personId !== newHeadId);
  const missing = others.filter((member) => !relationshipsToNewHead[member.personId]);
  if (missing.length > 0) {
    throw new HouseholdRuleError('relationships-missing', 'relationships', '变更户主时须重新填写其他每名成员与新户主的关系');
  }
  const strangers = Object.keys(relationshipsToNewHead).filter((id) => !others.some((member) => member.personId === id));
  if (strangers.length > 0) {
    throw new HouseholdRuleError('relationships-unknown', 'relationships', '关系中包含不是本户成员（或就是新户主本人）的人员');
  }
  return [
    { personId: newHeadId, relationship: 'head' },
    ...others.map((member) => ({
      personId: member.personId,
      relationship: relationshipsToNewHead[member.personId] as Relationship,
    })),
  ];
}

/** Monthly income in yuan, kept to the fen so sums and comparisons with the 低保 line are exact. */
export function roundToFen(yuan: number): number {
  return Math.round(yuan * 100) / 100;
}
