export * from './envelope.ts';
export * from './registry/certificates.ts';
export * from './registry/groups.ts';
export * from './registry/households.ts';
export * from './registry/persons.ts';
export * from './registry/places.ts';
export * from './registry/units.ts';
export * from './registry/visits.ts';
