import { fileURLToPath } from 'node:url';
import { personFactEvents } from '@shequ/contracts';
import type { ServiceManifest } from '@shequ/kit';
import { applicationRoutes } from './schemas/applications.ts';
import { driveRoutes } from './schemas/drives.ts';
import { employmentRoutes } from './schemas/employment.ts';
import { ledgerRoutes } from './schemas/ledger.ts';
import { noticeRoutes } from './schemas/notices.ts';
import { paymentRunRoutes } from './schemas/payment-runs.ts';
import { programmeRoutes } from './schemas/programmes.ts';

/** Events that change what this service knows about a person or household (its eligibility facts). */
export const registryFactEvents = [...personFactEvents.map((event) => event.type), 'GroupMembershipChanged', 'HouseholdChanged'];

/**
 * Subsidies: the programme catalogue, eligibility over facts kept from registry events, applications
 * through review and 三榜公示 to approval, the monthly payment run, the ledger with budgets, donation
 * drives and disabled-employment bases with job openings.
 */
export const manifest: ServiceManifest = {
  service: 'subsidies',
  srcDir: fileURLToPath(new URL('.', import.meta.url)),
  table: {
    name: 'subsidies',
    // gsi1 lists by area (applications of a community by state, payments of a month, drives, bases);
    // gsi2 finds a person's applications (death and moving out end them) and a sub-district's drives.
    indexes: ['gsi1', 'gsi2'],
  },
  routes: [
    ...programmeRoutes,
    ...applicationRoutes,
    ...noticeRoutes,
    ...ledgerRoutes,
    ...paymentRunRoutes,
    ...driveRoutes,
    ...employmentRoutes,
  ],
  subscriptions: [
    // Eligibility is decided on this service's own copy of the registry's facts, never by reading its table.
    // An import raises a person event per row: the consumer keeps a batch in a few transactions.
    { name: 'keep-registry-facts', events: registryFactEvents, handler: 'handlers/keep-registry-facts', batchSize: 100 },
  ],
  schedules: [
    {
      name: 'run-payments',
      // The 5th at 02:00: after the month's changes are in, before the bank's transfer day.
      cron: 'cron(0 2 5 * ? *)',
      description: '每月 5 日 2:00 发放本月补助：每项补助每个周期只发一次，重复运行或中断后重跑都不会重复发放',
      handler: 'jobs/run-payments',
    },
    {
      name: 'remind-loans-due',
      cron: 'cron(0 8 * * ? *)',
      description: '每日 8:00 检查未还清的贷款：到期前 30 天、到期当天和逾期各提醒借款人一次',
      handler: 'jobs/remind-loans-due',
    },
  ],
};
