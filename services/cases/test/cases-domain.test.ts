import { describe, expect, it } from 'vitest';
import { type CaseRecord, escalate, isOverdue, likelyDuplicates, nextLevel } from '../src/domain/cases.ts';
import type { OfficialCalendar } from '../src/domain/civic-calendar.ts';
import { complianceRows } from '../src/domain/compliance.ts';
import { normaliseTopic, topicIdOf } from '../src/domain/topics.ts';

/** Weekends off, nothing else: enough to check the rules without the State Council's notice. */
const weekends: OfficialCalendar = {
  isWorkday: (day) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()),
  knowsYear: () => true,
};

const accepted = (dueOn: string): CaseRecord => ({
  id: 'c1',
  area: '350203006029-03',
  community: '350203006029',
  channel: 'mailbox',
  category: 'environment',
  categoryLabel: '环境卫生',
  topic: '楼道堆物',
  topicId: 'environment:楼道堆物',
  description: '',
  filedBy: 'w',
  filedByRole: 'community-worker',
  filedOn: '2026-03-02',
  filedAt: '2026-03-02T02:00:00.000Z',
  status: 'accepted',
  possibleDuplicates: [],
  level: 'community',
  dueOn,
  escalations: [],
  followUps: [],
  reopenings: 0,
  history: [],
  version: 2,
});

describe('topics', () => {
  it('reads wordings that differ only in spaces, punctuation and width as one topic', () => {
    expect(normaliseTopic(' 楼道　堆物！')).toBe('楼道堆物');
    expect(normaliseTopic('３号楼 Parking')).toBe('3号楼parking');
    expect(topicIdOf('property', '停车 难')).toBe(topicIdOf('property', '停车难'));
  });

  it('flags open cases of the same category whose topics contain one another', () => {
    const others = [
      { id: 'a', category: 'environment', topic: '楼道堆物', status: 'accepted' as const },
      { id: 'b', category: 'environment', topic: '楼道堆物', status: 'closed' as const },
      { id: 'c', category: 'facilities', topic: '楼道堆物', status: 'received' as const },
      { id: 'd', category: 'environment', topic: '垃圾清运', status: 'received' as const },
    ];
    expect(likelyDuplicates({ category: 'environment', topic: '3号楼楼道堆物' }, others)).toEqual(['a']);
  });
});

describe('escalation', () => {
  it('is due the day after the deadline, one level at a time, with five working days more', () => {
    expect(isOverdue(accepted('2026-03-06'), '2026-03-06')).toBe(false);
    expect(escalate(accepted('2026-03-06'), '2026-03-06', 'now', weekends)).toBeUndefined();
    const next = escalate(accepted('2026-03-06'), '2026-03-09', 'now', weekends);
    expect(next).toMatchObject({ level: 'subdistrict', dueOn: '2026-03-16', escalations: [{ overdueSince: '2026-03-07' }] });
    expect(nextLevel('subdistrict')).toBe('district');
    expect(nextLevel('district')).toBe('district');
  });
});

describe('compliance', () => {
  it('counts in-time, late and overdue-open cases per community and category', () => {
    const rows = complianceRows(
      [
        { community: '350203006029', category: 'environment', handledInTime: 3, handledLate: 1 },
        { community: '350203006030', category: 'security', handledInTime: 1, handledLate: 0 },
      ],
      [{ community: '350203006029', category: 'security' }],
      [
        { code: 'security', label: '治安安全', deadlineDays: 3 },
        { code: 'environment', label: '环境卫生', deadlineDays: 5 },
        { code: 'other', label: '其他事项', deadlineDays: 10 },
      ],
    );
    expect(rows.total).toMatchObject({ due: 6, handledInTime: 4, handledLate: 1, overdueOpen: 1, rate: 66.7 });
    expect(rows.byCommunity.map((row) => [row.key, row.rate])).toEqual([
      ['350203006029', 60],
      ['350203006030', 100],
    ]);
    expect(rows.byCategory.map((row) => row.key)).toEqual(['security', 'environment']);
  });
});
