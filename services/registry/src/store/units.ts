import { communityOf, createEvent, MutualAidApplicationDecided, type UnitKind, UnitRegistered } from '@shequ/contracts';
import { ConcurrentModificationError, getItem, key, newId, type Page, type PageRequest, queryPage } from '@shequ/ddb';
import { Conflict, NotFound, ValidationFailed } from '@shequ/kit';
import {
  type ApplicationStatus,
  agreementStatus,
  applyProblem,
  chinaDate,
  decisionProblem,
  type MutualAidStanding,
  offerKindLabels,
  unitKindLabels,
} from '../domain/units.ts';
import type {
  AgreementView,
  ApplicationView,
  ApplyBody,
  AwardBody,
  AwardView,
  DecisionBody,
  LegalAdvisorView,
  OfferBody,
  OfferView,
  RegisterUnitBody,
  SignAgreementBody,
  UnitView,
  UpdateUnitBody,
} from '../schemas/units.ts';
import type { RegistryDeps } from './deps.ts';
import {
  areaKey,
  assertVersion,
  communityItemKey,
  createStep,
  existsStep,
  nameClaimSteps,
  patched,
  replaceStep,
  type Step,
  sealPhone,
  type Tracked,
  withoutActors,
  writeSteps,
} from './places.ts';

/** A unit as stored: the contact's phone only as ciphertext and its masked form. */
export interface UnitRecord extends Tracked {
  id: string;
  name: string;
  kind: UnitKind;
  area: string;
  address?: string;
  contactName?: string;
  contactPhoneCipher?: string;
  contactPhoneMasked?: string;
  mutualAid?: MutualAidStanding;
  pendingApplicationId?: string;
  memberSince?: string;
}

const unitKey = (id: string) => ({ pk: key('UNIT', id), sk: 'UNIT' });
const membersOf = (community: string) => key('AREA', community, 'MUTUALAID-MEMBER');

/**
 * gsi1 lists a community's units by name; members of the mutual-aid association are also in gsi2 (a
 * sparse index), so the member list follows renames without a second copy of the unit.
 */
function unitItem(unit: UnitRecord) {
  const community = communityOf(unit.area);
  return {
    ...unitKey(unit.id),
    entity: 'unit',
    ...unit,
    gsi1pk: key('AREA', community, 'UNIT'),
    gsi1sk: key(unit.name, unit.id),
    ...(unit.mutualAid === 'member' ? { gsi2pk: membersOf(community), gsi2sk: key(unit.name, unit.id) } : {}),
  };
}

const unitNameTaken = (area: string, name: string) => () =>
  new Conflict('unit-name-taken', `社区 ${communityOf(area)} 已登记名为“${name}”的单位`);

async function contactPhoneFields(deps: RegistryDeps, phone: string) {
  const sealed = await sealPhone(deps.pii, phone);
  return { contactPhoneCipher: sealed.cipher, contactPhoneMasked: sealed.masked };
}

/** Registers a unit with its UnitRegistered event; its community (or grid) must exist and its name be free there. */
export async function registerUnit(deps: RegistryDeps, input: RegisterUnitBody, actor: string): Promise<UnitRecord> {
  const now = deps.now();
  const { contactPhone, ...fields } = input;
  const unit: UnitRecord = {
    id: newId(now),
    ...fields,
    ...(contactPhone ? await contactPhoneFields(deps, contactPhone) : {}),
    createdAt: now.toISOString(),
    createdBy: actor,
    version: 1,
  };
  const event = createEvent(UnitRegistered, {
    id: newId(now),
    district: deps.district,
    area: unit.area,
    occurredAt: now,
    data: { unitId: unit.id, area: unit.area, name: unit.name, kind: unit.kind },
  });
  await writeSteps(
    deps,
    [
      existsStep(deps, areaKey(unit.area), () => ValidationFailed.field('body.area', `本区没有社区或网格 ${unit.area}`)),
      ...nameClaimSteps(deps, communityOf(unit.area), 'UNIT', unit.name, unit.id, unitNameTaken(unit.area, unit.name)),
      createStep(deps, unitItem(unit), () => new Conflict('unit-exists', '单位已存在')),
    ],
    [event],
  );
  return unit;
}

export function getUnit(deps: RegistryDeps, id: string): Promise<UnitRecord | undefined> {
  return getItem<UnitRecord>(deps, unitKey(id));
}

/** A unit that must exist: 404 when named in the path, 422 on `field` when named in a body. */
export async function requireUnit(deps: RegistryDeps, id: string, field?: string): Promise<UnitRecord> {
  const unit = await getUnit(deps, id);
  if (unit) return unit;
  throw field ? ValidationFailed.field(field, '未找到该单位，请核对单位编号') : new NotFound('未找到该单位');
}

/**
 * Changes a unit at the version the caller read. It may move between grids of its community, not to
 * another community (its name claim, applications and awards belong to the community).
 */
export async function updateUnit(
  deps: RegistryDeps,
  current: UnitRecord,
  changes: UpdateUnitBody,
  actor: string,
): Promise<UnitRecord> {
  assertVersion(current, changes.version);
  const community = communityOf(current.area);
  if (changes.area && communityOf(changes.area) !== community) {
    throw ValidationFailed.field('body.area', `单位只能在社区 ${community} 内调整网格；迁往其他社区请重新登记`);
  }
  const { contactPhone, ...rest } = changes;
  let next = patched(current, { ...rest, updatedAt: deps.now().toISOString(), updatedBy: actor });
  if (contactPhone === null) next = patched(next, { contactPhoneCipher: null, contactPhoneMasked: null });
  if (contactPhone) next = { ...next, ...(await contactPhoneFields(deps, contactPhone)) };
  next = { ...next, version: changes.version + 1 };
  await writeSteps(deps, [
    ...(changes.area && changes.area !== current.area
      ? [existsStep(deps, areaKey(changes.area), () => ValidationFailed.field('body.area', `网格 ${changes.area} 尚未设立`))]
      : []),
    ...nameClaimSteps(deps, community, 'UNIT', next.name, current.id, unitNameTaken(current.area, next.name), current.name),
    replaceStep(deps, unitItem(next), changes.version),
  ]);
  return next;
}

/** A page of a community's units by name (optionally a name prefix); grid and kind filter inside the community. */
export function listUnits(
  deps: RegistryDeps,
  query: PageRequest & { area: string; kind?: UnitKind | undefined; name?: string | undefined },
): Promise<Page<UnitRecord>> {
  return queryPage<UnitRecord>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: query.name ? 'gsi1pk = :pk AND begins_with(gsi1sk, :name)' : 'gsi1pk = :pk',
      ExpressionAttributeValues: {
        ':pk': key('AREA', communityOf(query.area), 'UNIT'),
        ...(query.name ? { ':name': query.name } : {}),
      },
    },
    query,
    { area: query.area.length > 12 ? query.area : undefined, kind: query.kind },
  );
}

export interface AgreementRecord {
  id: string;
  unitId: string;
  signedOn: string;
  validUntil: string;
  commitments: SignAgreementBody['commitments'];
  createdAt: string;
  createdBy: string;
}

/** Records a co-building agreement of a unit (immutable once signed; a renewal is a new agreement). */
export async function signAgreement(
  deps: RegistryDeps,
  unit: UnitRecord,
  input: SignAgreementBody,
  actor: string,
): Promise<AgreementRecord> {
  const now = deps.now();
  const agreement: AgreementRecord = {
    id: newId(now),
    unitId: unit.id,
    ...input,
    createdAt: now.toISOString(),
    createdBy: actor,
  };
  await writeSteps(deps, [
    createStep(
      deps,
      { pk: key('UNIT', unit.id), sk: key('AGREEMENT', agreement.id), entity: 'agreement', ...agreement },
      () => new Conflict('agreement-exists', '协议已存在'),
    ),
  ]);
  return agreement;
}

/** A unit's agreements, newest first. */
export function listAgreements(deps: RegistryDeps, unitId: string, page: PageRequest): Promise<Page<AgreementRecord>> {
  return queryPage<AgreementRecord>(
    deps,
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': key('UNIT', unitId), ':prefix': 'AGREEMENT#' },
      ScanIndexForward: false,
    },
    page,
  );
}

export interface ApplicationRecord {
  id: string;
  unitId: string;
  unitName: string;
  area: string;
  statement: string;
  status: ApplicationStatus;
  reason?: string;
  decidedBy?: string;
  decidedAt?: string;
  createdAt: string;
  createdBy: string;
  version: number;
}

const applicationKey = (id: string) => ({ pk: key('MUTUALAID', id), sk: 'APPLICATION' });

/** Refusal of an apply that lost to another change of the unit: read again and say why. */
const standingRefusal = (deps: RegistryDeps, unitId: string) => async () => {
  const unit = await getUnit(deps, unitId);
  const problem = unit ? applyProblem(unit.mutualAid) : undefined;
  return problem ? new Conflict(problem.code, problem.message) : new ConcurrentModificationError();
};

/**
 * A unit applies to join the mutual-aid association. The unit is marked pending in the same
 * transaction, so two racing applications cannot both be accepted.
 */
export async function applyToMutualAid(
  deps: RegistryDeps,
  unit: UnitRecord,
  input: ApplyBody,
  actor: string,
): Promise<ApplicationRecord> {
  const problem = applyProblem(unit.mutualAid);
  if (problem) throw new Conflict(problem.code, problem.message);
  const now = deps.now();
  const application: ApplicationRecord = {
    id: newId(now),
    unitId: unit.id,
    unitName: unit.name,
    area: unit.area,
    statement: input.statement,
    status: 'pending',
    createdAt: now.toISOString(),
    createdBy: actor,
    version: 1,
  };
  await writeSteps(deps, [
    {
      // Bumping the version makes a concurrent edit of the unit fail instead of overwriting the standing.
      item: {
        Update: {
          TableName: deps.tableName,
          Key: unitKey(unit.id),
          UpdateExpression: 'SET mutualAid = :pending, pendingApplicationId = :application, #version = #version + :one',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(mutualAid)',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':pending': 'pending', ':application': application.id, ':one': 1 },
        },
      },
      refused: standingRefusal(deps, unit.id),
    },
    createStep(
      deps,
      {
        ...applicationKey(application.id),
        entity: 'mutual-aid-application',
        ...application,
        gsi1pk: key('AREA', communityOf(unit.area), 'MUTUALAID-APPLICATION'),
        gsi1sk: application.id,
      },
      () => new Conflict('application-exists', '申请已存在'),
    ),
  ]);
  return application;
}

export function getApplication(deps: RegistryDeps, id: string): Promise<ApplicationRecord | undefined> {
  return getItem<ApplicationRecord>(deps, applicationKey(id));
}

/** Refusal of a decision that lost: decided meanwhile (409 decided) or merely changed (409 concurrent). */
const decisionRefusal = (deps: RegistryDeps, id: string) => async () => {
  const application = await getApplication(deps, id);
  const problem = application ? decisionProblem(application.status) : undefined;
  return problem ? new Conflict('application-decided', problem) : new ConcurrentModificationError();
};

/**
 * The council's decision, once: the application and the unit's standing change together with the
 * MutualAidApplicationDecided event. Approval makes the unit a member; rejection lets it apply again.
 */
export async function decideApplication(
  deps: RegistryDeps,
  application: ApplicationRecord,
  input: DecisionBody,
  actor: string,
): Promise<ApplicationRecord> {
  const problem = decisionProblem(application.status);
  if (problem) throw new Conflict('application-decided', problem);
  assertVersion(application, input.version);
  const unit = await requireUnit(deps, application.unitId);
  const now = deps.now();
  const decided: ApplicationRecord = {
    ...application,
    status: input.decision,
    reason: input.reason,
    decidedBy: actor,
    decidedAt: now.toISOString(),
    version: input.version + 1,
  };
  const community = communityOf(unit.area);
  const standing: Step = {
    item: {
      Update: {
        TableName: deps.tableName,
        Key: unitKey(unit.id),
        ...(input.decision === 'approved'
          ? {
              UpdateExpression:
                'SET mutualAid = :member, memberSince = :today, gsi2pk = :members, gsi2sk = :sort, #version = :next REMOVE pendingApplicationId',
              ExpressionAttributeValues: {
                ':member': 'member',
                ':today': chinaDate(now),
                ':members': membersOf(community),
                ':sort': key(unit.name, unit.id),
                ':next': unit.version + 1,
                ':read': unit.version,
                ':application': application.id,
              },
            }
          : {
              UpdateExpression: 'SET #version = :next REMOVE mutualAid, pendingApplicationId',
              ExpressionAttributeValues: { ':next': unit.version + 1, ':read': unit.version, ':application': application.id },
            }),
        // The unit as read (its name is in the member index key) and still waiting on this application.
        ConditionExpression: '#version = :read AND pendingApplicationId = :application',
        ExpressionAttributeNames: { '#version': 'version' },
      },
    },
    refused: () => new ConcurrentModificationError(),
  };
  await writeSteps(
    deps,
    [
      {
        item: {
          Update: {
            TableName: deps.tableName,
            Key: applicationKey(application.id),
            UpdateExpression: 'SET #status = :decision, reason = :reason, decidedBy = :actor, decidedAt = :at, #version = :next',
            ConditionExpression: '#version = :expected AND #status = :pending',
            ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
            ExpressionAttributeValues: {
              ':decision': decided.status,
              ':reason': input.reason,
              ':actor': actor,
              ':at': decided.decidedAt,
              ':next': decided.version,
              ':expected': input.version,
              ':pending': 'pending',
            },
          },
        },
        refused: decisionRefusal(deps, application.id),
      },
      standing,
    ],
    [
      createEvent(MutualAidApplicationDecided, {
        id: newId(now),
        district: deps.district,
        area: application.area,
        occurredAt: now,
        data: { applicationId: application.id, unitId: unit.id, area: application.area, decision: input.decision },
      }),
    ],
  );
  return decided;
}

/** A community's applications, newest first, optionally in one status. */
export function listApplications(
  deps: RegistryDeps,
  query: PageRequest & { area: string; status?: ApplicationStatus | undefined },
): Promise<Page<ApplicationRecord>> {
  return queryPage<ApplicationRecord>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': key('AREA', query.area, 'MUTUALAID-APPLICATION') },
      ScanIndexForward: false,
    },
    query,
    { status: query.status },
  );
}

/** The association's member units of a community, by name. */
export function listMembers(deps: RegistryDeps, query: PageRequest & { area: string }): Promise<Page<UnitRecord>> {
  return queryPage<UnitRecord>(
    deps,
    { IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': membersOf(query.area) } },
    query,
  );
}

/** Membership is checked in the same transaction as the write it allows. */
function memberStep(deps: RegistryDeps, unit: UnitRecord): Step {
  if (unit.mutualAid !== 'member') throw notMember(unit);
  return {
    item: {
      ConditionCheck: {
        TableName: deps.tableName,
        Key: unitKey(unit.id),
        ConditionExpression: 'mutualAid = :member',
        ExpressionAttributeValues: { ':member': 'member' },
      },
    },
    refused: () => notMember(unit),
  };
}

const notMember = (unit: UnitRecord) => new Conflict('not-a-member', `${unit.name}还不是共建互助联合会会员`);

export interface OfferRecord {
  id: string;
  unitId: string;
  unitName: string;
  area: string;
  kind: OfferBody['kind'];
  title: string;
  description: string;
  createdAt: string;
  createdBy: string;
}

/** A member unit posts a resource it offers or a need it has, for the association to match. */
export async function postOffer(deps: RegistryDeps, unit: UnitRecord, input: OfferBody, actor: string): Promise<OfferRecord> {
  const now = deps.now();
  const { unitId: _unitId, ...fields } = input;
  const offer: OfferRecord = {
    id: newId(now),
    unitId: unit.id,
    unitName: unit.name,
    area: unit.area,
    ...fields,
    createdAt: now.toISOString(),
    createdBy: actor,
  };
  await writeSteps(deps, [
    memberStep(deps, unit),
    createStep(
      deps,
      {
        pk: key('UNIT', unit.id),
        sk: key('OFFER', offer.id),
        entity: 'mutual-aid-offer',
        ...offer,
        gsi1pk: key('AREA', communityOf(unit.area), 'MUTUALAID-OFFER'),
        gsi1sk: key(offer.kind, offer.id),
      },
      () => new Conflict('offer-exists', '该条目已发布'),
    ),
  ]);
  return offer;
}

/** A community's offers and needs, newest first within each kind. */
export function listOffers(
  deps: RegistryDeps,
  query: PageRequest & { area: string; kind?: OfferBody['kind'] | undefined },
): Promise<Page<OfferRecord>> {
  return queryPage<OfferRecord>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: query.kind ? 'gsi1pk = :pk AND begins_with(gsi1sk, :kind)' : 'gsi1pk = :pk',
      ExpressionAttributeValues: {
        ':pk': key('AREA', query.area, 'MUTUALAID-OFFER'),
        ...(query.kind ? { ':kind': `${query.kind}#` } : {}),
      },
      ScanIndexForward: false,
    },
    query,
  );
}

export interface AwardRecord {
  year: number;
  unitId: string;
  unitName: string;
  area: string;
  title: string;
  grantedAt: string;
  grantedBy: string;
}

/** A yearly award to a member unit, kept in its community's partition by year; granted once per unit, year and title. */
export async function grantAward(deps: RegistryDeps, unit: UnitRecord, input: AwardBody, actor: string): Promise<AwardRecord> {
  const award: AwardRecord = {
    year: input.year,
    unitId: unit.id,
    unitName: unit.name,
    area: unit.area,
    title: input.title,
    grantedAt: deps.now().toISOString(),
    grantedBy: actor,
  };
  const community = communityOf(unit.area);
  await writeSteps(deps, [
    memberStep(deps, unit),
    createStep(
      deps,
      { ...communityItemKey(community, 'AWARD', String(award.year), unit.id, award.title), entity: 'mutual-aid-award', ...award },
      () => new Conflict('award-exists', `${unit.name}已获 ${award.year} 年度“${award.title}”表彰`),
    ),
  ]);
  return award;
}

/** A community's awards of one year, or of all years newest first. */
export function listAwards(
  deps: RegistryDeps,
  query: PageRequest & { area: string; year?: number | undefined },
): Promise<Page<AwardRecord>> {
  return queryPage<AwardRecord>(
    deps,
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': key('AREA', query.area),
        ':prefix': query.year === undefined ? 'AWARD#' : key('AWARD', query.year, ''),
      },
      ScanIndexForward: false,
    },
    query,
  );
}

/** What callers see of a unit: the contact's phone masked, the kind named in Chinese. */
export function unitView(unit: UnitRecord): UnitView {
  const { contactPhoneCipher: _cipher, contactPhoneMasked, pendingApplicationId: _pending, ...rest } = withoutActors(unit);
  return { ...rest, kindLabel: unitKindLabels[unit.kind], ...(contactPhoneMasked ? { contactPhone: contactPhoneMasked } : {}) };
}

/** An agreement with its standing on `today` (a China calendar day). */
export function agreementView(agreement: AgreementRecord, today: string): AgreementView {
  const { createdBy: _by, ...rest } = agreement;
  return { ...rest, status: agreementStatus(agreement.validUntil, today) };
}

export function applicationView(application: ApplicationRecord): ApplicationView {
  const { createdBy: _by, ...rest } = application;
  return rest;
}

export function offerView(offer: OfferRecord): OfferView {
  const { createdBy: _by, ...rest } = offer;
  return { ...rest, kindLabel: offerKindLabels[offer.kind] };
}

export function awardView(award: AwardRecord): AwardView {
  const { grantedBy: _by, ...rest } = award;
  return rest;
}

/**
 * A community's legal advisor (一村一法律顾问). The lawyer's work phone is published on the contact
 * card by design, so it is stored as given rather than as personal data.
 */
export interface LegalAdvisorRecord {
  name: string;
  firm: string;
  phone: string;
  serviceHours: string;
}

export function legalAdvisorView(
  advisor: LegalAdvisorRecord & { community: string; updatedAt: string; version: number },
): LegalAdvisorView {
  const { community, name, firm, phone, serviceHours, version, updatedAt } = advisor;
  return { community, name, firm, phone, serviceHours, version, updatedAt };
}
