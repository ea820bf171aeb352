/**
 * Recurring topics (SPEC §5: "recurring topics go to the monthly deliberation day"): cases of one community
 * with the same category and the same wording of their topic, filed before the same deliberation day, form a
 * group; a group of RECURRING_CASES or more goes on that day's agenda.
 */

/** Cases on one topic before a deliberation day that make it a matter for the residents' council. */
export const RECURRING_CASES = 3;

export interface TopicGroup {
  community: string;
  /** The deliberation day (as held, `YYYY-MM-DD`) the group is counted towards. */
  deliberationDate: string;
  /** `category:normalised topic`, stable for equal wordings. */
  topicId: string;
  category: string;
  categoryLabel: string;
  /** The topic as first worded. */
  topic: string;
  caseCount: number;
  caseIds: string[];
}

/**
 * The wording of a topic reduced to what tells topics apart: no spaces or punctuation (ASCII or full-width),
 * ASCII letters lower-cased, full-width letters and digits made half-width. "楼道 堆物！" and "楼道堆物" match.
 */
export function normaliseTopic(topic: string): string {
  return topic
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

export function topicIdOf(category: string, topic: string): string {
  return `${category}:${normaliseTopic(topic)}`;
}
