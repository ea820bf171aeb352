import {
  ActivityReminderDue,
  ActivitySignUpChanged,
  ApplicationStatusChanged,
  createEvent,
  type EventEnvelope,
  LoanDue,
  LoanOverdue,
  PersonDeceased,
  TeamMembershipChanged,
} from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../src/domain/preferences.ts';
import { createHandler as cancelAt } from '../src/handlers/cancel-broadcast.ts';
import { createHandler as createBroadcastAt } from '../src/handlers/create-broadcast.ts';
import { createHandler as deliverAt } from '../src/handlers/deliver.ts';
import { createHandler as fanOutAt } from '../src/handlers/fan-out-broadcast.ts';
import { createHandler as getBroadcastAt } from '../src/handlers/get-broadcast.ts';
import { createHandler as statusAt } from '../src/handlers/get-message-status.ts';
import { handler as keepContacts } from '../src/handlers/keep-contacts.ts';
import { createHandler as inboxAt } from '../src/handlers/list-inbox.ts';
import { createHandler as sinkAt } from '../src/handlers/list-sent-messages.ts';
import { createHandler as readAt } from '../src/handlers/mark-message-read.ts';
import { createHandler as notifyAt } from '../src/handlers/notify.ts';
import { releaseHeld } from '../src/jobs/release-held.ts';
import { messageIdFor } from '../src/store/messages.ts';
import { savePreferences } from '../src/store/preferences.ts';
import {
  type Clock,
  call,
  claimsFor,
  createServiceTables,
  knownResident,
  outboxEvents,
  shanghai,
  sqsBatch,
  testDeps,
} from './support.ts';

const community = '350203006029';
const clock: Clock = { now: shanghai('2027-01-08', '10:00') };
const { deps, sms } = testDeps(clock);
const notify = notifyAt(deps);
const deliver = deliverAt(deps);
const inbox = inboxAt(deps);
const read = readAt(deps);
const status = statusAt(deps);
const sink = sinkAt(deps);
const createBroadcast = createBroadcastAt(deps);
const getBroadcast = getBroadcastAt(deps);
const cancel = cancelAt(deps);
const worker = claimsFor('community-worker', [community]);
const admin = claimsFor('district-admin', ['350203']);

function posted(personId: string, round = 1): EventEnvelope {
  return createEvent(ApplicationStatusChanged, {
    id: newId(),
    district: '350203',
    area: `${community}-03`,
    occurredAt: clock.now,
    data: {
      applicationId: newId(),
      programme: 'dibao',
      programmeName: '最低生活保障（低保）',
      personId,
      area: `${community}-03`,
      from: (round === 1 ? 'community-review' : `notice-${round - 1}`) as 'community-review',
      to: `notice-${round}` as 'notice-1',
      command: round === 1 ? 'post-notice' : 'close-notice',
      by: 'worker',
      round,
      postedOn: '2027-01-08',
      lastDay: '2027-01-14',
      amountFen: 32_000,
    },
  });
}

/** Delivers every DeliveryQueued the outbox holds for a message, as the deliver queue would. */
async function deliverQueued(messageId: string) {
  const queued = await outboxEvents('notifications', 'DeliveryQueued', { messageId });
  return deliver(sqsBatch(queued));
}

async function sinkFor(messageId: string) {
  const all = await call(sink, 'GET', '/notifications/sink', { claims: admin, query: { channel: 'sms' } });
  return all.json.items.filter((item: { deliveryId: string }) => item.deliveryId.startsWith(messageId));
}

const residentClaims = (personId: string) => claimsFor('resident', [], { person: personId });

beforeAll(async () => {
  await createServiceTables();
});

describe('messages from events', () => {
  it('tells the applicant once even when the event is delivered twice, in the inbox and by SMS', async () => {
    clock.now = shanghai('2027-01-08', '10:00');
    const person = await knownResident({ name: '林秀英', phone: '13912345678' });
    const event = posted(person.personId);
    expect((await notify(sqsBatch([event, event]))).batchItemFailures).toEqual([]);
    expect((await notify(sqsBatch([event]))).batchItemFailures).toEqual([]);

    const box = await call(inbox, 'GET', '/notifications/inbox', { claims: residentClaims(person.personId) });
    expect(box.json.unread).toBe(1);
    expect(box.json.items).toHaveLength(1);
    expect(box.json.items[0]).toMatchObject({
      title: '申请进入公示',
      body: '林秀英，您的「最低生活保障（低保）」申请已进入第一榜公示，公示期至 2027年1月14日。',
      read: false,
    });

    const messageId = messageIdFor(event.id, `person:${person.personId}`);
    await deliverQueued(messageId);
    await deliverQueued(messageId);
    const sent = await sinkFor(messageId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: '139****5678', title: '申请进入公示' });
    const state = await call(status, 'GET', '/notifications/messages/{id}', {
      params: { id: messageId },
      claims: residentClaims(person.personId),
    });
    expect(state.json.deliveries).toEqual([expect.objectContaining({ channel: 'sms', status: 'sent', attempts: 1 })]);
  });

  it('holds a message created at 23:00 until 08:00, then sends it once', async () => {
    const person = await knownResident({ name: '陈国强' });
    clock.now = shanghai('2027-01-08', '23:00');
    const event = posted(person.personId);
    await notify(sqsBatch([event]));
    const messageId = messageIdFor(event.id, `person:${person.personId}`);
    const held = await call(status, 'GET', '/notifications/messages/{id}', { params: { id: messageId }, claims: worker });
    expect(held.json.deliveries[0]).toMatchObject({ status: 'held', holdUntil: shanghai('2027-01-09', '08:00').toISOString() });
    expect(await outboxEvents('notifications', 'DeliveryQueued', { messageId })).toHaveLength(0);

    clock.now = shanghai('2027-01-09', '07:59');
    expect(await releaseHeld(deps())).toEqual({ released: 0 });
    clock.now = shanghai('2027-01-09', '08:00');
    expect((await releaseHeld(deps())).released).toBeGreaterThanOrEqual(1);
    expect(await releaseHeld(deps())).toEqual({ released: 0 });
    await deliverQueued(messageId);
    expect(await sinkFor(messageId)).toHaveLength(1);
  });

  it('an SMS gateway failing three times parks the delivery as failed; after it recovers a redrive sends it once', async () => {
    clock.now = shanghai('2027-01-10', '10:00');
    const person = await knownResident({ name: '王丽华' });
    const event = posted(person.personId);
    await notify(sqsBatch([event]));
    const messageId = messageIdFor(event.id, `person:${person.personId}`);
    sms.failures = 3;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const result = await deliverQueued(messageId);
      expect(result.batchItemFailures).toHaveLength(1);
    }
    const failed = await call(status, 'GET', '/notifications/messages/{id}', { params: { id: messageId }, claims: worker });
    expect(failed.json.deliveries[0]).toMatchObject({ status: 'failed', attempts: 3, lastError: 'SMS gateway unavailable' });
    expect(await sinkFor(messageId)).toHaveLength(0);

    // The gateway is back; the parked event is redriven (twice, even): one SMS.
    expect((await deliverQueued(messageId)).batchItemFailures).toEqual([]);
    expect((await deliverQueued(messageId)).batchItemFailures).toEqual([]);
    expect(await sinkFor(messageId)).toHaveLength(1);
    const sent = await call(status, 'GET', '/notifications/messages/{id}', { params: { id: messageId }, claims: worker });
    expect(sent.json.deliveries[0]).toMatchObject({ status: 'sent', attempts: 4 });
  });

  it('keeps to the daily limit: beyond it the inbox still gets the message, the SMS is suppressed', async () => {
    clock.now = shanghai('2027-01-11', '10:00');
    const person = await knownResident({ name: '李明' });
    await savePreferences(deps(), `person:${person.personId}`, { ...DEFAULT_PREFERENCES, dailyLimit: 1 }, 0);
    const first = posted(person.personId, 1);
    const second = posted(person.personId, 2);
    await notify(sqsBatch([first, second]));
    const statusOf = async (event: EventEnvelope) =>
      (
        await call(status, 'GET', '/notifications/messages/{id}', {
          params: { id: messageIdFor(event.id, `person:${person.personId}`) },
          claims: worker,
        })
      ).json.deliveries[0];
    expect(await statusOf(first)).toMatchObject({ status: 'queued' });
    expect(await statusOf(second)).toMatchObject({ status: 'suppressed', suppressedReason: 'daily-limit' });
    const box = await call(inbox, 'GET', '/notifications/inbox', { claims: residentClaims(person.personId) });
    expect(box.json.items).toHaveLength(2);
  });

  it('marks a message read once; nobody else can mark it', async () => {
    const person = await knownResident({ name: '周建国' });
    const event = posted(person.personId);
    await notify(sqsBatch([event]));
    const messageId = messageIdFor(event.id, `person:${person.personId}`);
    const mine = residentClaims(person.personId);
    expect(
      (await call(read, 'POST', '/notifications/inbox/{id}/read', { params: { id: messageId }, claims: mine })).json,
    ).toEqual({ unread: 0 });
    expect(
      (await call(read, 'POST', '/notifications/inbox/{id}/read', { params: { id: messageId }, claims: mine })).json,
    ).toEqual({ unread: 0 });
    const stranger = residentClaims(newId());
    expect(
      (await call(read, 'POST', '/notifications/inbox/{id}/read', { params: { id: messageId }, claims: stranger })).status,
    ).toBe(404);
    expect(
      (await call(status, 'GET', '/notifications/messages/{id}', { params: { id: messageId }, claims: stranger })).status,
    ).toBe(403);
  });

  it('lists only the unread messages when asked, so the inbox can show them first', async () => {
    const person = await knownResident({ name: '郑美华' });
    const first = posted(person.personId, 1);
    const second = posted(person.personId, 2);
    await notify(sqsBatch([first, second]));
    const mine = residentClaims(person.personId);
    const readId = messageIdFor(first.id, `person:${person.personId}`);
    await call(read, 'POST', '/notifications/inbox/{id}/read', { params: { id: readId }, claims: mine });
    const all = await call(inbox, 'GET', '/notifications/inbox', { claims: mine });
    expect(all.json.items).toHaveLength(2);
    const unread = await call(inbox, 'GET', '/notifications/inbox', { query: { unread: 'true' }, claims: mine });
    expect(unread.json.items.map((entry: { messageId: string }) => entry.messageId)).toEqual([
      messageIdFor(second.id, `person:${person.personId}`),
    ]);
    expect(unread.json.unread).toBe(1);
  });

  it('reminds a borrower that a loan is coming due', async () => {
    clock.now = shanghai('2029-02-01', '08:00');
    const borrower = await knownResident({ name: '黄秀梅' });
    const due = createEvent(LoanDue, {
      id: newId(),
      district: '350203',
      area: `${community}-03`,
      data: {
        applicationId: newId(),
        programme: 'happiness-project',
        programmeName: '幸福工程贷款',
        personId: borrower.personId,
        area: `${community}-03`,
        amountFen: 500_000,
        dueOn: '2029-03-01',
        stage: 'due-soon',
      },
    });
    await notify(sqsBatch([due]));
    const box = await call(inbox, 'GET', '/notifications/inbox', { claims: residentClaims(borrower.personId) });
    expect(box.json.items[0]).toMatchObject({
      title: '贷款还款提醒',
      body: '黄秀梅，您的「幸福工程贷款」5000.00 元 即将到期（到期日 2029年3月1日），请按时归还；有困难请联系社区。',
    });
  });

  it('tells a resident promoted from a waitlist, and a borrower whose shared item is overdue', async () => {
    clock.now = shanghai('2027-05-04', '10:00');
    const resident = await knownResident({ name: '郑阿姨' });
    const promoted = createEvent(ActivitySignUpChanged, {
      id: newId(),
      district: '350203',
      area: community,
      data: {
        activityId: newId(),
        personId: resident.personId,
        community,
        kind: 'free-clinic',
        title: '周四上午义诊',
        place: '社区卫生服务站',
        day: '2027-05-06',
        change: 'promoted',
        by: 'worker',
      },
    });
    const overdue = createEvent(LoanOverdue, {
      id: newId(),
      district: '350203',
      area: `${community}-03`,
      data: {
        loanId: newId(),
        itemId: newId(),
        itemName: '电钻',
        area: `${community}-03`,
        personId: resident.personId,
        dueOn: '2027-05-01',
        daysOverdue: 3,
      },
    });
    await notify(sqsBatch([promoted, overdue]));
    const box = await call(inbox, 'GET', '/notifications/inbox', { claims: residentClaims(resident.personId) });
    expect(box.json.items.map((m: { body: string }) => m.body).sort()).toEqual([
      '郑阿姨，您在共享驿站借用的「电钻」应于 2027年5月1日 归还，已逾期 3 天。归还前不能再借用或预约其他物品。',
      '郑阿姨，有人取消，您已由候补转为正式报名：周四上午义诊，2027年5月6日 在社区卫生服务站。如不能参加请及时取消，把名额留给他人。',
    ]);
  });

  it('reminds a participant of tomorrow’s activity at its local time and place', async () => {
    clock.now = shanghai('2027-05-05', '18:00');
    const resident = await knownResident({ name: '冯大爷' });
    const reminder = createEvent(ActivityReminderDue, {
      id: newId(),
      district: '350203',
      area: community,
      data: {
        activityId: newId(),
        personId: resident.personId,
        community,
        title: '健康讲座',
        startsAt: '2027-05-06T15:00:00+08:00',
        place: '社区活动室',
        day: '2027-05-06',
      },
    });
    await notify(sqsBatch([reminder, reminder]));
    const box = await call(inbox, 'GET', '/notifications/inbox', { claims: residentClaims(resident.personId) });
    expect(box.json.items).toEqual([
      expect.objectContaining({ body: '冯大爷，您报名的健康讲座在明天 15:00，地点：社区活动室。如不能参加请及时取消。' }),
    ]);
  });

  it('sends nothing by SMS to someone without a phone, and nothing at all to the dead', async () => {
    clock.now = shanghai('2027-01-12', '10:00');
    const noPhone = await knownResident({ phone: null });
    const event = posted(noPhone.personId);
    await notify(sqsBatch([event]));
    const state = await call(status, 'GET', '/notifications/messages/{id}', {
      params: { id: messageIdFor(event.id, `person:${noPhone.personId}`) },
      claims: worker,
    });
    expect(state.json).toMatchObject({ channels: ['in-app'], deliveries: [] });

    const departed = await knownResident({ name: '孙爷爷' });
    const death = createEvent(PersonDeceased, {
      id: newId(),
      district: '350203',
      area: departed.area,
      data: { ...departed, dateOfDeath: '2027-01-11' },
    });
    await keepContacts(sqsBatch([death]));
    await notify(sqsBatch([posted(departed.personId)]));
    const box = await call(inbox, 'GET', '/notifications/inbox', { claims: residentClaims(departed.personId) });
    expect(box.json.items).toEqual([]);
  });
});

describe('broadcasts', () => {
  it('reaches every member of the segment once, and reports what was sent', async () => {
    clock.now = shanghai('2027-02-01', '10:00');
    const area = '350203006030-01';
    const members = await Promise.all(Array.from({ length: 7 }, () => knownResident({ area, groups: ['disabled'] })));
    await knownResident({ area, groups: ['dibao'] });
    const created = await call(createBroadcast, 'POST', '/notifications/broadcasts', {
      claims: claimsFor('community-worker', ['350203006030']),
      body: {
        community: '350203006030',
        group: 'disabled',
        title: '助残活动通知',
        body: '本周六上午在社区服务站开展助残义诊，欢迎参加。',
      },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(202);
    expect(created.json.audience).toBe(7);
    // Pages of 3 and no time to spare: the fan-out carries itself on by new events; each is delivered twice.
    const fanOut = fanOutAt(deps, { pageSize: 3, budgetMs: -1 });
    const handled = new Set<string>();
    for (let round = 0; round < 10; round++) {
      const pending = (await outboxEvents('notifications', 'BroadcastRequested', { broadcastId: created.json.id })).filter(
        (e) => !handled.has(e.id),
      );
      if (pending.length === 0) break;
      for (const event of pending) handled.add(event.id);
      await fanOut(sqsBatch(pending));
      await fanOut(sqsBatch(pending));
    }
    expect(handled.size).toBeGreaterThan(1);
    for (const member of members) {
      const box = await call(inbox, 'GET', '/notifications/inbox', { claims: residentClaims(member.personId) });
      expect(box.json.items.map((m: { title: string }) => m.title)).toEqual(['助残活动通知']);
      await deliverQueued(messageIdFor(`broadcast:${created.json.id}`, `person:${member.personId}`));
    }
    const report = await call(getBroadcast, 'GET', '/notifications/broadcasts/{id}', {
      params: { id: created.json.id },
      claims: claimsFor('community-worker', ['350203006030']),
    });
    expect(report.json).toMatchObject({ status: 'done', report: { recipients: 7, sms: { sent: 7, queued: 0, failed: 0 } } });
  });

  it('counts every delivery of a broadcast when they are all sent at the same moment', async () => {
    clock.now = shanghai('2027-02-02', '10:00');
    const area = '350203006004-01';
    const members = await Promise.all(Array.from({ length: 6 }, () => knownResident({ area, groups: ['disabled'] })));
    const created = await call(createBroadcast, 'POST', '/notifications/broadcasts', {
      claims: claimsFor('community-worker', ['350203006004']),
      body: { community: '350203006004', group: 'disabled', title: '寒潮提醒', body: '今晚降温，请注意保暖。' },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(202);
    await fanOutAt(deps)(sqsBatch(await outboxEvents('notifications', 'BroadcastRequested', { broadcastId: created.json.id })));
    // Each delivery moves the broadcast's one report item as it goes: all six at once conflict on it.
    await Promise.all(
      members.map((member) => deliverQueued(messageIdFor(`broadcast:${created.json.id}`, `person:${member.personId}`))),
    );
    const report = await call(getBroadcast, 'GET', '/notifications/broadcasts/{id}', {
      params: { id: created.json.id },
      claims: claimsFor('community-worker', ['350203006004']),
    });
    expect(report.json.report).toEqual({
      recipients: 6,
      sms: { queued: 0, held: 0, sending: 0, sent: 6, failed: 0, suppressed: 0 },
    });
  });

  it('reaches all volunteers of a team, as volunteering reports who joined and left', async () => {
    clock.now = shanghai('2027-02-02', '10:00');
    const teamId = newId();
    const area = '350203006033-01';
    const volunteers = await Promise.all(Array.from({ length: 3 }, () => knownResident({ area })));
    const membership = (personId: string, change: 'joined' | 'left') =>
      createEvent(TeamMembershipChanged, {
        id: newId(),
        district: '350203',
        area: '350203006033',
        data: { teamId, community: '350203006033', volunteerId: newId(), personId, change, by: 'worker' },
      });
    await keepContacts(sqsBatch(volunteers.map((v) => membership(v.personId, 'joined'))));
    clock.now = shanghai('2027-02-02', '10:05');
    await keepContacts(sqsBatch([membership(volunteers[2]?.personId as string, 'left')]));
    const claims = claimsFor('community-worker', ['350203006033']);
    const created = await call(createBroadcast, 'POST', '/notifications/broadcasts', {
      claims,
      body: { community: '350203006033', group: `team-${teamId}`, title: '巡逻排班', body: '本周六晚上 7 点社区门口集合。' },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(202);
    await fanOutAt(deps)(sqsBatch(await outboxEvents('notifications', 'BroadcastRequested', { broadcastId: created.json.id })));
    const report = await call(getBroadcast, 'GET', '/notifications/broadcasts/{id}', { params: { id: created.json.id }, claims });
    expect(report.json.report.recipients).toBe(2);
  });

  it('a cancelled broadcast writes nothing more and sends nothing not yet sent', async () => {
    const area = '350203006031-01';
    const members = await Promise.all(Array.from({ length: 3 }, () => knownResident({ area, groups: ['disabled'] })));
    const claims = claimsFor('community-worker', ['350203006031']);
    const created = await call(createBroadcast, 'POST', '/notifications/broadcasts', {
      claims,
      body: { community: '350203006031', group: 'disabled', title: '停水通知', body: '明日停水。' },
    });
    expect(
      (await call(cancel, 'POST', '/notifications/broadcasts/{id}/cancel', { params: { id: created.json.id }, claims })).json
        .status,
    ).toBe('cancelled');
    await fanOutAt(deps)(sqsBatch(await outboxEvents('notifications', 'BroadcastRequested', { broadcastId: created.json.id })));
    for (const member of members) {
      const box = await call(inbox, 'GET', '/notifications/inbox', { claims: residentClaims(member.personId) });
      expect(box.json.items).toEqual([]);
    }
    const again = await call(cancel, 'POST', '/notifications/broadcasts/{id}/cancel', {
      params: { id: created.json.id },
      claims,
    });
    expect(again.status).toBe(409);
    expect(
      (
        await call(createBroadcast, 'POST', '/notifications/broadcasts', {
          claims,
          body: { community: '350203006029', group: 'disabled', title: 'x', body: 'y' },
        })
      ).status,
    ).toBe(403);
  });
});
