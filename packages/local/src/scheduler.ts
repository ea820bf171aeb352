import { clock } from '@shequ/contracts';
import { type CronSchedule, nextRun, parseCron } from './cron.ts';

/** Node's setTimeout stores delays in an int32; longer waits are split into chunks of this size. */
const MAX_TIMER_MS = 2_147_483_647;
const HOUR_MS = 3_600_000;

/** A job the local platform runs on an EventBridge Scheduler expression (Asia/Shanghai time). */
export interface ScheduledJob {
  /** `<service>.<schedule>`, the name of the schedule in AWS; used in logs. */
  id: string;
  /** `cron(...)` or `rate(...)`, as in the manifest. */
  cron: string;
  /** Receives the scheduled time of the run (not the possibly later wall-clock time). */
  run: (now: Date) => Promise<unknown>;
}

/** Options of {@link LocalScheduler}; the clock and timers are injectable for tests. */
export interface LocalSchedulerOptions {
  jobs: readonly ScheduledJob[];
  /** Default: the platform's clock (a training clock when one runs). */
  now?: () => Date;
  setTimer?: (callback: () => void, delayMs: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  log?: (entry: Record<string, unknown>) => void;
}

/** One run made while catching up after the clock jumped forward. */
export interface CatchUpRun {
  job: string;
  /** The run's scheduled time, which it received as its `now`. */
  at: Date;
  ok: boolean;
  result?: unknown;
  error?: string;
  durationMs: number;
}

/** How a catch-up moves the clock and waits between runs; see {@link LocalScheduler.catchUp}. */
export interface CatchUpHooks {
  /** Stands the clock at a run's time before it starts, and at the target at the end. */
  moveTo: (time: Date) => void;
  /** Awaited after each run, e.g. until the events it raised were delivered. */
  settle?: () => Promise<void>;
}

interface JobState {
  job: ScheduledJob;
  schedule: CronSchedule;
  due?: Date;
  timer?: unknown;
  running?: Promise<void>;
}

/**
 * Runs the manifests' schedules in-process, as EventBridge Scheduler does in AWS: one timer per job, armed
 * for its next run and re-armed after each. A run still in progress when the next is due is skipped (no
 * overlap), and a failing run is logged without stopping the schedule.
 */
export class LocalScheduler {
  private readonly states: JobState[];
  private readonly now: () => Date;
  private readonly setTimer: (callback: () => void, delayMs: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  /** Rate schedules count their intervals from here, as AWS counts them from the schedule's creation. */
  private anchor: Date | undefined;
  private started = false;

  /** Parses every expression now, so a wrong manifest fails the platform's start. */
  constructor(private readonly options: LocalSchedulerOptions) {
    this.now = options.now ?? (() => clock.now());
    // Looked up at call time so fake timers installed after construction still apply.
    this.setTimer = options.setTimer ?? ((callback, delayMs) => setTimeout(callback, delayMs));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    const problems: string[] = [];
    const seen = new Set<string>();
    this.states = [];
    for (const job of options.jobs) {
      if (seen.has(job.id)) problems.push(`${job.id}: duplicate job id`);
      seen.add(job.id);
      try {
        this.states.push({ job, schedule: parseCron(job.cron) });
      } catch (error) {
        problems.push(`${job.id}: ${(error as Error).message}`);
      }
    }
    if (problems.length > 0) throw new Error(`invalid schedules (定时任务配置错误):\n  ${problems.join('\n  ')}`);
  }

  /** Arms one timer per job for its next run. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const now = this.now();
    this.anchor = now;
    for (const state of this.states) this.arm(state, this.upcoming(state, now));
  }

  /** Clears all timers and resolves once the runs in progress have finished. */
  async stop(): Promise<void> {
    this.started = false;
    for (const state of this.states) {
      if (state.timer !== undefined) this.clearTimer(state.timer);
      state.timer = undefined;
      state.due = undefined;
    }
    await Promise.all(this.states.map((state) => state.running));
  }

  /**
   * Each job's next run, for the start banner; computed from now when the scheduler is not started. Jobs
   * whose expression has no future run (a past year) are left out.
   */
  nextRuns(): { id: string; next: Date }[] {
    const now = this.now();
    return this.states.flatMap((state) => {
      const next = state.due ?? this.upcoming(state, now, false);
      return next ? [{ id: state.job.id, next }] : [];
    });
  }

  /**
   * The clock jumps forward to `to`: runs, in time order, what the jobs would have run between their armed
   * next run and `to`, each with its own scheduled time as `now` and the clock (through `hooks.moveTo`)
   * standing there, so handlers and consumers see the moment too; then re-arms every job after `to`. A job
   * scheduled more often than hourly runs once per hour skipped (the last of its runs in that hour). Returns
   * the runs made; a failing run is reported and the catch-up goes on. When the scheduler is not started,
   * only the clock moves.
   */
  async catchUp(to: Date, hooks: CatchUpHooks): Promise<CatchUpRun[]> {
    if (!this.started) {
      hooks.moveTo(to);
      return [];
    }
    for (const state of this.states) {
      if (state.timer !== undefined) this.clearTimer(state.timer);
      state.timer = undefined;
    }
    await Promise.all(this.states.map((state) => state.running));
    const from = this.now();
    const pending = this.states.flatMap((state, order) =>
      this.occurrences(state, state.due ?? this.upcoming(state, from), to).map((at) => ({ state, order, at })),
    );
    pending.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
    const runs: CatchUpRun[] = [];
    for (const { state, at } of pending) {
      if (!this.started) break;
      if (at.getTime() > this.now().getTime()) hooks.moveTo(at);
      runs.push({ job: state.job.id, at, ...(await this.track(state, this.execute(state, at))) });
      await hooks.settle?.();
    }
    // Stopped meanwhile: the platform is going away, and with it the clock.
    if (!this.started) return runs;
    if (to.getTime() > this.now().getTime()) hooks.moveTo(to);
    for (const state of this.states) this.arm(state, this.upcoming(state, to));
    return runs;
  }

  /** A job's runs from `first` to `to` inclusive, at most one per hour (the last in it). */
  private occurrences(state: JobState, first: Date | undefined, to: Date): Date[] {
    const runs: Date[] = [];
    for (let at = first; at && at.getTime() <= to.getTime(); at = this.upcoming(state, at)) {
      const last = runs[runs.length - 1];
      if (last && Math.floor(last.getTime() / HOUR_MS) === Math.floor(at.getTime() / HOUR_MS)) runs[runs.length - 1] = at;
      else runs.push(at);
    }
    return runs;
  }

  /** The next run after `after`, or undefined (logged once) when the expression has none. */
  private upcoming(state: JobState, after: Date, report = true): Date | undefined {
    try {
      return nextRun(state.schedule, after, this.anchor ?? after);
    } catch (error) {
      if (report) this.log({ level: 'warn', message: 'no further run', job: state.job.id, error: (error as Error).message });
      return undefined;
    }
  }

  private arm(state: JobState, due: Date | undefined): void {
    state.due = due;
    if (due === undefined) return;
    const delay = Math.min(Math.max(due.getTime() - this.now().getTime(), 0), MAX_TIMER_MS);
    state.timer = this.setTimer(() => this.fire(state), delay);
  }

  private fire(state: JobState): void {
    state.timer = undefined;
    const due = state.due;
    if (!this.started || due === undefined) return;
    const now = this.now();
    // A long wait arrives in chunks, and the wall clock may lag the timer clock slightly: wait for the rest.
    if (now.getTime() < due.getTime()) {
      this.arm(state, due);
      return;
    }
    // Arm the next run first, so a slow run cannot shift the schedule.
    this.arm(state, this.upcoming(state, now));
    if (state.running) {
      this.log({
        level: 'warn',
        message: 'run skipped, previous run still in progress',
        job: state.job.id,
        due: due.toISOString(),
      });
      return;
    }
    this.track(state, this.execute(state, due));
  }

  /** Marks the job as running until `run` settles, so runs never overlap and `stop` waits for it. */
  private track<T>(state: JobState, run: Promise<T>): Promise<T> {
    state.running = run.then(() => {
      state.running = undefined;
    });
    return run;
  }

  /** Runs a job once; never throws (a failure is logged and returned). Durations are wall time. */
  private async execute(state: JobState, due: Date): Promise<Omit<CatchUpRun, 'job' | 'at'>> {
    const startedAt = Date.now();
    this.log({ level: 'info', message: 'run started', job: state.job.id, due: due.toISOString() });
    try {
      const result = await state.job.run(due);
      const durationMs = Date.now() - startedAt;
      this.log({ level: 'info', message: 'run finished', job: state.job.id, durationMs });
      return { ok: true, result, durationMs };
    } catch (error) {
      const durationMs = Date.now() - startedAt;
      this.log({
        level: 'error',
        message: 'run failed',
        job: state.job.id,
        error: String(error),
        stack: (error as Error | undefined)?.stack,
        durationMs,
      });
      return { ok: false, error: String(error), durationMs };
    }
  }

  private log(entry: Record<string, unknown>): void {
    try {
      this.options.log?.({ time: this.now().toISOString(), component: 'scheduler', ...entry });
    } catch {
      // A broken logger must not turn a job's outcome into an unhandled rejection.
    }
  }
}
