/**
 * The public notice board (公示栏) of an area: what is posted there, by whom, for how long, and what anyone
 * may read without signing in. Subsidies post their 三榜公示 rounds, cases their published outcomes, and
 * workers their policies and activities; every notice has a posting period whose last day is inclusive.
 */

/** Who posted a notice: the subsidy workflow, the case pipeline, or a worker by hand. */
export const noticeSources = ['subsidies', 'cases', 'worker'] as const;
export type NoticeSource = (typeof noticeSources)[number];

/** What a worker may post by hand; the other kinds come from the services' own workflows. */
export const workerNoticeKinds = ['policy', 'activity', 'other'] as const;
export type WorkerNoticeKind = (typeof workerNoticeKinds)[number];

export const noticeKinds = [...workerNoticeKinds, 'subsidy-round', 'case-outcome'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export const noticeKindLabels: Record<NoticeKind, string> = {
  policy: '政策公告',
  activity: '活动通知',
  other: '公告',
  'subsidy-round': '补助公示',
  'case-outcome': '办理结果公示',
};

/** The longest a worker's notice stays up: a notice that outlives its season misleads more than it informs. */
export const MAX_POSTING_DAYS = 90;

/** One person on a posted list: the name as registered and the registry's masked ID, never the number. */
export interface NoticeEntry {
  name: string;
  citizenIdMasked: string;
  programmeName?: string;
  amountYuan?: number;
}

export interface Notice {
  id: string;
  /** District (6 digits), sub-district (9) or community (12): whose board it is posted on. */
  area: string;
  source: NoticeSource;
  kind: NoticeKind;
  kindLabel: string;
  title: string;
  body?: string;
  entries?: NoticeEntry[];
  /** First and last day (inclusive) of the posting period, Asia/Shanghai `YYYY-MM-DD`. */
  postedFrom: string;
  postedUntil: string;
  postedAt: string;
  postedBy: string;
  /** What the notice is about, for notices a workflow posts (the application and round, or the case). */
  ref?: { applicationId: string; round: number } | { caseId: string };
  takenDownAt?: string;
  takenDownBy?: string;
  takeDownReason?: string;
}

/** Board areas are whole districts, sub-districts or communities; a grid has no board of its own. */
export const BOARD_AREA = /^\d{6}(\d{3}(\d{3})?)?$/;

export type AreaLevel = 'district' | 'subdistrict' | 'community';

export function levelOf(area: string): AreaLevel {
  return area.length === 6 ? 'district' : area.length === 9 ? 'subdistrict' : 'community';
}

/**
 * The areas whose notices show on the board of `area`: its own and every parent's (codes are prefixes), so a
 * community's board carries the district's policies too. A grid reads its community's board.
 */
export function boardAreasOf(area: string): string[] {
  const code = area.slice(0, 12);
  return [6, 9, 12].filter((length) => length <= code.length).map((length) => code.slice(0, length));
}

/** A notice is up on day D from its first day through its last, unless it was taken down. */
export function isPostedOn(notice: Pick<Notice, 'postedFrom' | 'postedUntil' | 'takenDownAt'>, day: string): boolean {
  return notice.takenDownAt === undefined && notice.postedFrom <= day && day <= notice.postedUntil;
}

/** Newest first: the latest posting period on top, the later posting first within a day. */
export function newestFirst(a: Notice, b: Notice): number {
  return b.postedFrom.localeCompare(a.postedFrom) || b.postedAt.localeCompare(a.postedAt) || a.id.localeCompare(b.id);
}

const DAY_MS = 86_400_000;

/** Inclusive length of a period in calendar days: 2026-03-01 … 2026-03-07 is 7. */
export function periodDays(from: string, until: string): number {
  return Math.round((Date.parse(`${until}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** What is wrong with a worker's posting period on `today`, as Chinese messages by field (empty when fine). */
export function postingPeriodProblems(period: { postedFrom: string; postedUntil: string }, today: string) {
  const problems: { field: 'postedFrom' | 'postedUntil'; message: string }[] = [];
  // A board is a public record of when something was posted: a back-dated start would misstate it.
  if (period.postedFrom < today) problems.push({ field: 'postedFrom', message: `公示开始日期不能早于今天（${today}）` });
  if (period.postedUntil < period.postedFrom) {
    problems.push({ field: 'postedUntil', message: '公示截止日期不能早于开始日期' });
  } else if (periodDays(period.postedFrom, period.postedUntil) > MAX_POSTING_DAYS) {
    problems.push({ field: 'postedUntil', message: `公示期最长 ${MAX_POSTING_DAYS} 天（含首尾两天）` });
  }
  return problems;
}

// An 18-character citizen ID (17 digits and a digit or X) standing alone, not part of a longer number.
const CITIZEN_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
// A mainland mobile number, with or without +86 and with spaces or dashes as people type them.
const MOBILE = /(?<![\d+])(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g;
const MASKED_CITIZEN_ID = /^\d{6}\*{8}[\dX]{4}$/;

/**
 * Why a text for the public board is refused: it holds a full citizen ID or mobile number. Workers copy
 * from case files and forms; the board is public, so it takes masked numbers only.
 */
export function personalNumberProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.match(CITIZEN_ID)) problems.push('公示内容不得包含完整的身份证号码，请删除或打码（如 350203********1234）');
  if (text.match(MOBILE)) problems.push('公示内容不得包含完整的手机号码，请删除或打码（如 138****5678），可留办公电话');
  return problems;
}

/** Masks any full citizen ID or mobile number left in a text: the last guard before it goes public. */
export function maskPersonalNumbers(text: string): string {
  return text
    .replace(CITIZEN_ID, (id) => `${id.slice(0, 6)}********${id.slice(-4).toUpperCase()}`)
    .replace(MOBILE, (phone) => {
      const digits = phone.replace(/\D/g, '').slice(-11);
      return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
    });
}

/** The registry's masked ID as it came, or a masked form of anything else: a full number never goes out. */
export function maskedIdOf(value: string): string {
  if (MASKED_CITIZEN_ID.test(value)) return value;
  return /^\d{17}[\dXx]$/.test(value) ? `${value.slice(0, 6)}********${value.slice(-4).toUpperCase()}` : '******************';
}

/** What anyone may read of a notice: no poster, no take-down notes, numbers masked. */
export interface PublicNotice {
  id: string;
  area: string;
  areaLevel: AreaLevel;
  source: NoticeSource;
  kind: NoticeKind;
  kindLabel: string;
  title: string;
  body?: string;
  entries?: NoticeEntry[];
  postedFrom: string;
  postedUntil: string;
}

export function publicNotice(notice: Notice): PublicNotice {
  return {
    id: notice.id,
    area: notice.area,
    areaLevel: levelOf(notice.area),
    source: notice.source,
    kind: notice.kind,
    kindLabel: notice.kindLabel,
    title: maskPersonalNumbers(notice.title),
    ...(notice.body !== undefined ? { body: maskPersonalNumbers(notice.body) } : {}),
    ...(notice.entries
      ? {
          entries: notice.entries.map((entry) => ({
            name: entry.name,
            citizenIdMasked: maskedIdOf(entry.citizenIdMasked),
            ...(entry.programmeName !== undefined ? { programmeName: entry.programmeName } : {}),
            ...(entry.amountYuan !== undefined ? { amountYuan: entry.amountYuan } : {}),
          })),
        }
      : {}),
    postedFrom: notice.postedFrom,
    postedUntil: notice.postedUntil,
  };
}

const ROUND_NAMES = ['', '第一榜', '第二榜', '第三榜'] as const;

/**
 * How far an application has gone past the board: before any round (0), on round 1–3, or beyond it
 * (approval, refusal, withdrawal, the benefit itself). The subsidy workflow only moves forward through
 * these, so a stage never seen before is news and a lower or equal one is a repeat or a late arrival.
 */
export function boardStageOf(state: string): number {
  if (state === 'submitted' || state === 'community-review') return 0;
  const round = /^notice-([123])$/.exec(state)?.[1];
  return round ? Number(round) : 4;
}

/** A status change of an application, as the board reads it. */
export interface RoundChange {
  applicationId: string;
  to: string;
  round?: number | undefined;
  postedOn?: string | undefined;
  lastDay?: string | undefined;
}

/** What the board keeps per application: the furthest stage seen and the notice now up for it. */
export interface RoundPointer {
  stage: number;
  noticeId?: string | undefined;
}

export type RoundStep =
  | { kind: 'ignore'; why: 'not-newer' | 'incomplete' | 'not-on-board' }
  | { kind: 'advance'; stage: number; post?: { round: number; postedOn: string; lastDay: string }; takeDown?: string };

/**
 * What a status change does to the board: a newer round goes up and the previous one comes down; moving
 * past the board takes the last round down; a repeat, an objection recorded on the posted round, or an old
 * event arriving late does nothing.
 */
export function roundStep(pointer: RoundPointer | undefined, change: RoundChange): RoundStep {
  const stage = boardStageOf(change.to);
  const onRound = stage >= 1 && stage <= 3;
  if (onRound && (change.round !== stage || !change.postedOn || !change.lastDay)) return { kind: 'ignore', why: 'incomplete' };
  if (stage <= (pointer?.stage ?? 0)) return { kind: 'ignore', why: pointer ? 'not-newer' : 'not-on-board' };
  return {
    kind: 'advance',
    stage,
    ...(onRound ? { post: { round: stage, postedOn: change.postedOn as string, lastDay: change.lastDay as string } } : {}),
    ...(pointer?.noticeId ? { takeDown: pointer.noticeId } : {}),
  };
}

/** One notice per application and round, so the same round posted twice is the same notice. */
export function roundNoticeId(applicationId: string, round: number): string {
  return `sa-${applicationId}-${round}`;
}

/** A subsidy round on the applicant's community board: `最低生活保障（低保）第一榜公示`, one entry. */
export function roundNotice(input: {
  applicationId: string;
  round: number;
  community: string;
  programmeName: string | undefined;
  postedOn: string;
  lastDay: string;
  applicant: { name: string; citizenIdMasked: string };
  amountFen?: number | undefined;
  postedAt: string;
  postedBy: string;
}): Notice {
  const programme = input.programmeName ?? '补助对象';
  return {
    id: roundNoticeId(input.applicationId, input.round),
    area: input.community,
    source: 'subsidies',
    kind: 'subsidy-round',
    kindLabel: noticeKindLabels['subsidy-round'],
    title: `${programme}${ROUND_NAMES[input.round] ?? ''}公示`,
    entries: [
      {
        name: input.applicant.name,
        citizenIdMasked: maskedIdOf(input.applicant.citizenIdMasked),
        ...(input.programmeName !== undefined ? { programmeName: input.programmeName } : {}),
        ...(input.amountFen !== undefined ? { amountYuan: input.amountFen / 100 } : {}),
      },
    ],
    postedFrom: input.postedOn,
    postedUntil: input.lastDay,
    postedAt: input.postedAt,
    postedBy: input.postedBy,
    ref: { applicationId: input.applicationId, round: input.round },
  };
}

/** One notice per case, so an outcome published twice (or its event delivered twice) is the same notice. */
export function caseNoticeId(caseId: string): string {
  return `case-${caseId}`;
}

/**
 * A case's outcome on its community board (公示反馈): the topic and what was done, never who asked. The outcome is
 * a worker's free text, so any full ID or mobile number left in it is masked before it is kept.
 */
export function caseOutcomeNotice(input: {
  caseId: string;
  community: string;
  topic: string;
  outcome: string;
  postedFrom: string;
  postedUntil: string;
  postedAt: string;
  postedBy: string;
}): Notice {
  return {
    id: caseNoticeId(input.caseId),
    area: input.community,
    source: 'cases',
    kind: 'case-outcome',
    kindLabel: noticeKindLabels['case-outcome'],
    title: maskPersonalNumbers(`关于“${input.topic}”的办理结果`),
    body: maskPersonalNumbers(input.outcome),
    postedFrom: input.postedFrom,
    postedUntil: input.postedUntil,
    postedAt: input.postedAt,
    postedBy: input.postedBy,
    ref: { caseId: input.caseId },
  };
}

/** Why a round came down, as the board's record says it. */
export function roundTakeDownReason(to: string): string {
  const stage = boardStageOf(to);
  if (stage >= 2 && stage <= 3) return `上一榜公示期满，进入${ROUND_NAMES[stage]}公示`;
  if (to === 'subdistrict-approval') return '三榜公示结束，报街道审批';
  if (to === 'rejected') return '申请已驳回';
  if (to === 'withdrawn') return '申请已撤回';
  return '申请已离开公示阶段';
}
