import { fileURLToPath } from 'node:url';
import { personFactEvents } from '@shequ/contracts';
import type { ServiceManifest } from '@shequ/kit';
import { boardRoutes } from './schemas/board.ts';
import { broadcastRoutes } from './schemas/broadcasts.ts';
import { inboxRoutes } from './schemas/inbox.ts';
import { messageRoutes } from './schemas/messages.ts';
import { preferenceRoutes } from './schemas/preferences.ts';
import { templateRoutes } from './schemas/templates.ts';

/**
 * Notifications: every person's inbox, SMS and e-mail behind one channel interface, Chinese templates with
 * typed variables, preferences with quiet hours and a daily limit, messages triggered by the other
 * services' events (each sent at most once per event, recipient and channel), broadcasts to a segment,
 * and the public notice board (公示栏) of each area.
 */
export const manifest: ServiceManifest = {
  service: 'notifications',
  srcDir: fileURLToPath(new URL('.', import.meta.url)),
  table: {
    name: 'notifications',
    // gsi1: deliveries held for quiet hours by release time, and notices by area and posting period.
    indexes: ['gsi1'],
  },
  sendsMessages: true,
  routes: [...inboxRoutes, ...messageRoutes, ...preferenceRoutes, ...templateRoutes, ...broadcastRoutes, ...boardRoutes],
  subscriptions: [
    // Contact details and group memberships are this service's own copy: nothing reads the registry table.
    {
      name: 'keep-contacts',
      events: [...personFactEvents.map((event) => event.type), 'GroupMembershipChanged', 'TeamMembershipChanged'],
      handler: 'handlers/keep-contacts',
      // An import raises a person event per row: the consumer folds a batch into a few transactions.
      batchSize: 100,
    },
    {
      name: 'notify',
      events: [
        'ApplicationStatusChanged',
        'PaymentMade',
        'LoanDue',
        'VisitOverdue',
        'CertificateIssued',
        'ActivitySignUpChanged',
        'ActivityReminderDue',
        'LoanOverdue',
        // The cases service names who takes part in a 五日一周 day and who answers for a case.
        'CivicDayDue',
        'CaseStatusChanged',
        'CaseEscalated',
      ],
      handler: 'handlers/notify',
    },
    // A provider that fails three times in a row is down: park the delivery (marked failed) for a redrive.
    {
      name: 'keep-office-days',
      events: ['OfficeHoursSet', 'CertificateApplied', 'CertificateIssued', 'CertificateRevoked'],
      handler: 'handlers/keep-office-days',
    },
    { name: 'deliver', events: ['DeliveryQueued'], handler: 'handlers/deliver', maxReceiveCount: 3 },
    { name: 'fan-out-broadcast', events: ['BroadcastRequested'], handler: 'handlers/fan-out-broadcast' },
    { name: 'post-notices', events: ['ApplicationStatusChanged', 'CaseOutcomePublished'], handler: 'handlers/post-notices' },
  ],
  schedules: [
    {
      name: 'release-held',
      cron: 'cron(0/15 * * * ? *)',
      description: '每 15 分钟放行免打扰时段结束的短信和邮件（默认 8:00 起）',
      handler: 'jobs/release-held',
    },
    {
      name: 'remind-office-days',
      cron: 'cron(0 17 * * ? *)',
      description: '每日 17:00 提醒明天是三证办理日的社区中、证件尚待办理的居民（每张证件只提醒一次）',
      handler: 'jobs/remind-office-days',
    },
  ],
};
