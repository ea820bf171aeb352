import { createEvent, type EventEnvelope, GridDefined } from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  failedConditionIndex,
  getItem,
  key,
  newId,
  type Page,
  type PageRequest,
  queryPage,
  type TransactItem,
  versionedPut,
  writeWithEvents,
} from '@shequ/ddb';
import { Conflict, maskPhone, NotFound, type PiiProtector, ValidationFailed } from '@shequ/kit';
import type { AreaLevel } from '../domain/areas.ts';
import {
  type AreaSeed,
  areaChanges,
  defaultGridName,
  describeOfficeHours,
  type FacilityKind,
  facilityKindLabels,
  facilityParentProblem,
  gridCode,
  gridFocusLabels,
  type OfficeHours,
} from '../domain/places.ts';
import type {
  BuildingView,
  CreateBuildingBody,
  CreateFacilityBody,
  DefineGridBody,
  FacilityView,
  GridView,
  OfficeHoursView,
  UpdateBuildingBody,
  UpdateFacilityBody,
  UpdateGridBody,
} from '../schemas/places.ts';
import type { RegistryDeps } from './deps.ts';

type Item = Record<string, unknown>;
type Key = { pk: string; sk: string };

/** What every stored record carries besides its own fields. */
export interface Tracked {
  createdAt: string;
  createdBy: string;
  updatedAt?: string;
  updatedBy?: string;
  version: number;
}

/** An area item: `AREA#<code>`; listed under its parent by gsi1 `AREA#<parent>#CHILDREN` / code. */
export const areaKey = (code: string): Key => ({ pk: key('AREA', code), sk: 'AREA' });
const childrenOf = (parent: string) => key('AREA', parent, 'CHILDREN');

/** Items kept in a community's own partition (`AREA#<community>`): buildings, facilities, settings, awards. */
export const communityItemKey = (community: string, ...sk: string[]): Key => ({ pk: key('AREA', community), sk: key(...sk) });

/** Applies a PATCH body: absent fields stay, `null` clears, values replace; `version` is the lock, not data. */
export function patched<T extends object>(record: T, changes: Record<string, unknown>): T {
  const next = { ...record } as Record<string, unknown>;
  for (const [field, value] of Object.entries(changes)) {
    if (field === 'version' || value === undefined) continue;
    if (value === null) delete next[field];
    else next[field] = value;
  }
  return next as T;
}

/** A stale read answers 409 before anything is written; the write's own condition catches races after it. */
export function assertVersion(record: { version: number }, expected: number): void {
  if (record.version !== expected) throw new ConcurrentModificationError();
}

/** A phone number as stored: ciphertext for the few who may see it, the masked form for everyone else. */
export async function sealPhone(pii: PiiProtector, phone: string): Promise<{ cipher: string; masked: string }> {
  return { cipher: await pii.encrypt(phone), masked: maskPhone(phone) };
}

/** One item of a transaction and what a failure of its condition means to the caller. */
export interface Step {
  item: TransactItem;
  refused?: () => Error | Promise<Error>;
}

/** Writes steps and events in one transaction; the first failed condition is reported as its step's refusal. */
export async function writeSteps(deps: RegistryDeps, steps: readonly Step[], events: readonly EventEnvelope[] = []) {
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      steps.map((step) => step.item),
      events,
    );
  } catch (error) {
    const refused = steps[failedConditionIndex(error)]?.refused;
    if (refused) throw await refused();
    throw error;
  }
}

export function existsStep(deps: RegistryDeps, itemKey: Key, refused: () => Error): Step {
  return {
    item: { ConditionCheck: { TableName: deps.tableName, Key: itemKey, ConditionExpression: 'attribute_exists(pk)' } },
    refused,
  };
}

export function createStep(deps: RegistryDeps, item: Item, refused: () => Error): Step {
  return { item: createPut(deps.tableName, item), refused };
}

export function replaceStep(deps: RegistryDeps, item: Item, expectedVersion: number): Step {
  return { item: versionedPut(deps.tableName, item, expectedVersion), refused: () => new ConcurrentModificationError() };
}

/** The community named in a path must be one of this district's (seeded from the division data). */
export function communityExists(deps: RegistryDeps, community: string): Step {
  return existsStep(deps, areaKey(community), () => new NotFound(`本区的区划数据中没有社区 ${community}，请核对社区代码`));
}

/** A grid named in a body must have been defined in its community. */
export function gridExists(deps: RegistryDeps, grid: string, field: string): Step {
  return existsStep(deps, areaKey(grid), () => ValidationFailed.field(field, `网格 ${grid} 尚未设立，请先设立网格`));
}

/** A grid named in a body must lie in the community it is used in. */
export function assertGridOf(community: string, grid: string | null | undefined, field: string): void {
  if (grid && !grid.startsWith(`${community}-`)) throw ValidationFailed.field(field, `网格 ${grid} 不属于社区 ${community}`);
}

/** Names unique within a community (buildings, units) are claimed by an item of their own. */
export const nameClaimKey = (community: string, kind: 'BUILDING' | 'UNIT', name: string) =>
  communityItemKey(community, 'NAME', kind, name);

/** The claim steps for a new name and, on a rename, the release of the old one. */
export function nameClaimSteps(
  deps: RegistryDeps,
  community: string,
  kind: 'BUILDING' | 'UNIT',
  name: string,
  owner: string,
  taken: () => Error,
  previous?: string,
): Step[] {
  if (previous === name) return [];
  const claim = createStep(deps, { ...nameClaimKey(community, kind, name), entity: 'name-claim', owner }, taken);
  if (previous === undefined) return [claim];
  return [{ item: { Delete: { TableName: deps.tableName, Key: nameClaimKey(community, kind, previous) } } }, claim];
}

export interface AreaRecord {
  code: string;
  name: string;
  level: AreaLevel;
  parent?: string;
  version: number;
}

interface Division {
  code: string;
  name: string;
}

/** Where the division data comes from: `@shequ/divisions` in production, a small fixture in tests. */
export interface DivisionSource {
  findDistrict(code: string): Division | undefined;
  subdistrictsOf(districtCode: string): Division[];
  communitiesOf(subdistrictCode: string): Division[];
}

function areaItem(area: AreaSeed): Item {
  return {
    ...areaKey(area.code),
    entity: 'area',
    ...area,
    ...(area.parent ? { gsi1pk: childrenOf(area.parent), gsi1sk: area.code } : {}),
  };
}

/**
 * Every child of an area (sub-districts, communities or grids), in code order. A parent has at most a
 * few dozen children, so the pages are read through here instead of handed to the caller.
 */
async function childrenOfArea(deps: RegistryDeps, parent: string): Promise<AreaRecord[]> {
  const children: AreaRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<AreaRecord>(
      deps,
      {
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': childrenOf(parent) },
        ProjectionExpression: '#code, #name, #level, #parent, #version',
        ExpressionAttributeNames: {
          '#code': 'code',
          '#name': 'name',
          '#level': 'level',
          '#parent': 'parent',
          '#version': 'version',
        },
      },
      { limit: 100, cursor },
    );
    children.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return children;
}

export interface SeedResult {
  district: string;
  areas: number;
  created: number;
  updated: number;
}

/**
 * Keeps the district's own division data (the district, its sub-districts and communities) in the table,
 * so area reads are Queries and no request ever loads the national community list. Writes only what is
 * missing or changed: a second run writes nothing.
 */
export async function seedDistrictAreas(deps: RegistryDeps, district: string, source: DivisionSource): Promise<SeedResult> {
  const found = source.findDistrict(district);
  if (!found) throw new Error(`未知的区县代码 ${district}：区划数据中没有该区县`);
  const desired: AreaSeed[] = [{ code: found.code, name: found.name, level: 'district' }];
  for (const subdistrict of source.subdistrictsOf(district)) {
    desired.push({ ...subdistrict, level: 'subdistrict', parent: district });
    for (const community of source.communitiesOf(subdistrict.code)) {
      desired.push({ ...community, level: 'community', parent: subdistrict.code });
    }
  }
  const stored = new Map<string, AreaRecord>();
  const districtItem = await getItem<AreaRecord>(deps, areaKey(district));
  if (districtItem) stored.set(district, districtItem);
  const parents = [district, ...desired.filter((area) => area.level === 'subdistrict').map((area) => area.code)];
  for (const parent of parents) {
    for (const child of await childrenOfArea(deps, parent)) stored.set(child.code, child);
  }
  const { create, update } = areaChanges(desired, stored);
  const items = [
    ...create.map((area) => createPut(deps.tableName, areaItem(area))),
    ...update.map(({ version, ...area }) => versionedPut(deps.tableName, areaItem(area), version)),
  ];
  for (let start = 0; start < items.length; start += 100) {
    await writeWithEvents(deps.client, deps.tableName, items.slice(start, start + 100), []);
  }
  return { district, areas: desired.length, created: create.length, updated: update.length };
}

/** An area and its direct children, or undefined when this district has no such area. */
export async function getArea(
  deps: RegistryDeps,
  code: string,
): Promise<(AreaRecord & { children: Pick<AreaRecord, 'code' | 'name' | 'level'>[] }) | undefined> {
  const area = await getItem<AreaRecord>(deps, areaKey(code));
  if (!area) return undefined;
  const children = area.level === 'grid' ? [] : await childrenOfArea(deps, code);
  return { ...area, children: children.map(({ code, name, level }) => ({ code, name, level })) };
}

/**
 * The name of a community and of each of its grids, for lists printed with names rather than codes; an
 * area this district has not named is given by its code.
 */
export async function communityNames(
  deps: RegistryDeps,
  community: string,
): Promise<{ name: string; grids: ReadonlyMap<string, string> }> {
  const area = await getArea(deps, community);
  return { name: area?.name ?? community, grids: new Map((area?.children ?? []).map((child) => [child.code, child.name])) };
}

export interface GridRecord extends Tracked {
  code: string;
  community: string;
  number: number;
  name: string;
  focus: DefineGridBody['focus'];
  leaderName?: string;
  leaderPhoneCipher?: string;
  leaderPhoneMasked?: string;
}

function gridItem(grid: GridRecord): Item {
  return {
    ...areaItem({ code: grid.code, name: grid.name, level: 'grid', parent: grid.community }),
    ...grid,
    entity: 'grid',
  };
}

function gridDefined(deps: RegistryDeps, grid: GridRecord, now: Date): EventEnvelope {
  return createEvent(GridDefined, {
    id: newId(now),
    district: deps.district,
    area: grid.code,
    occurredAt: now,
    data: {
      grid: grid.code,
      community: grid.community,
      number: grid.number,
      name: grid.name,
      focus: grid.focus,
      version: grid.version,
    },
  });
}

async function leaderPhoneFields(pii: PiiProtector, phone: string) {
  const sealed = await sealPhone(pii, phone);
  return { leaderPhoneCipher: sealed.cipher, leaderPhoneMasked: sealed.masked };
}

/** Defines grid `<community>-<NN>` with its GridDefined event; the community must exist and the number be free. */
export async function defineGrid(
  deps: RegistryDeps,
  community: string,
  input: DefineGridBody,
  actor: string,
): Promise<GridRecord> {
  const now = deps.now();
  const grid: GridRecord = {
    code: gridCode(community, input.number),
    community,
    number: input.number,
    name: input.name ?? defaultGridName(input.number),
    focus: input.focus,
    ...(input.leaderName ? { leaderName: input.leaderName } : {}),
    ...(input.leaderPhone ? await leaderPhoneFields(deps.pii, input.leaderPhone) : {}),
    createdAt: now.toISOString(),
    createdBy: actor,
    version: 1,
  };
  await writeSteps(
    deps,
    [
      communityExists(deps, community),
      createStep(deps, gridItem(grid), () => new Conflict('grid-exists', `网格 ${grid.code} 已设立，修改请使用 PATCH`)),
    ],
    [gridDefined(deps, grid, now)],
  );
  return grid;
}

export async function getGrid(deps: RegistryDeps, grid: string): Promise<GridRecord | undefined> {
  const record = await getItem<GridRecord & { level: AreaLevel }>(deps, areaKey(grid));
  return record?.level === 'grid' ? record : undefined;
}

/** Changes a grid at the version the caller read; the new definition is published as GridDefined. */
export async function updateGrid(deps: RegistryDeps, grid: string, changes: UpdateGridBody, actor: string): Promise<GridRecord> {
  const current = await getGrid(deps, grid);
  if (!current) throw new NotFound(`网格 ${grid} 尚未设立`);
  assertVersion(current, changes.version);
  const now = deps.now();
  const { leaderPhone, ...rest } = changes;
  let next = patched(current, { ...rest, updatedAt: now.toISOString(), updatedBy: actor });
  if (leaderPhone === null) next = patched(next, { leaderPhoneCipher: null, leaderPhoneMasked: null });
  if (leaderPhone) next = { ...next, ...(await leaderPhoneFields(deps.pii, leaderPhone)) };
  next = { ...next, version: changes.version + 1 };
  await writeSteps(deps, [replaceStep(deps, gridItem(next), changes.version)], [gridDefined(deps, next, now)]);
  return next;
}

/** A community's grids in number order. */
export function listGrids(deps: RegistryDeps, community: string, page: PageRequest): Promise<Page<GridRecord>> {
  return queryPage<GridRecord>(
    deps,
    { IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': childrenOf(community) } },
    page,
  );
}

export interface BuildingRecord extends Tracked {
  id: string;
  community: string;
  name: string;
  grid?: string;
  floors?: number;
  households?: number;
  address?: string;
}

const buildingKey = (community: string, id: string) => communityItemKey(community, 'BUILDING', id);
const buildingItem = (building: BuildingRecord): Item => ({
  ...buildingKey(building.community, building.id),
  entity: 'building',
  ...building,
});
const buildingNameTaken = (community: string, name: string) => () =>
  new Conflict('building-name-taken', `社区 ${community} 已有名为“${name}”的楼栋`);

export async function createBuilding(
  deps: RegistryDeps,
  community: string,
  input: CreateBuildingBody,
  actor: string,
): Promise<BuildingRecord> {
  assertGridOf(community, input.grid, 'body.grid');
  const now = deps.now();
  const building: BuildingRecord = {
    id: newId(now),
    community,
    ...input,
    createdAt: now.toISOString(),
    createdBy: actor,
    version: 1,
  };
  await writeSteps(deps, [
    communityExists(deps, community),
    ...(input.grid ? [gridExists(deps, input.grid, 'body.grid')] : []),
    ...nameClaimSteps(deps, community, 'BUILDING', building.name, building.id, buildingNameTaken(community, building.name)),
    createStep(deps, buildingItem(building), () => new Conflict('building-exists', '楼栋已存在')),
  ]);
  return building;
}

export async function updateBuilding(
  deps: RegistryDeps,
  community: string,
  id: string,
  changes: UpdateBuildingBody,
  actor: string,
): Promise<BuildingRecord> {
  assertGridOf(community, changes.grid, 'body.grid');
  const current = await getItem<BuildingRecord>(deps, buildingKey(community, id));
  if (!current) throw new NotFound('未找到该楼栋');
  assertVersion(current, changes.version);
  const next = {
    ...patched(current, { ...changes, updatedAt: deps.now().toISOString(), updatedBy: actor }),
    version: changes.version + 1,
  };
  await writeSteps(deps, [
    ...(changes.grid && changes.grid !== current.grid ? [gridExists(deps, changes.grid, 'body.grid')] : []),
    ...nameClaimSteps(deps, community, 'BUILDING', next.name, id, buildingNameTaken(community, next.name), current.name),
    replaceStep(deps, buildingItem(next), changes.version),
  ]);
  return next;
}

/** A community's buildings in the order they were registered; a grid is a filter inside the community. */
export function listBuildings(
  deps: RegistryDeps,
  community: string,
  query: PageRequest & { grid?: string | undefined },
): Promise<Page<BuildingRecord>> {
  return queryPage<BuildingRecord>(
    deps,
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': key('AREA', community), ':prefix': 'BUILDING#' },
    },
    query,
    { grid: query.grid },
  );
}

export interface FacilityRecord extends Tracked {
  id: string;
  community: string;
  kind: FacilityKind;
  name: string;
  parentId?: string;
  address?: string;
  openHours?: string;
  description?: string;
}

const facilityKey = (community: string, id: string) => communityItemKey(community, 'FACILITY', id);
const facilityItem = (facility: FacilityRecord): Item => ({
  ...facilityKey(facility.community, facility.id),
  entity: 'facility',
  ...facility,
});

/** Registers a facility; a station is checked against its parent home, which must stay in place while it is written. */
export async function createFacility(
  deps: RegistryDeps,
  community: string,
  input: CreateFacilityBody,
  actor: string,
): Promise<FacilityRecord> {
  const parent = input.parentId ? await getItem<FacilityRecord>(deps, facilityKey(community, input.parentId)) : undefined;
  if (input.parentId && !parent) throw ValidationFailed.field('body.parentId', '本社区没有该上级设施');
  const problem = facilityParentProblem(input.kind, parent?.kind ?? null);
  if (problem) throw ValidationFailed.field('body.parentId', problem);
  const now = deps.now();
  const facility: FacilityRecord = {
    id: newId(now),
    community,
    ...input,
    createdAt: now.toISOString(),
    createdBy: actor,
    version: 1,
  };
  await writeSteps(deps, [
    communityExists(deps, community),
    ...(parent
      ? [
          existsStep(deps, facilityKey(community, parent.id), () =>
            ValidationFailed.field('body.parentId', '本社区没有该上级设施'),
          ),
        ]
      : []),
    createStep(deps, facilityItem(facility), () => new Conflict('facility-exists', '设施已存在')),
  ]);
  return facility;
}

export async function updateFacility(
  deps: RegistryDeps,
  community: string,
  id: string,
  changes: UpdateFacilityBody,
  actor: string,
): Promise<FacilityRecord> {
  const current = await getItem<FacilityRecord>(deps, facilityKey(community, id));
  if (!current) throw new NotFound('未找到该设施');
  assertVersion(current, changes.version);
  const next = {
    ...patched(current, { ...changes, updatedAt: deps.now().toISOString(), updatedBy: actor }),
    version: changes.version + 1,
  };
  await writeSteps(deps, [replaceStep(deps, facilityItem(next), changes.version)]);
  return next;
}

/** A community's facilities in the order they were registered, optionally one kind or one home's stations. */
export function listFacilities(
  deps: RegistryDeps,
  community: string,
  query: PageRequest & { kind?: FacilityKind | undefined; parentId?: string | undefined },
): Promise<Page<FacilityRecord>> {
  return queryPage<FacilityRecord>(
    deps,
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': key('AREA', community), ':prefix': 'FACILITY#' },
    },
    query,
    { kind: query.kind, parentId: query.parentId },
  );
}

export type CommunitySetting = 'OFFICEHOURS' | 'LEGALADVISOR';

const settingNames: Record<CommunitySetting, string> = { OFFICEHOURS: '办公时间', LEGALADVISOR: '法律顾问' };

/**
 * Sets a community's one-of-a-kind record: without `version` it must not exist yet (a second first-time
 * setting is a 409), with `version` it replaces the record read at that version.
 */
export async function putCommunitySetting<T extends object>(
  deps: RegistryDeps,
  community: string,
  setting: CommunitySetting,
  data: T,
  version: number | undefined,
  actor: string,
  events: readonly EventEnvelope[] = [],
): Promise<T & { community: string; updatedAt: string; updatedBy: string; version: number }> {
  const record = { ...data, community, updatedAt: deps.now().toISOString(), updatedBy: actor };
  const item = { ...communityItemKey(community, setting), entity: setting.toLowerCase(), ...record };
  const name = settingNames[setting];
  await writeSteps(
    deps,
    [
      communityExists(deps, community),
      version === undefined
        ? createStep(deps, item, () => new Conflict('already-set', `该社区已设置${name}，修改时请提交读取时的 version`))
        : replaceStep(deps, item, version),
    ],
    events,
  );
  return { ...record, version: (version ?? 0) + 1 };
}

export function getCommunitySetting<T extends object>(
  deps: RegistryDeps,
  community: string,
  setting: CommunitySetting,
): Promise<(T & { community: string; updatedAt: string; updatedBy: string; version: number }) | undefined> {
  return getItem(deps, communityItemKey(community, setting));
}

export type OfficeHoursRecord = OfficeHours & { note?: string };

/** Drops who-did-it fields: they stay in the table for accountability, views show what and when. */
export function withoutActors<T extends object>(record: T): Omit<T, 'createdBy' | 'updatedBy'> {
  const { createdBy: _created, updatedBy: _updated, ...rest } = record as T & { createdBy?: string; updatedBy?: string };
  return rest;
}

/** What callers see of a grid: the leader's phone masked, the focus named in Chinese. */
export function gridView(grid: GridRecord): GridView {
  // Listed grids are area items too; their level and parent are implied by the code.
  const {
    leaderPhoneCipher: _cipher,
    leaderPhoneMasked,
    level: _level,
    parent: _parent,
    ...rest
  } = withoutActors(grid as GridRecord & { level?: string; parent?: string });
  return { ...rest, focusLabel: gridFocusLabels[grid.focus], ...(leaderPhoneMasked ? { leaderPhone: leaderPhoneMasked } : {}) };
}

export function buildingView(building: BuildingRecord): BuildingView {
  return withoutActors(building);
}

export function facilityView(facility: FacilityRecord): FacilityView {
  return { ...withoutActors(facility), kindLabel: facilityKindLabels[facility.kind] };
}

export function officeHoursView(
  hours: OfficeHoursRecord & { community: string; updatedAt: string; version: number },
): OfficeHoursView {
  return {
    community: hours.community,
    openDays: hours.openDays,
    periods: hours.periods,
    certificateOfficeDays: hours.certificateOfficeDays,
    ...(hours.note ? { note: hours.note } : {}),
    summary: describeOfficeHours(hours),
    version: hours.version,
    updatedAt: hours.updatedAt,
  };
}
