/**
 * The time the platform's business runs on: what records and events are stamped with, what deadlines,
 * notice rounds and ages count from, and what scheduled jobs run at. It is the system time, except while
 * the local platform runs a training clock (`pnpm start --clock …`): then it shows the chosen time, runs on
 * at the normal pace from there and is only ever moved forward. Elapsed-time budgets, token expiry and TTLs
 * keep reading the system time (`Date.now()`), so they behave the same with or without a training clock.
 */

/** The environment form of `pnpm start --clock`; refused wherever the code runs in Lambda. */
export const TRAINING_CLOCK_VARIABLE = 'SHEQU_CLOCK';

/** A training clock asked for where there may be none, or moved the wrong way. */
export class TrainingClockError extends Error {
  override readonly name = 'TrainingClockError';
}

/** Set only by the local platform; undefined means the system time. */
let offsetMs: number | undefined;

/** True when running as a Lambda function (the runtime always sets these). */
function inLambda(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.AWS_LAMBDA_FUNCTION_NAME || env.AWS_EXECUTION_ENV?.startsWith('AWS_Lambda'));
}

/**
 * Throws when a training clock is configured in Lambda: a function given `SHEQU_CLOCK` fails its cold start
 * instead of quietly running on the system time while someone believes it runs on another.
 */
export function refuseTrainingClockOutsideLocal(env: NodeJS.ProcessEnv = globalThis.process?.env ?? {}): void {
  if (env[TRAINING_CLOCK_VARIABLE] !== undefined && inLambda(env)) {
    throw new TrainingClockError(
      `${TRAINING_CLOCK_VARIABLE} is set, but a training clock exists only on the local platform; remove it from the function's environment (训练时钟仅限本地平台使用)`,
    );
  }
}

// Every function imports this module while it starts, so the check runs at cold start.
refuseTrainingClockOutsideLocal();

export const clock = {
  /** The current business time: the training clock's when one is running, the system time otherwise. */
  now(): Date {
    return new Date(Date.now() + (offsetMs ?? 0));
  },

  /** Whether a training clock is running in this process. */
  get training(): boolean {
    return offsetMs !== undefined;
  },

  /**
   * Starts a training clock at `at` (the local platform's `--clock`). Refused in Lambda and when one is
   * already running in this process.
   */
  startTraining(at: Date, env: NodeJS.ProcessEnv = process.env): void {
    if (inLambda(env))
      throw new TrainingClockError('a training clock exists only on the local platform (训练时钟仅限本地平台使用)');
    if (offsetMs !== undefined)
      throw new TrainingClockError('a training clock is already running in this process (训练时钟已在运行)');
    if (Number.isNaN(at.getTime())) throw new TrainingClockError('a training clock needs a valid time (训练时钟的时间无效)');
    offsetMs = at.getTime() - Date.now();
  },

  /** Moves the running training clock forward to `to`; refuses to move it back or when none is running. */
  moveTrainingTo(to: Date): void {
    if (offsetMs === undefined) throw new TrainingClockError('no training clock is running (未启用训练时钟)');
    const current = Date.now() + offsetMs;
    if (to.getTime() < current) {
      throw new TrainingClockError(
        `a training clock only moves forward: it shows ${new Date(current).toISOString()}, asked for ${to.toISOString()} (训练时钟只能向前拨)`,
      );
    }
    offsetMs = to.getTime() - Date.now();
  },

  /** Back to the system time (the local platform stopping). */
  stopTraining(): void {
    offsetMs = undefined;
  },
};
