import { key, queryAll, recordOf, type TransactItem } from '@shequ/ddb';
import { RECURRING_CASES, type TopicGroup } from '../domain/topics.ts';
import type { CasesDeps } from './deps.ts';

/**
 * Topic groups: the cases of one community on one topic (category and normalised wording) filed in the run-up
 * to one deliberation day. One item per group, counted in the filing's own transaction, so a retried filing
 * never counts twice and the agenda of a deliberation day is one Query.
 */
const topicKey = (community: string, deliberationDate: string, topicId: string) => ({
  pk: key('COMMUNITY', community),
  sk: key('TOPIC', deliberationDate, topicId),
});

/** Counts a newly filed case towards its topic group (part of the filing's transaction). */
export function countTowardsTopic(
  deps: CasesDeps,
  group: Omit<TopicGroup, 'caseIds' | 'caseCount'>,
  caseId: string,
): TransactItem {
  return {
    Update: {
      TableName: deps.tableName,
      Key: topicKey(group.community, group.deliberationDate, group.topicId),
      UpdateExpression:
        'SET entity = :entity, community = :community, deliberationDate = :date, topicId = :topicId, category = :category, ' +
        'categoryLabel = :label, topic = if_not_exists(topic, :topic) ADD caseCount :one, caseIds :ids',
      ExpressionAttributeValues: {
        ':entity': 'topic',
        ':community': group.community,
        ':date': group.deliberationDate,
        ':topicId': group.topicId,
        ':category': group.category,
        ':label': group.categoryLabel,
        ':topic': group.topic,
        ':one': 1,
        ':ids': new Set([caseId]),
      },
    },
  };
}

function groupOf(item: Record<string, unknown>): TopicGroup {
  const record = recordOf<Omit<TopicGroup, 'caseIds'> & { caseIds?: Set<string> }>(item);
  return { ...record, caseIds: [...(record.caseIds ?? [])].sort() };
}

/** Every topic group counted towards a community's deliberation day on `deliberationDate`, most cases first. */
export async function topicGroupsFor(deps: CasesDeps, community: string, deliberationDate: string): Promise<TopicGroup[]> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': key('COMMUNITY', community), ':prefix': `${key('TOPIC', deliberationDate)}#` },
  });
  return items.map(groupOf).sort((a, b) => b.caseCount - a.caseCount || a.topic.localeCompare(b.topic));
}

/** The recurring topics (at least RECURRING_CASES cases) on the agenda of that deliberation day. */
export async function agendaTopicsFor(deps: CasesDeps, community: string, deliberationDate: string): Promise<TopicGroup[]> {
  return (await topicGroupsFor(deps, community, deliberationDate)).filter((group) => group.caseCount >= RECURRING_CASES);
}
