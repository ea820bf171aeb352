import { fileURLToPath } from 'node:url';
import type { ServiceManifest } from '@shequ/kit';
import { certificateRoutes } from './schemas/certificates.ts';
import { groupRoutes } from './schemas/groups.ts';
import { householdRoutes } from './schemas/households.ts';
import { importRoutes } from './schemas/imports.ts';
import { legalAdvisorRoutes } from './schemas/legal-advisors.ts';
import { mutualAidYearRoutes } from './schemas/mutual-aid-year.ts';
import { personRoutes } from './schemas/persons.ts';
import { placeRoutes } from './schemas/places.ts';
import { unitRoutes } from './schemas/units.ts';
import { visitRoutes } from './schemas/visits.ts';

/**
 * Registry: places, persons and their life events, households, special groups, home visits,
 * certificates and cards, units in the community, and bulk import of the communities' spreadsheets.
 * Each capability declares its routes next to its schemas.
 */
export const manifest: ServiceManifest = {
  service: 'registry',
  srcDir: fileURLToPath(new URL('.', import.meta.url)),
  table: {
    name: 'registry',
    // Overloaded indexes, keyed by entity-prefixed values: gsi1 lists things by area (persons by
    // community and name, group members, units, certificates, due visits…); gsi2 is for exact lookups
    // (phone blind index, numbers).
    indexes: ['gsi1', 'gsi2'],
  },
  routes: [
    ...personRoutes,
    ...householdRoutes,
    ...groupRoutes,
    ...placeRoutes,
    ...unitRoutes,
    ...mutualAidYearRoutes,
    ...legalAdvisorRoutes,
    ...visitRoutes,
    ...certificateRoutes,
    ...importRoutes,
  ],
  subscriptions: [
    // Imports run in the background, in checkpointed chunks, so 20,000 rows outlast no request timeout.
    { name: 'process-import', events: ['ImportRequested'], handler: 'handlers/process-import' },
  ],
  schedules: [
    {
      name: 'seed-areas',
      // The division data changes rarely; run it by hand after deploying (`pnpm job registry.seed-areas`).
      cron: 'cron(0 3 1 1 ? *)',
      description: '从行政区划数据同步本区的街道和社区（可重复运行，无变化时不写入）',
      handler: 'jobs/seed-areas',
      divisionData: true,
    },
    {
      name: 'raise-overdue-visits',
      cron: 'cron(0 7 * * ? *)',
      description: '每日 7:00 检查走访计划，应走访日期已过且未走访的发出逾期提醒（每个应走访日期只提醒一次）',
      handler: 'jobs/raise-overdue-visits',
    },
    {
      name: 'count-population',
      cron: 'cron(0 3 * * ? *)',
      description: '每日 3:00 清点本区在册人口（按区、街道、社区、网格），发给统计服务核对其人口计数',
      handler: 'jobs/count-population',
    },
  ],
};
