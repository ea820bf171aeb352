import { fileURLToPath } from 'node:url';
import { personFactEvents } from '@shequ/contracts';
import type { ServiceManifest } from '@shequ/kit';
import { activityRoutes } from './schemas/activities.ts';
import { hourRoutes } from './schemas/hours.ts';
import { pairingRoutes } from './schemas/pairing.ts';
import { sharingRoutes } from './schemas/sharing.ts';
import { teamRoutes } from './schemas/teams.ts';
import { volunteerRoutes } from './schemas/volunteers.ts';
import { wishRoutes } from './schemas/wishes.ts';

/**
 * Volunteering: teams and their volunteers, activities with sign-up, waitlist, quotas, attendance and
 * hours, pairing helpers with households in hardship, micro-wishes, and the sharing station with its loans
 * and garden plots.
 */
export const manifest: ServiceManifest = {
  service: 'volunteering',
  srcDir: fileURLToPath(new URL('.', import.meta.url)),
  table: {
    name: 'volunteering',
    // gsi1 lists by area (teams, activities, items, wishes, plots); gsi2 by person (sign-ups, loans, hours).
    indexes: ['gsi1', 'gsi2'],
  },
  routes: [
    ...teamRoutes,
    ...volunteerRoutes,
    ...activityRoutes,
    ...hourRoutes,
    ...pairingRoutes,
    ...wishRoutes,
    ...sharingRoutes,
  ],
  subscriptions: [
    // Names, areas and birth dates come from the registry's events, never from its table.
    {
      name: 'keep-persons',
      events: personFactEvents.map((event) => event.type),
      handler: 'handlers/keep-persons',
      // An import raises a person event per row: the consumer keeps a batch in a few transactions.
      batchSize: 100,
    },
  ],
  schedules: [
    {
      name: 'raise-pairing-visits-due',
      cron: 'cron(30 7 * * ? *)',
      description: '每日 7:30 检查结对帮扶走访，逾期未走访的发出提醒（每个应走访日期只提醒一次）',
      handler: 'jobs/raise-pairing-visits-due',
    },
    {
      name: 'remind-activities',
      cron: 'cron(0 18 * * ? *)',
      description: '每日 18:00 提醒明天活动的已报名参加者（每人每场只提醒一次）',
      handler: 'jobs/remind-activities',
    },
    {
      name: 'release-expired',
      cron: 'cron(0 8 * * ? *)',
      description: '每日 8:00 释放到期未借的预约、提醒逾期未还的共享物品、将认领到期未实现的微心愿退回心愿池',
      handler: 'jobs/release-expired',
    },
  ],
};
