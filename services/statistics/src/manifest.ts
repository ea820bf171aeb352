import { fileURLToPath } from 'node:url';
import { personFactEvents } from '@shequ/contracts';
import type { ServiceManifest } from '@shequ/kit';
import { drillDownRoutes } from './schemas/drill-down.ts';
import { exportRoutes } from './schemas/exports.ts';
import { figuresRoutes } from './schemas/figures.ts';
import { populationRoutes } from './schemas/population.ts';
import { reconciliationRoutes } from './schemas/reconciliation.ts';
import { reportRoutes } from './schemas/reports.ts';

/**
 * Statistics (SPEC §7): the numbers communities now count by hand, kept current by counters that the other
 * services' events move (never a read of their tables), the monthly reports compiled on schedule as dated
 * snapshots with drill-down from district to grid, exports as the offices' spreadsheets, and reconciliation
 * against each service's own count.
 */
export const manifest: ServiceManifest = {
  service: 'statistics',
  srcDir: fileURLToPath(new URL('.', import.meta.url)),
  // gsi1: counters under their parent area and bucket, so a drill-down is one Query.
  table: { name: 'statistics', indexes: ['gsi1'] },
  routes: [...populationRoutes, ...drillDownRoutes, ...figuresRoutes, ...reportRoutes, ...exportRoutes, ...reconciliationRoutes],
  subscriptions: [
    // Person facts and memberships move the same person's partition and area counters: one consumer, in order.
    {
      name: 'count-registry',
      events: [...personFactEvents.map((event) => event.type), 'GroupMembershipChanged'],
      handler: 'handlers/count-registry',
      // An import raises a person event per row: the consumer folds a batch into a few transactions.
      batchSize: 100,
    },
    { name: 'count-certificates', events: ['CertificateIssued'], handler: 'handlers/count-certificates' },
    // Households and their housing hardship: versioned events, one projection per household.
    { name: 'count-households', events: ['HouseholdChanged'], handler: 'handlers/count-households' },
    { name: 'count-benefits', events: ['ApplicationStatusChanged', 'PaymentMade'], handler: 'handlers/count-benefits' },
    {
      name: 'count-volunteer-hours',
      events: ['ActivityHoursCredited', 'VolunteerHoursReviewed'],
      handler: 'handlers/count-volunteer-hours',
    },
    { name: 'count-cases', events: ['CaseStatusChanged'], handler: 'handlers/count-cases' },
    {
      name: 'count-employment-bases',
      events: [
        'EmploymentBaseApplied',
        'EmploymentBaseInspected',
        'EmploymentBasePlaqueGranted',
        'EmploymentBasePlaqueWithdrawn',
        'EmploymentBaseFundsPaid',
        'EmploymentBaseStatisticsFiled',
      ],
      handler: 'handlers/count-employment-bases',
    },
    { name: 'reconcile-population', events: ['PopulationCounted'], handler: 'handlers/reconcile-population' },
  ],
  schedules: [
    {
      name: 'compile-monthly-reports',
      cron: 'cron(0 1 1 * ? *)',
      description:
        '每月 1 日 1:00 编制上月的民政月报表、人口报表和残疾人报表，以及当年截至上月的民政年报表（按区、街道、社区、网格逐级存档）',
      handler: 'jobs/compile-monthly-reports',
      divisionData: true,
    },
    {
      name: 'compile-employment-table',
      cron: 'cron(0 2 10 11 ? *)',
      description: '每年 11 月 10 日 2:00 编制当年残疾人就业基地统计表',
      handler: 'jobs/compile-employment-table',
    },
  ],
};
