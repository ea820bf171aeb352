import { fileURLToPath } from 'node:url';
import type { ServiceManifest } from '@shequ/kit';
import { getPerson, listPersons, registerPerson } from './schemas.ts';

/** Registry: persons and (to come) households, groups, visits, certificates. */
export const manifest: ServiceManifest = {
  service: 'registry',
  srcDir: fileURLToPath(new URL('.', import.meta.url)),
  table: {
    name: 'registry',
    // gsi1: persons by community and name; gsi2: persons by phone blind index.
    indexes: ['gsi1', 'gsi2'],
  },
  routes: [
    { route: registerPerson, handler: 'handlers/register-person' },
    { route: getPerson, handler: 'handlers/get-person' },
    { route: listPersons, handler: 'handlers/list-persons' },
  ],
  subscriptions: [],
  schedules: [],
};
