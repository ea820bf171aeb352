import { ageOn } from './citizen-id.ts';

/** Where a person stands: living here, gone from the district, or dead. Records are never deleted. */
export const personStatuses = ['active', 'moved-out', 'deceased'] as const;
export type PersonStatus = (typeof personStatuses)[number];

/** Everything that changes a person after registration. */
export type PersonAction = 'update' | 'move' | 'move-out' | 'decease' | 'correct-citizen-id';

const actionNames: Record<PersonAction, string> = {
  update: '修改信息',
  move: '区内迁移',
  'move-out': '迁出登记',
  decease: '死亡登记',
  'correct-citizen-id': '更正公民身份号码',
};

/**
 * Which action is allowed from which status, and where it leads. A moved-out or deceased person's record
 * is closed: it stays readable for the record but takes no further changes.
 */
const transitions: Record<PersonAction, { from: readonly PersonStatus[]; to?: PersonStatus }> = {
  update: { from: ['active'] },
  move: { from: ['active'] },
  'move-out': { from: ['active'], to: 'moved-out' },
  decease: { from: ['active'], to: 'deceased' },
  'correct-citizen-id': { from: ['active'] },
};

const closedReasons: Record<Exclude<PersonStatus, 'active'>, string> = {
  'moved-out': '该人员已迁出本区',
  deceased: '该人员已登记死亡',
};

export type Transition = { allowed: true; status: PersonStatus } | { allowed: false; message: string };

/** The status after `action`, or a Chinese explanation of why a person in `status` cannot take it. */
export function transition(status: PersonStatus, action: PersonAction): Transition {
  const rule = transitions[action];
  if (rule.from.includes(status)) return { allowed: true, status: rule.to ?? status };
  const reason = status === 'active' ? '该人员状态不允许此操作' : closedReasons[status];
  return { allowed: false, message: `${reason}，不能再办理${actionNames[action]}；记录仅供查阅` };
}

/** Only active persons are counted in their area's lists and in the age-derived groups. */
export function isListed(status: PersonStatus): boolean {
  return status === 'active';
}

export interface DerivedGroups {
  /** 60 or older today. */
  elderly: boolean;
  /** Female aged 15–49 today (育龄妇女). */
  womanOfChildbearingAge: boolean;
}

/** Groups that follow from birth date and sex on a given day: computed on every read, never stored, so they never go stale. */
export function derivedGroups(birthDate: string, sex: 'male' | 'female', day: Date): DerivedGroups {
  const age = ageOn(birthDate, day);
  return { elderly: age >= 60, womanOfChildbearingAge: sex === 'female' && age >= 15 && age <= 49 };
}

/** The calendar date in Asia/Shanghai, which is what "today" means for effective dates. */
export function shanghaiDate(day: Date): string {
  return new Date(day.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Why an effective date cannot be right for this person (before birth, or still to come), if it cannot. */
export function effectiveDateProblem(date: string, birthDate: string, today: Date): string | undefined {
  if (date < birthDate) return `日期 ${date} 早于出生日期 ${birthDate}`;
  if (date > shanghaiDate(today)) return `日期 ${date} 晚于今天，不能登记尚未发生的事项`;
  return undefined;
}

/**
 * A destination inside this district where persons live: a community (12 digits) or one of its grids,
 * under the district's own 6-digit code.
 */
export function isResidentialAreaOf(district: string, area: string): boolean {
  return area.startsWith(district) && /^\d{12}(-\d{2})?$/.test(area);
}

/** The editable details of a person (the citizen ID and the area change only through their own actions). */
export interface PersonDetails {
  name: string;
  phone?: string | undefined;
  residence: 'registered' | 'migrant';
  migrant?: { origin: string; arrivalDate: string } | undefined;
  building?: string | undefined;
  room?: string | undefined;
}

/** A partial update: an absent field stays, `null` clears an optional one. */
export type PersonDetailsPatch = {
  [K in keyof PersonDetails]?: PersonDetails[K] | null;
};

export type PatchResult =
  | { ok: true; details: PersonDetails; changed: (keyof PersonDetails)[] }
  | { ok: false; field: keyof PersonDetails; message: string };

const detailFields = ['name', 'phone', 'residence', 'migrant', 'building', 'room'] as const;

/**
 * Applies a patch and names the fields that really changed. A person who becomes 户籍 drops the migrant
 * details (and a 户籍 person cannot be given any); one who is 流动 must have them.
 */
export function patchDetails(current: PersonDetails, patch: PersonDetailsPatch): PatchResult {
  const next: PersonDetails = { ...current };
  for (const field of detailFields) {
    const value = patch[field];
    if (value === undefined) continue;
    Object.assign(next, { [field]: value ?? undefined });
  }
  if (next.residence === 'registered' && patch.migrant) {
    return { ok: false, field: 'migrant', message: '户籍人口不填写流动人口信息；如已转为流动人口，请同时把户籍类型改为 migrant' };
  }
  if (next.residence === 'registered') next.migrant = undefined;
  if (next.residence === 'migrant' && !next.migrant) {
    return { ok: false, field: 'migrant', message: '流动人口须填写流出地和来本地日期' };
  }
  const changed = detailFields.filter((field) => JSON.stringify(current[field]) !== JSON.stringify(next[field]));
  return { ok: true, details: next, changed };
}
