import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { ActivityReminderDue, createEvent } from '@shequ/contracts';
import { createPut, failedConditionIndex, key, newId, recordOf, writeWithEvents } from '@shequ/ddb';
import { scheduledJob } from '@shequ/kit';
import { type ActivityRecord, activityWithPeople } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/**
 * The evening before, raises ActivityReminderDue for every confirmed participant of tomorrow's activities.
 * A marker item beside the sign-up is created in the same transaction as the event, so a second run (or a
 * retried one) reminds nobody twice.
 */
export async function remindActivities(deps: VolunteeringDeps): Promise<{ activities: number; reminders: number }> {
  const tomorrow = new Date(deps.now().getTime() + SHANGHAI_OFFSET_MS + 24 * 3600_000).toISOString().slice(0, 10);
  let activities = 0;
  let reminders = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await deps.client.send(
      new ScanCommand({
        TableName: deps.tableName,
        ExclusiveStartKey: start,
        FilterExpression: 'entity = :entity AND #day = :tomorrow',
        ExpressionAttributeNames: { '#day': 'day' },
        ExpressionAttributeValues: { ':entity': 'activity', ':tomorrow': tomorrow },
      }),
    );
    for (const activity of (out.Items ?? []).map((item) => recordOf<ActivityRecord>(item))) {
      activities++;
      const found = await activityWithPeople(deps, activity.id);
      for (const signUp of found?.signUps.filter((s) => s.status === 'confirmed') ?? []) {
        const now = deps.now();
        try {
          await writeWithEvents(
            deps.client,
            deps.tableName,
            [
              createPut(deps.tableName, {
                pk: key('ACTIVITY', activity.id),
                sk: key('REMINDED', signUp.personId),
                entity: 'activity-reminded',
              }),
            ],
            [
              createEvent(ActivityReminderDue, {
                id: newId(now),
                district: deps.district,
                area: activity.community,
                occurredAt: now,
                data: {
                  activityId: activity.id,
                  personId: signUp.personId,
                  community: activity.community,
                  title: activity.title,
                  startsAt: activity.startsAt,
                  place: activity.place,
                  day: activity.day,
                },
              }),
            ],
          );
          reminders++;
        } catch (error) {
          if (failedConditionIndex(error) !== 0) throw error;
        }
      }
    }
    start = out.LastEvaluatedKey;
  } while (start);
  return { activities, reminders };
}

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return scheduledJob('remind-activities', ({ now }) => remindActivities({ ...deps(), now: () => now }));
}

export const handler = createHandler();
