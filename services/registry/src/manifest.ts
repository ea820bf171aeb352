import { fileURLToPath } from 'node:url';
import type { ServiceManifest } from '@shequ/kit';
import { certificateRoutes } from './schemas/certificates.ts';
import { groupRoutes } from './schemas/groups.ts';
import { householdRoutes } from './schemas/households.ts';
import { importRoutes } from './schemas/imports.ts';
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
    ...visitRoutes,
    ...certificateRoutes,
    ...importRoutes,
  ],
  subscriptions: [],
  schedules: [],
};
