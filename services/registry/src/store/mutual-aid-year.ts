import { communityOf } from '@shequ/contracts';
import { getItems, key, keyIdOf, newId, type Page, type PageRequest, queryAll, queryPage } from '@shequ/ddb';
import { Conflict, ValidationFailed } from '@shequ/kit';
import { type MutualAidActivityKind, mutualAidActivityKindLabels, participation } from '../domain/mutual-aid-year.ts';
import { chinaDate } from '../domain/units.ts';
import type { MutualAidActivityView, MutualAidYearView, RecordActivityBody } from '../schemas/mutual-aid-year.ts';
import type { RegistryDeps } from './deps.ts';
import { communityItemKey, communityNames, createStep, writeSteps } from './places.ts';
import type { UnitRecord } from './units.ts';

export interface ActivityRecord {
  id: string;
  community: string;
  title: string;
  kind: MutualAidActivityKind;
  heldOn: string;
  units: { unitId: string; unitName: string }[];
  note?: string;
  createdAt: string;
  createdBy: string;
}

/** Activities sit in their community's partition by day held, so a year's are one Query. */
const activityKey = (community: string, heldOn: string, id: string) => communityItemKey(community, 'MAACTIVITY', heldOn, id);

/** Records an activity; every unit named must be registered in the community (its name is kept with the activity). */
export async function recordActivity(deps: RegistryDeps, input: RecordActivityBody, actor: string): Promise<ActivityRecord> {
  const found = await getItems(
    deps,
    input.unitIds.map((id) => ({ pk: key('UNIT', id), sk: 'UNIT' })),
  );
  const units = input.unitIds.map((id, index) => {
    const unit = found.get(keyIdOf({ pk: key('UNIT', id), sk: 'UNIT' })) as UnitRecord | undefined;
    if (!unit) throw ValidationFailed.field(`body.unitIds.${index}`, '没有这家单位，请从辖内单位中选择');
    if (communityOf(unit.area) !== input.community)
      throw ValidationFailed.field(`body.unitIds.${index}`, `${unit.name}不是本社区的辖内单位`);
    return { unitId: unit.id, unitName: unit.name };
  });
  const now = deps.now();
  const activity: ActivityRecord = {
    id: newId(now),
    community: input.community,
    title: input.title,
    kind: input.kind,
    heldOn: input.heldOn,
    units,
    ...(input.note ? { note: input.note } : {}),
    createdAt: now.toISOString(),
    createdBy: actor,
  };
  await writeSteps(deps, [
    createStep(
      deps,
      { ...activityKey(activity.community, activity.heldOn, activity.id), entity: 'mutual-aid-activity', ...activity },
      () => new Conflict('activity-exists', '活动已登记'),
    ),
  ]);
  return activity;
}

const activityPrefix = (year?: number) => (year === undefined ? 'MAACTIVITY#' : key('MAACTIVITY', `${year}-`));

/** A community's activities of one year (or all), latest first. */
export function listActivities(
  deps: RegistryDeps,
  query: PageRequest & { area: string; year?: number | undefined },
): Promise<Page<ActivityRecord>> {
  return queryPage<ActivityRecord>(
    deps,
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': key('AREA', query.area), ':prefix': activityPrefix(query.year) },
      ScanIndexForward: false,
    },
    query,
  );
}

/**
 * The association's year in a community: its applications (a community has tens, read whole and kept to the
 * year they were submitted in, China time), its members now, the year's activities and awards. Four Queries.
 */
export async function mutualAidYear(deps: RegistryDeps, community: string, year: number): Promise<MutualAidYearView> {
  const [applications, members, activities, awards, names] = await Promise.all([
    queryAll(deps, {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': key('AREA', community, 'MUTUALAID-APPLICATION') },
    }),
    queryAll(deps, {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': key('AREA', community, 'MUTUALAID-MEMBER') },
      ProjectionExpression: 'pk',
    }),
    queryAll(deps, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': key('AREA', community), ':prefix': activityPrefix(year) },
    }) as Promise<unknown> as Promise<ActivityRecord[]>,
    queryAll(deps, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': key('AREA', community), ':prefix': key('AWARD', year, '') },
      ProjectionExpression: 'pk',
    }),
    communityNames(deps, community),
  ]);
  const ofYear = applications.filter((application) => chinaDate(new Date(String(application.createdAt))).startsWith(`${year}-`));
  const status = (name: string) => ofYear.filter((application) => application.status === name).length;
  const units = participation(activities);
  return {
    community,
    communityName: names.name,
    year,
    applications: {
      submitted: ofYear.length,
      approved: status('approved'),
      rejected: status('rejected'),
      pending: status('pending'),
    },
    members: members.length,
    activities: activities.length,
    activitiesByKind: (Object.keys(mutualAidActivityKindLabels) as MutualAidActivityKind[]).map((kind) => ({
      kind,
      label: mutualAidActivityKindLabels[kind],
      count: activities.filter((activity) => activity.kind === kind).length,
    })),
    participatingUnits: units.length,
    units,
    awards: awards.length,
  };
}

export function activityView(activity: ActivityRecord): MutualAidActivityView {
  const { createdBy: _createdBy, ...rest } = activity;
  return { ...rest, kindLabel: mutualAidActivityKindLabels[activity.kind] };
}
