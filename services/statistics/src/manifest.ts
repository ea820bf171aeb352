import { fileURLToPath } from 'node:url';
import type { ServiceManifest } from '@shequ/kit';
import { getPopulation } from './schemas.ts';

/** Statistics: counters kept incrementally from other services' events, and (to come) scheduled reports. */
export const manifest: ServiceManifest = {
  service: 'statistics',
  srcDir: fileURLToPath(new URL('.', import.meta.url)),
  table: { name: 'statistics', indexes: [] },
  routes: [{ route: getPopulation, handler: 'handlers/get-population' }],
  subscriptions: [{ name: 'count-population', events: ['PersonRegistered'], handler: 'handlers/count-population' }],
  schedules: [],
};
