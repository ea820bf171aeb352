/** The registry persons this service keeps from the registry's events (names, areas, birth dates, status). */
export {
  type KeptPerson as PersonRecord,
  keepAllPersonFacts as keepPersons,
  keepPersonFacts as keepPerson,
  keptPerson as personOf,
} from '@shequ/ddb';
