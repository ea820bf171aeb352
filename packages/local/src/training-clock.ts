import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { addMonthsToDay, clock, SHANGHAI_OFFSET_MS, TrainingClockError } from '@shequ/contracts';
import type { LocalResponse } from './gateway.ts';
import type { CatchUpRun } from './scheduler.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** One month at most per move, so a catch-up stays a few minutes even with every daily job. */
export const MAX_ADVANCE_DAYS = 31;

/** A training clock request the platform turns down, with the problem+json it answers. */
export class ClockProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
  ) {
    super(detail);
  }
}

/** `2026-12-05T09:00:00+08:00`: how the clock routes and the banner show a time (seconds, Shanghai offset). */
export function shanghaiIso(time: Date): string {
  return `${new Date(time.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/**
 * A time as a trainer types it: `2026-11-30T23:50+08:00`, `2026-11-30T15:50Z`, or without an offset in
 * Asia/Shanghai time (`2026-11-30 23:50`, `2026-12-05` for its midnight), as the schedules are.
 */
export function parseClockTime(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    text.trim(),
  );
  const problem = () =>
    new ClockProblem(
      400,
      'invalid-time',
      '时间无效',
      `无法识别的时间“${text}”：请写成 2026-11-30T23:50+08:00（不带时区按北京时间，如 2026-12-05 09:00 或 2026-12-05）`,
    );
  if (!match) throw problem();
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone] = match;
  const offset = !zone ? '+08:00' : /^z$/i.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const time = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
  // Date rolls 2026-02-30 over into March; a trainer who typed it made a mistake.
  const wall = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  const fieldsKept =
    wall.getUTCFullYear() === Number(year) &&
    wall.getUTCMonth() === Number(month) - 1 &&
    wall.getUTCDate() === Number(day) &&
    wall.getUTCHours() === Number(hour) &&
    wall.getUTCMinutes() === Number(minute);
  if (Number.isNaN(time.getTime()) || !fieldsKept) throw problem();
  return time;
}

/**
 * `from` plus an ISO 8601 duration: `P1D`, `PT2H30M`, `P1W`, `P1M` (a calendar month in Shanghai, kept
 * within the target month: 31 January + P1M is 28 February). Years, months and weeks before days and time.
 */
export function addDuration(from: Date, duration: string): Date {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(duration.trim());
  if (!match || /^PT?$/i.test(duration.trim()) || /T$/i.test(duration.trim())) {
    throw new ClockProblem(
      400,
      'invalid-duration',
      '时长无效',
      `无法识别的时长“${duration}”：请用 ISO 8601 时长，如 P1D（1 天）、PT2H（2 小时）、PT30M（30 分钟）、P1W（1 周）、P1M（1 个月）`,
    );
  }
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  let time = from.getTime();
  const calendarMonths = (years ?? 0) * 12 + (months ?? 0);
  if (calendarMonths > 0) {
    // Move the Shanghai calendar day, keep the time of day.
    const shifted = new Date(time + SHANGHAI_OFFSET_MS);
    const day = shifted.toISOString().slice(0, 10);
    const timeOfDay = time + SHANGHAI_OFFSET_MS - Date.parse(`${day}T00:00:00Z`);
    time = Date.parse(`${addMonthsToDay(day, calendarMonths)}T00:00:00Z`) - SHANGHAI_OFFSET_MS + timeOfDay;
  }
  time += ((weeks ?? 0) * 7 + (days ?? 0)) * DAY_MS + (hours ?? 0) * 60 * MINUTE_MS + (minutes ?? 0) * MINUTE_MS;
  time += (seconds ?? 0) * 1000;
  return new Date(time);
}

/** What a data directory remembers of its last training clock (`training-clock.json`). */
export interface SavedTrainingClock {
  /** The time the training clock showed when last saved (an advance, or the platform stopping). */
  time: string;
  /** Where that training started (`--clock`). */
  startedFrom: string;
  /** System time of the save. */
  savedAt: string;
}

/** One move of the clock, as `POST /_local/clock` answers it. */
export interface ClockMove {
  from: string;
  to: string;
  now: string;
  runs: { job: string; at: string; ok: boolean; result?: unknown; error?: string; durationMs: number }[];
}

/**
 * The local platform's training clock (`pnpm start --clock`): starts the shared clock in `@shequ/contracts`
 * that handlers, jobs and the scheduler read, moves it forward (never back) with the scheduler catching up
 * on the runs it skipped, and remembers the last time it showed in the data directory. A restart does not
 * resume it: without `--clock` the platform runs on the system time, and `previous` says where training
 * stopped so the banner can show how to go on.
 */
export class TrainingClock {
  /** The last training clock of this data directory, read before this start overwrote it. */
  readonly previous: SavedTrainingClock | undefined;
  readonly startedFrom: Date | undefined;
  private readonly stateFile: string | undefined;
  private moving = false;

  constructor(options: { at?: string | Date; stateFile?: string }) {
    this.stateFile = options.stateFile;
    this.previous = readSavedTrainingClock(options.stateFile);
    if (options.at === undefined) return;
    const at = typeof options.at === 'string' ? parseClockTime(options.at) : options.at;
    clock.startTraining(at);
    this.startedFrom = at;
    this.save();
  }

  /** False on the system time, and again once stopped. */
  get training(): boolean {
    return this.startedFrom !== undefined && clock.training;
  }

  /** What `GET /_local/clock` shows. */
  status(): Record<string, unknown> {
    const now = clock.now();
    return {
      training: this.training,
      now: shanghaiIso(now),
      ...(this.startedFrom ? { startedFrom: shanghaiIso(this.startedFrom) } : {}),
      systemTime: shanghaiIso(new Date()),
      ...(!this.training && this.previous ? { previous: this.previous } : {}),
    };
  }

  /**
   * Moves the clock forward by `{ advance: "P1D" }` or to `{ to: "2026-12-05T09:00+08:00" }`, at most
   * {@link MAX_ADVANCE_DAYS} days at once; `catchUp` runs what the schedules skipped and leaves the clock at
   * the target. Throws a {@link ClockProblem} for anything it refuses.
   */
  async advance(body: unknown, catchUp: (to: Date) => Promise<CatchUpRun[]>): Promise<ClockMove> {
    if (!this.training) {
      throw new ClockProblem(
        409,
        'no-training-clock',
        '未启用训练时钟',
        '本地平台未启用训练时钟：以 pnpm start --clock <时间> 启动后才能拨动',
      );
    }
    const request = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const { advance, to: target } = request;
    if ((advance === undefined) === (target === undefined) || ![advance, target].some((value) => typeof value === 'string')) {
      throw new ClockProblem(
        400,
        'invalid-clock-request',
        '请求无效',
        '请求体须为 {"advance":"P1D"}（向前拨一段时长）或 {"to":"2026-12-05T09:00+08:00"}（拨到某一时刻），二者取一',
      );
    }
    if (this.moving) {
      throw new ClockProblem(409, 'clock-busy', '时钟正在拨动', '训练时钟正在拨动（正在补跑跳过的定时任务），请稍后再试');
    }
    const from = clock.now();
    const to = typeof advance === 'string' ? addDuration(from, advance) : parseClockTime(String(target));
    if (to.getTime() <= from.getTime()) {
      throw new ClockProblem(
        409,
        'clock-backwards',
        '时钟只能向前拨',
        `训练时钟只能向前拨：现在是 ${shanghaiIso(from)}，目标 ${shanghaiIso(to)} 不晚于现在。要从更早的时间重来，请停止平台、删除数据目录后以新的 --clock 启动`,
      );
    }
    if (to.getTime() - from.getTime() > MAX_ADVANCE_DAYS * DAY_MS) {
      const days = Math.ceil((to.getTime() - from.getTime()) / DAY_MS);
      throw new ClockProblem(
        400,
        'advance-too-far',
        '一次拨得太远',
        `一次最多向前拨 ${MAX_ADVANCE_DAYS} 天（目标 ${shanghaiIso(to)} 距现在约 ${days} 天），以免补跑的定时任务过多；请分几次拨动`,
      );
    }
    this.moving = true;
    try {
      const runs = await catchUp(to);
      return {
        from: shanghaiIso(from),
        to: shanghaiIso(to),
        now: shanghaiIso(clock.now()),
        runs: runs.map((run) => ({ ...run, at: shanghaiIso(run.at) })),
      };
    } finally {
      this.moving = false;
      this.save();
    }
  }

  /** Saves where training stands and gives the process back its system time. */
  stop(): void {
    if (!this.training) return;
    this.save();
    clock.stopTraining();
  }

  /** Banner lines for `pnpm start`. */
  bannerLines(url: string): string[] {
    if (this.startedFrom) {
      const lines = [
        `  训练时钟      已启用：平台时间 ${shanghaiIso(clock.now())}（从 ${shanghaiIso(this.startedFrom)} 起随真实时间走，只能向前拨）`,
        `               向前拨：POST ${url}/_local/clock {"advance":"P1D"} 或 {"to":"2026-12-05T09:00+08:00"}（区级管理员令牌）`,
      ];
      if (this.previous && Date.parse(this.previous.time) > this.startedFrom.getTime()) {
        lines.push(
          `  注意          本数据目录上次训练已到 ${this.previous.time}，比本次起点晚：期限和公示可能出现“倒退”，要重来请删除数据目录`,
        );
      }
      return lines;
    }
    if (this.previous) {
      return [`  训练时钟      未启用（上次训练停在 ${this.previous.time}；继续训练：pnpm start --clock ${this.previous.time}）`];
    }
    return [];
  }

  private save(): void {
    if (!this.stateFile || !this.startedFrom || !this.training) return;
    const saved: SavedTrainingClock = {
      time: shanghaiIso(clock.now()),
      startedFrom: shanghaiIso(this.startedFrom),
      savedAt: new Date().toISOString(),
    };
    writeFileSync(this.stateFile, `${JSON.stringify(saved, null, 2)}\n`);
  }
}

function readSavedTrainingClock(stateFile: string | undefined): SavedTrainingClock | undefined {
  if (!stateFile || !existsSync(stateFile)) return undefined;
  try {
    return JSON.parse(readFileSync(stateFile, 'utf8')) as SavedTrainingClock;
  } catch {
    return undefined;
  }
}

/** `GET` and `POST /_local/clock` (the caller is already known to be a district admin). */
export async function clockRoute(
  training: TrainingClock,
  request: { method?: string | undefined },
  body: Buffer,
  catchUp: (to: Date) => Promise<CatchUpRun[]>,
): Promise<LocalResponse> {
  const json = (status: number, payload: unknown): LocalResponse => ({
    status,
    headers: {
      'content-type': status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8',
    },
    body: JSON.stringify(payload),
  });
  if (request.method === 'GET') return json(200, training.status());
  if (request.method !== 'POST') {
    return json(405, {
      code: 'method-not-allowed',
      title: '方法不支持',
      status: 405,
      detail: '训练时钟只支持 GET（查看）和 POST（向前拨）',
    });
  }
  try {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8') || '{}');
    } catch {
      throw new ClockProblem(400, 'invalid-json', '请求体无效', '请求体须为 JSON，如 {"advance":"P1D"}');
    }
    return json(200, await training.advance(parsed, catchUp));
  } catch (error) {
    if (error instanceof ClockProblem) {
      return json(error.status, { code: error.code, title: error.title, status: error.status, detail: error.message });
    }
    if (error instanceof TrainingClockError) {
      return json(409, { code: 'clock-refused', title: '时钟拒绝', status: 409, detail: error.message });
    }
    throw error;
  }
}
