import {
  ActivityHoursCredited,
  CaseStatusChanged,
  createEvent,
  type EventEnvelope,
  VolunteerHoursReviewed,
} from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { createHandler as countCasesAt } from '../src/handlers/count-cases.ts';
import { createHandler as countHoursAt } from '../src/handlers/count-volunteer-hours.ts';
import { flowBucket, readCounter } from '../src/store/counters.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../src/store/deps.ts';

const deps = (): StatisticsDeps => ({ ...defaultStatisticsDeps(), now: () => new Date('2026-05-20T02:00:00Z') });
const countHours = countHoursAt(deps);
const countCases = countCasesAt(deps);

async function deliver(handler: (event: SQSEvent) => Promise<SQSBatchResponse>, ...events: EventEnvelope[]): Promise<void> {
  expect((await handler(sqsBatch(events))).batchItemFailures).toEqual([]);
}

const credited = (community: string, day: string, hours: number) =>
  createEvent(ActivityHoursCredited, {
    id: newId(),
    district: '350203',
    area: community,
    data: { volunteerId: newId(), activityId: newId(), community, day, month: day.slice(0, 7), hours },
  });

const reviewed = (community: string, date: string, hours: number, decision: 'approved' | 'rejected') =>
  createEvent(VolunteerHoursReviewed, {
    id: newId(),
    district: '350203',
    area: community,
    data: { volunteerId: newId(), logId: newId(), community, date, hours, decision, by: 'worker' },
  });

function caseStep(
  area: string,
  from: 'received' | 'accepted' | undefined,
  to: 'received' | 'accepted' | 'handled',
  on: string,
  inTime?: boolean,
) {
  return createEvent(CaseStatusChanged, {
    id: newId(),
    district: '350203',
    area,
    data: {
      caseId: newId(),
      area,
      ...(from ? { from } : {}),
      to,
      category: 'environment',
      categoryLabel: '环境卫生',
      topic: '楼道堆物',
      level: 'community',
      ...(inTime === undefined ? {} : { handledInTime: inTime }),
      by: 'worker',
      on,
    },
  });
}

beforeAll(async () => {
  await createServiceTables();
});

describe('volunteer hours', () => {
  it('counts credited activity hours and approved self-logged hours in the month served, each event once', async () => {
    const community = '350203006029';
    const events = [
      credited(community, '2026-05-03', 2.5),
      credited(community, '2026-05-31', 1),
      reviewed(community, '2026-05-10', 1.5, 'approved'),
      reviewed(community, '2026-05-11', 3, 'rejected'),
      credited(community, '2026-06-01', 4),
    ];
    await deliver(countHours, ...events);
    await deliver(countHours, ...events.slice(0, 3));
    expect(await readCounter(deps(), community, flowBucket('2026-05'))).toEqual({ 'volunteer:minutes': 300 });
    expect(await readCounter(deps(), '350203', flowBucket('2026-05'))).toEqual({ 'volunteer:minutes': 300 });
    expect(await readCounter(deps(), '350203006', flowBucket('2026-06'))).toEqual({ 'volunteer:minutes': 240 });
  });
});

describe('cases', () => {
  it('counts cases filed, handled and handled by the deadline in the month of the step, each event once', async () => {
    const grid = '350203006030-02';
    const events = [
      caseStep(grid, undefined, 'received', '2026-05-02'),
      caseStep(grid, undefined, 'received', '2026-05-03'),
      caseStep(grid, 'received', 'accepted', '2026-05-03'),
      caseStep(grid, 'accepted', 'handled', '2026-05-08', true),
      caseStep(grid, 'accepted', 'handled', '2026-05-20', false),
      caseStep(grid, 'accepted', 'handled', '2026-05-21', true),
    ];
    await deliver(countCases, ...events);
    await deliver(countCases, events[3] as EventEnvelope);
    for (const area of [grid, '350203006030']) {
      expect(await readCounter(deps(), area, flowBucket('2026-05'))).toEqual({
        'cases:filed': 2,
        'cases:handled': 3,
        'cases:handledInTime': 2,
      });
    }
  });
});
