import { type CertificateType, createEvent, OfficeHoursSet, type VisitFrequency, type VisitKind } from '@shequ/contracts';
import { getItem, key, newId, writeWithEvents } from '@shequ/ddb';
import * as divisions from '@shequ/divisions';
import { communitiesOf, requireDistrict, subdistrictsOf } from '@shequ/divisions';
import { Conflict, sharedObjectStore } from '@shequ/kit';
import { ageOn, withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import { type GroupName, groupNames } from '@shequ/registry/domain/groups';
import { defaultGridName, describeOfficeHours } from '@shequ/registry/domain/places';
import { addDays } from '@shequ/registry/domain/visits';
import { applyForCertificate, type CertificateRecord, issueCertificate } from '@shequ/registry/store/certificates';
import { defaultRegistryDeps, type RegistryDeps } from '@shequ/registry/store/deps';
import { planJoinsOfNewPerson } from '@shequ/registry/store/groups';
import { householdIdOf, planHousehold } from '@shequ/registry/store/households';
import { createImport, processImport } from '@shequ/registry/store/import-processing';
import { defaultImportSettings } from '@shequ/registry/store/imports';
import { claimantsOf, type PersonRecord, planRegistration } from '@shequ/registry/store/persons';
import {
  createBuilding,
  createFacility,
  defineGrid,
  listFacilities,
  putCommunitySetting,
  seedDistrictAreas,
} from '@shequ/registry/store/places';
import { registerUnit } from '@shequ/registry/store/units';
import { recordVisit, setVisitPlan } from '@shequ/registry/store/visits';
import { gridWorkerOf } from './demo/accounts.ts';
import { type PlannedUnit, putUnits } from './demo/bulk-write.ts';
import {
  FEATURED_COMMUNITY,
  FEATURED_SUBDISTRICT,
  featuredFacilities,
  featuredGrids,
  featuredLegalAdvisor,
  featuredOfficeHours,
  featuredUnits,
  lightGridFocuses,
} from './demo/places.ts';
import { type DemoHousehold, type DemoPerson, featuredRegister, lightResidents } from './demo/population.ts';
import { Random } from './demo/random.ts';

export { DEMO_ACCOUNTS, type DemoAccount, resolveDemoAccounts } from './demo/accounts.ts';

const ACTOR = 'demo-loader';
/** Residents of each community other than 小学社区, on its first four grids. */
const LIGHT_PER_COMMUNITY = 4;
/** Transactions in flight at once: DynamoDB Local on two cores gains little beyond this. */
const CONCURRENCY = 4;

/** What a worker of 小学社区 finds in the demo. */
export interface FeaturedSummary {
  community: string;
  name: string;
  households: number;
  /** Active persons, the import's included: what `GET /statistics/population` counts. */
  persons: number;
  migrants: number;
  elderly60plus: number;
  women15to49: number;
  /** Members of each special group. */
  groups: Record<GroupName, number>;
  visitPlans: { dueToday: number; overdue: number; later: number };
  visits: number;
  certificates: { waiting: number; issued: number };
  import: { rows: number; created: number; failed: number };
}

export interface DemoSummary {
  district: string;
  subdistricts: number;
  communities: number;
  /** Residents of the whole district. */
  persons: number;
  disabled: number;
  households: number;
  featured: FeaturedSummary;
  /** How long loading took. */
  loadMs: number;
  /** The store held the demo already and nothing was written; the figures are those of the first load. */
  alreadyLoaded: boolean;
}

export interface DemoOptions {
  /** Where to write; the registry's own deps from the environment by default. */
  deps?: RegistryDeps;
  /** Residents of 小学社区's register before the import adds its rows; default 3,000. */
  featuredResidents?: number;
  /** Told the time each step took (places, generate, register, grants, work, import), for a progress line. */
  onStep?: (step: string, ms: number) => void;
}

const markerKey = (district: string) => ({ pk: key('DEMO', district), sk: 'DEMO' });

/**
 * The demo district: its real sub-districts and communities; 小学社区 (350203006029) with six named grids,
 * buildings, facilities, office hours, a legal advisor, units and a register of about 3,000 residents in
 * households across every special group, visit plans due today and overdue, diary entries, certificates
 * waiting for an office day and a finished import with its error rows; a few residents in every other
 * community. Everything goes through the registry's own store code (encrypted, audited, with its events),
 * many registrations to a transaction, so every consumer sees it as real data. The same seed gives the same
 * people every time; a store that already holds the demo (its marker item) is left as it is.
 */
export async function loadDemoData(district: string, options: DemoOptions = {}): Promise<DemoSummary> {
  const started = performance.now();
  const deps = options.deps ?? defaultRegistryDeps();
  let stepStarted = started;
  const step = (name: string) => {
    const at = performance.now();
    options.onStep?.(name, Math.round(at - stepStarted));
    stepStarted = at;
  };
  requireDistrict(district);
  const stored = await getItem<{ summary: DemoSummary }>(deps, markerKey(district), true);
  if (stored) return { ...stored.summary, alreadyLoaded: true };

  await seedDistrictAreas(deps, district, divisions);
  const subdistricts = subdistrictsOf(district);
  const communities = subdistricts.flatMap((subdistrict) => communitiesOf(subdistrict.code).map((community) => community.code));
  const hasFeatured = communities.includes(FEATURED_COMMUNITY);
  const now = deps.now();
  const year = Number(new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 4));

  await loadPlaces(deps, communities, hasFeatured);
  step('地区、网格、楼栋和设施');
  const register = hasFeatured ? featuredRegister(year, options.featuredResidents) : { households: [], persons: [] };
  const light = lightResidents(
    district,
    communities.filter((code) => code !== FEATURED_COMMUNITY),
    year,
    LIGHT_PER_COMMUNITY,
    register.persons.map((person) => person.citizenId),
  ).map((person) => (person.area.startsWith(FEATURED_SUBDISTRICT) ? person : { ...person, area: person.area.slice(0, 12) }));
  step('生成居民');
  const registered = await registerAll(deps, register.households, light);
  step('登记居民、户和特殊群体');
  await grantHouseholdGroups(deps, register.households, registered);
  step('低保和特困');

  let work: Work = { visitPlans: { dueToday: 0, overdue: 0, later: 0 }, visits: 0, certificates: { waiting: 0, issued: 0 } };
  let imported = { rows: 0, created: 0, failed: 0, persons: [] as DemoPerson[] };
  if (hasFeatured) {
    work = await loadWork(deps, register.persons, registered);
    step('走访计划、民情日记和证照');
    imported = await loadImport(deps, year, register.persons);
    step('一次导入示例');
  }

  const featuredPersons = [...register.persons, ...imported.persons];
  const groups = Object.fromEntries(groupNames.map((group) => [group, 0])) as Record<GroupName, number>;
  for (const person of featuredPersons) for (const membership of person.groups) groups[membership.group]++;
  for (const household of register.households) if (household.grant) groups[household.grant.group] += household.members.length;
  const everyone = [...featuredPersons, ...light];
  const summary: DemoSummary = {
    district,
    subdistricts: subdistricts.length,
    communities: communities.length,
    persons: everyone.length,
    disabled: everyone.filter((person) => person.groups.some((membership) => membership.group === 'disabled')).length,
    households: register.households.length,
    featured: {
      community: FEATURED_COMMUNITY,
      name: communitiesOf(FEATURED_SUBDISTRICT).find((found) => found.code === FEATURED_COMMUNITY)?.name ?? FEATURED_COMMUNITY,
      households: register.households.length,
      persons: featuredPersons.length,
      migrants: featuredPersons.filter((person) => person.residence === 'migrant').length,
      elderly60plus: featuredPersons.filter((person) => ageOn(person.birthDate, now) >= 60).length,
      women15to49: featuredPersons.filter(
        (person) => person.sex === 'female' && ageOn(person.birthDate, now) >= 15 && ageOn(person.birthDate, now) <= 49,
      ).length,
      groups,
      ...work,
      import: { rows: imported.rows, created: imported.created, failed: imported.failed },
    },
    loadMs: Math.round(performance.now() - started),
    alreadyLoaded: false,
  };
  const marker = { ...markerKey(district), entity: 'demo-marker', summary, loadedAt: now.toISOString() };
  await writeWithEvents(deps.client, deps.tableName, [{ Put: { TableName: deps.tableName, Item: marker } }], []);
  return summary;
}

/** Runs `work` over `items`, `limit` at a time. */
async function eachLimit<T>(items: readonly T[], limit: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** A write refused because the record is there already (a load that stopped part-way and runs again). */
async function unlessExists(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
  }
}

/**
 * 小学社区's grids, buildings, facilities, office hours, legal advisor and units; four numbered grids in
 * every other community; office hours and the same legal advisor for the rest of 鹭江街道.
 */
async function loadPlaces(deps: RegistryDeps, communities: readonly string[], hasFeatured: boolean): Promise<void> {
  const grids: {
    community: string;
    number: number;
    name?: string;
    focus: (typeof lightGridFocuses)[number];
    leaderName?: string;
    leaderPhone?: string;
  }[] = [];
  // Only 鹭江街道's communities get grids: elsewhere the demo stays light and its residents belong to the community.
  for (const community of communities.filter((code) => code.startsWith(FEATURED_SUBDISTRICT))) {
    if (community === FEATURED_COMMUNITY) {
      for (const grid of featuredGrids) grids.push({ community, ...grid });
    } else {
      for (let number = 1; number <= 4; number++) {
        grids.push({ community, number, name: defaultGridName(number), focus: lightGridFocuses[number - 1] ?? 'other' });
      }
    }
  }
  await eachLimit(grids, CONCURRENCY * 2, ({ community, number, name, focus, leaderName, leaderPhone }) =>
    unlessExists(() =>
      defineGrid(
        deps,
        community,
        {
          number,
          focus,
          ...(name ? { name } : {}),
          ...(leaderName ? { leaderName } : {}),
          ...(leaderPhone ? { leaderPhone } : {}),
        },
        ACTOR,
      ),
    ),
  );

  const lujiang = communities.filter((code) => code.startsWith(FEATURED_SUBDISTRICT));
  await eachLimit(lujiang, CONCURRENCY, async (community) => {
    // The Saturday duty is 小学社区's own; the other communities keep the plain hours.
    const { note: _saturday, ...plain } = featuredOfficeHours;
    const officeHours = community === FEATURED_COMMUNITY ? featuredOfficeHours : plain;
    // Notifications reminds residents of the certificate office days from this event, as when a worker sets them.
    const event = createEvent(OfficeHoursSet, {
      id: newId(deps.now()),
      district: deps.district,
      area: community,
      occurredAt: deps.now(),
      data: {
        community,
        openDays: officeHours.openDays,
        certificateOfficeDays: officeHours.certificateOfficeDays,
        summary: describeOfficeHours(officeHours),
        version: 1,
      },
    });
    await unlessExists(() => putCommunitySetting(deps, community, 'OFFICEHOURS', officeHours, undefined, ACTOR, [event]));
    await unlessExists(() => putCommunitySetting(deps, community, 'LEGALADVISOR', featuredLegalAdvisor, undefined, ACTOR));
  });

  if (!hasFeatured) return;
  const community = FEATURED_COMMUNITY;
  const buildings = featuredGrids.flatMap((grid) =>
    grid.buildings.map((building) => ({
      name: building.name,
      grid: `${community}-${String(grid.number).padStart(2, '0')}`,
      floors: building.floors,
      households: building.floors * building.perFloor,
      address: building.address,
    })),
  );
  await eachLimit(buildings, CONCURRENCY * 2, (building) => unlessExists(() => createBuilding(deps, community, building, ACTOR)));
  const existing = await listFacilities(deps, community, { limit: 1 });
  if (existing.items.length === 0) {
    for (const { stations, ...facility } of featuredFacilities) {
      const home = await createFacility(deps, community, facility, ACTOR);
      for (const station of stations ?? []) {
        await createFacility(deps, community, { ...station, kind: 'silver-age-station', parentId: home.id }, ACTOR);
      }
    }
  }
  await eachLimit(featuredUnits, CONCURRENCY, ({ grid, ...unit }) =>
    unlessExists(() => registerUnit(deps, { ...unit, area: `${community}-${String(grid).padStart(2, '0')}` }, ACTOR)),
  );
}

/** The person records written for the demo's people, by citizen ID. */
type Registered = Map<string, PersonRecord>;

/**
 * Registers every household (members, the household, the members' groups) as one unit each and every
 * other resident alone, many units to a transaction. People already registered (a load that stopped
 * part-way) are skipped with their household.
 */
async function registerAll(
  deps: RegistryDeps,
  households: readonly DemoHousehold[],
  singles: readonly DemoPerson[],
): Promise<Registered> {
  const everyone = [...households.flatMap((household) => household.members), ...singles];
  const idIndexes = new Map(
    await Promise.all(
      everyone.map(async (person) => [person.citizenId, await deps.pii.blindIndex('citizen-id', person.citizenId)] as const),
    ),
  );
  const claimed = await claimantsOf(deps, [...idIndexes.values()]);
  const registered: Registered = new Map();
  const plan = async (person: DemoPerson) => {
    const registration = await planRegistration(deps, registrationOf(person), ACTOR, {
      idIndex: idIndexes.get(person.citizenId) as string,
    });
    const joins = await planJoinsOfNewPerson(deps, registration.person, person.groups, { actor: ACTOR });
    registered.set(person.citizenId, registration.person);
    return {
      items: [...registration.items, ...joins.flatMap((join) => join.items)],
      events: [registration.event, ...joins.map((join) => join.event)],
    };
  };
  const isNew = (person: DemoPerson) => !claimed.has(idIndexes.get(person.citizenId) as string);
  const units: PlannedUnit[] = [];
  for (const household of households) {
    if (!household.members.every(isNew)) continue;
    const planned = await Promise.all(household.members.map(plan));
    const home = planHousehold(
      deps,
      {
        area: household.area,
        address: household.address,
        ...(household.perCapitaIncome !== undefined ? { perCapitaIncome: household.perCapitaIncome } : {}),
        ...(household.housingHardship ? { housingHardship: household.housingHardship } : {}),
        members: household.members.map((member) => ({
          person: registered.get(member.citizenId) as PersonRecord,
          relationship: member.relationship,
        })),
      },
      ACTOR,
    );
    units.push({
      items: [...planned.flatMap((unit) => unit.items), ...home.items],
      events: [...planned.flatMap((unit) => unit.events), home.event],
    });
  }
  for (const person of singles) if (isNew(person)) units.push(await plan(person));
  await putUnits(deps, units, CONCURRENCY);
  return registered;
}

function registrationOf(person: DemoPerson) {
  return {
    name: person.name,
    citizenId: person.citizenId,
    ...(person.phone ? { phone: person.phone } : {}),
    residence: person.residence,
    ...(person.migrant ? { migrant: person.migrant } : {}),
    area: person.area,
    ...(person.building ? { building: person.building } : {}),
    ...(person.room ? { room: person.room } : {}),
  };
}

/** 低保 and 特困 name the household they are granted to, so they are joined once the households exist. */
async function grantHouseholdGroups(
  deps: RegistryDeps,
  households: readonly DemoHousehold[],
  registered: Registered,
): Promise<void> {
  const units: PlannedUnit[] = [];
  for (const household of households) {
    const head = household.members[0] && registered.get(household.members[0].citizenId);
    if (!household.grant || !head) continue;
    const householdId = await householdIdOf(deps, head.id);
    for (const member of household.members) {
      const person = registered.get(member.citizenId) as PersonRecord;
      const [join] = await planJoinsOfNewPerson(
        deps,
        person,
        [{ group: household.grant.group, attributes: { ...household.grant.attributes, householdId } }],
        {
          actor: ACTOR,
        },
      );
      if (join) units.push({ items: join.items, events: [join.event] });
    }
  }
  await putUnits(deps, units, CONCURRENCY);
}

interface Work {
  visitPlans: { dueToday: number; overdue: number; later: number };
  visits: number;
  certificates: { waiting: number; issued: number };
}

const FINDINGS: Record<VisitKind, readonly string[]> = {
  routine: ['老人身体状况良好，生活能自理，提醒注意防暑降温。', '入户了解近况，家中燃气、电线安全，已张贴紧急联系卡。'],
  'medication-card': [
    '按时服药，情绪稳定，监护人反映睡眠改善；提醒下月按时复诊取药。',
    '药物剩余约两周，已联系社区卫生服务中心续方。',
  ],
  'left-behind': [
    '孩子学习正常，祖父母照料到位；与在外务工的父母视频通话，约定寒假回家。',
    '了解家中困难，已对接四点半课堂和志愿者结对。',
  ],
  hardship: ['家庭收入无明显变化，低保材料齐全；反映房屋漏水，已报物业。', '核对家庭成员和收入情况，提醒按时参加年度复核。'],
  disability: ['康复训练按计划进行，轮椅需要维修，已登记辅助器具需求。', '了解就业意愿，推荐参加残疾人就业扶贫基地培训。'],
  other: ['入户宣传反诈知识和垃圾分类。'],
};

/**
 * The work waiting for 小学社区's workers: visit plans (some due today, some overdue, the rest later, each
 * assigned to its grid's worker), a few recent diary entries, certificates waiting for an office day and
 * some already issued.
 */
async function loadWork(deps: RegistryDeps, persons: readonly DemoPerson[], registered: Registered): Promise<Work> {
  const random = new Random(20_260_101);
  const today = new Date(deps.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const record = (person: DemoPerson) => registered.get(person.citizenId);
  const has = (person: DemoPerson, group: GroupName, test: (attributes: Record<string, unknown>) => boolean = () => true) =>
    person.groups.some((membership) => membership.group === group && test(membership.attributes));

  const wanted = new Map<string, { person: DemoPerson; kind: VisitKind; every: VisitFrequency }>();
  const want = (person: DemoPerson, kind: VisitKind, every: VisitFrequency) => {
    if (!wanted.has(`${person.citizenId}/${kind}`)) wanted.set(`${person.citizenId}/${kind}`, { person, kind, every });
  };
  for (const person of persons) {
    if (has(person, 'mental-illness')) want(person, 'medication-card', 'month');
    if (has(person, 'disabled', (attributes) => Number(attributes.grade) <= 2)) want(person, 'disability', 'month');
    if (has(person, 'left-behind-child') || has(person, 'left-behind-woman') || has(person, 'left-behind-elderly')) {
      want(person, 'left-behind', 'month');
    }
    if (has(person, 'solitary-elderly') || has(person, 'living-alone')) {
      want(person, 'routine', ageOn(person.birthDate, deps.now()) >= 80 ? 'week' : 'month');
    }
  }
  const plans = [...wanted.values()].filter(({ person }) => record(person));
  const counts = { dueToday: 0, overdue: 0, later: 0 };
  const scheduled = plans.map((plan) => {
    const bucket = random.weighted([
      ['dueToday', 18],
      ['overdue', 27],
      ['later', 55],
    ] as const);
    counts[bucket]++;
    const startOn =
      bucket === 'dueToday'
        ? today
        : bucket === 'overdue'
          ? addDays(today, -random.int(1, 25))
          : addDays(today, random.int(1, 28));
    return { ...plan, startOn, bucket };
  });

  // Diary entries first: a visit logged before its plan exists leaves the plan's first due date as set.
  const diary = random.sample(
    scheduled.filter((plan) => plan.bucket === 'later'),
    36,
  );
  await eachLimit(diary, CONCURRENCY, ({ person, kind }) => {
    const grid = featuredGrids.find((candidate) => person.area.endsWith(`-${String(candidate.number).padStart(2, '0')}`));
    return recordVisit(
      deps,
      record(person) as PersonRecord,
      {
        visitedOn: addDays(today, -random.int(1, 30)),
        kind,
        findings: random.pick(FINDINGS[kind]),
        ...(grid ? { visitorName: grid.leaderName } : {}),
      },
      gridWorkerOf(person.area),
    );
  });
  await eachLimit(scheduled, CONCURRENCY * 2, ({ person, kind, every, startOn }) => {
    const grid = featuredGrids.find((candidate) => person.area.endsWith(`-${String(candidate.number).padStart(2, '0')}`));
    return setVisitPlan(
      deps,
      record(person) as PersonRecord,
      { kind, every, startOn, assignedTo: gridWorkerOf(person.area), ...(grid ? { assignedToName: grid.leaderName } : {}) },
      ACTOR,
    );
  });

  // Certificates: the three certificates applied for and waiting for the next office day; cards issued.
  const age = (person: DemoPerson) => ageOn(person.birthDate, deps.now());
  const applications: { person: DemoPerson; type: CertificateType; issue: boolean; discountPercent?: number }[] = [];
  const take = (
    filter: (person: DemoPerson) => boolean,
    count: number,
    type: CertificateType,
    issue: boolean,
    discount = false,
  ) => {
    for (const person of random.sample(
      persons.filter((candidate) => record(candidate) && filter(candidate)),
      count,
    )) {
      applications.push({ person, type, issue, ...(discount ? { discountPercent: random.pick([15, 20, 25]) } : {}) });
    }
  };
  const resident = persons.find((person) => person.name === '郑雅婷' && person.relationship === 'child');
  if (resident) applications.push({ person: resident, type: 'rose', issue: false });
  take(
    (person) => person.sex === 'female' && age(person) >= 22 && age(person) <= 40 && person !== resident,
    5,
    'reproductive-health',
    false,
  );
  take((person) => person.relationship === 'head' && age(person) >= 28 && age(person) <= 45, 4, 'only-child', false);
  take(
    (person) => person.residence === 'migrant' && person.sex === 'female' && age(person) >= 20 && age(person) <= 45,
    5,
    'migrant-marriage-fertility',
    false,
  );
  take(
    (person) => person.residence === 'migrant' && person.sex === 'female' && age(person) >= 20 && age(person) <= 45,
    3,
    'migrant-marriage-fertility',
    true,
  );
  take((person) => age(person) >= 61, 12, 'senior-preferential', true);
  take((person) => age(person) >= 61, 4, 'senior-preferential', false);
  take((person) => has(person, 'disabled'), 8, 'disabled-free-bus', true);
  take((person) => has(person, 'mental-illness'), 6, 'long-term-medication', true);
  take((person) => age(person) >= 18, 5, 'all-in-one', true, true);
  take((person) => person.sex === 'female' && age(person) >= 22 && age(person) <= 38, 2, 'warm', false);

  // One valid certificate of a type per person: a second draw of the same person is dropped.
  const unique = [
    ...new Map(applications.map((application) => [`${application.person.citizenId}/${application.type}`, application])).values(),
  ];
  const applied: { certificate: CertificateRecord; issue: boolean }[] = [];
  await eachLimit(unique, CONCURRENCY, async ({ person, type, issue, discountPercent }) => {
    const certificate = await applyForCertificate(
      deps,
      record(person) as PersonRecord,
      { type, ...(discountPercent !== undefined ? { details: { discountPercent } } : {}) },
      'community-worker@350203006029',
    );
    applied.push({ certificate, issue });
  });
  // Numbers are claimed one after another per type and year: each type's issues go one at a time, the types side by side.
  const toIssue = applied.filter(({ issue }) => issue).map(({ certificate }) => certificate);
  const types = [...new Set(toIssue.map((certificate) => certificate.type))];
  await eachLimit(types, CONCURRENCY, async (type) => {
    for (const certificate of toIssue.filter((candidate) => candidate.type === type)) {
      await issueCertificate(deps, certificate, certificate.version, 'community-worker@350203006029');
    }
  });
  const issued = toIssue.length;
  const waiting = applied.filter(
    ({ issue, certificate }) =>
      !issue && ['reproductive-health', 'only-child', 'migrant-marriage-fertility'].includes(certificate.type),
  ).length;
  return { visitPlans: counts, visits: diary.length, certificates: { waiting, issued } };
}

/**
 * A finished import into 小学社区's 小学路网格: the spreadsheet of residents who moved in last month, with
 * three rows the registry refuses (a wrong check digit, a migrant without origin, a short phone number).
 */
async function loadImport(
  deps: RegistryDeps,
  year: number,
  register: readonly DemoPerson[],
): Promise<{ rows: number; created: number; failed: number; persons: DemoPerson[] }> {
  const grid = featuredGrids[4] as (typeof featuredGrids)[number];
  const random = new Random(5);
  const newcomers = lightResidents(
    FEATURED_SUBDISTRICT,
    [FEATURED_COMMUNITY],
    year,
    22,
    register.map((person) => person.citizenId),
  ).map((person): DemoPerson => {
    const building = random.pick(grid.buildings);
    return {
      ...person,
      area: `${FEATURED_COMMUNITY}-0${grid.number}`,
      building: building.name,
      room: `${random.int(1, building.floors)}0${random.int(1, building.perFloor)}`,
      groups: [],
    };
  });
  const header = ['姓名', '公民身份号码', '联系电话', '户籍类型', '流出地', '来本地日期', '网格号', '楼栋', '房号'];
  const row = (person: DemoPerson) => [
    person.name,
    person.citizenId,
    person.phone ?? '',
    person.residence === 'migrant' ? '流动' : '户籍',
    person.migrant?.origin ?? '',
    person.migrant?.arrivalDate ?? '',
    '05',
    person.building ?? '',
    person.room ?? '',
  ];
  const rows = newcomers.map(row);
  const bad = (person: DemoPerson | undefined, change: (cells: string[]) => void) => {
    if (!person) return;
    const cells = row(person);
    change(cells);
    rows.push(cells);
  };
  const [first, second, third] = newcomers;
  bad(first, (cells) => {
    cells[0] = `${cells[0]?.slice(0, 1)}文华`;
    const id = cells[1] ?? '';
    cells[1] = `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`;
  });
  bad(second, (cells) => {
    cells[0] = `${cells[0]?.slice(0, 1)}明辉`;
    cells[1] = withCheckCharacter(`${cells[1]?.slice(0, 6)}19770707${cells[1]?.slice(14, 17)}`);
    cells[3] = '流动';
    cells[4] = '';
    cells[5] = '';
  });
  bad(third, (cells) => {
    cells[0] = `${cells[0]?.slice(0, 1)}国栋`;
    cells[1] = withCheckCharacter(`${cells[1]?.slice(0, 6)}19810303${cells[1]?.slice(14, 17)}`);
    cells[2] = '1380592';
  });
  const csv = [header, ...rows].map((cells) => cells.join(',')).join('\r\n');
  const importDeps = { ...deps, objects: sharedObjectStore(), imports: defaultImportSettings };
  const { job } = await createImport(
    importDeps,
    {
      community: FEATURED_COMMUNITY,
      fileName: '小学路网格新迁入人员台帐.csv',
      contentType: 'text/csv',
      bytes: Buffer.from(`\uFEFF${csv}`, 'utf8'),
    },
    'community-worker@350203006029',
  );
  // Worked through here so the demo holds it finished; the consumer that receives its request finds nothing left to do.
  const done = (await processImport(importDeps, job.id)) ?? job;
  return { rows: done.rowsTotal, created: done.created, failed: done.failedRows, persons: newcomers };
}
