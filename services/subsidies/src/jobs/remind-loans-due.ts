import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createEvent, LoanDue, shanghaiDay } from '@shequ/contracts';
import { createPut, failedConditionIndex, key, newId, recordOf, writeWithEvents } from '@shequ/ddb';
import { scheduledJob } from '@shequ/kit';
import { loanStage } from '../domain/loans.ts';
import type { ApplicationRecord } from '../store/applications.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';

/**
 * Raises LoanDue for every loan not yet repaid that is coming due, due today or overdue, once per loan
 * and stage: a marker item beside the application is created in the same transaction as the event, so a
 * second run the same day (or the next day, same stage) raises nothing.
 */
export async function remindLoansDue(deps: SubsidiesDeps): Promise<{ loans: number; raised: number }> {
  const today = shanghaiDay(deps.now());
  let loans = 0;
  let raised = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await deps.client.send(
      new ScanCommand({
        TableName: deps.tableName,
        ExclusiveStartKey: start,
        FilterExpression: 'entity = :entity AND #state = :active AND attribute_exists(loan)',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':entity': 'application', ':active': 'active' },
      }),
    );
    for (const loan of (out.Items ?? []).map((item) => recordOf<ApplicationRecord>(item))) {
      loans++;
      const stage = loan.loan && !loan.loan.repaidOn ? loanStage(loan.loan.dueOn, today) : undefined;
      if (!stage || !loan.loan) continue;
      const now = deps.now();
      const event = createEvent(LoanDue, {
        id: newId(now),
        district: deps.district,
        area: loan.area,
        occurredAt: now,
        data: {
          applicationId: loan.id,
          programme: loan.programmeId,
          programmeName: loan.programmeName,
          personId: loan.applicantId,
          area: loan.area,
          amountFen: loan.amountFen ?? 0,
          dueOn: loan.loan.dueOn,
          stage,
        },
      });
      try {
        await writeWithEvents(
          deps.client,
          deps.tableName,
          [
            createPut(deps.tableName, {
              pk: key('APP', loan.id),
              sk: key('LOANDUE', stage),
              entity: 'loan-reminder',
              raisedOn: today,
            }),
          ],
          [event],
        );
        raised++;
      } catch (error) {
        if (failedConditionIndex(error) !== 0) throw error;
      }
    }
    start = out.LastEvaluatedKey;
  } while (start);
  return { loans, raised };
}

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return scheduledJob('remind-loans-due', ({ now }) => remindLoansDue({ ...deps(), now: () => now }));
}

export const handler = createHandler();
