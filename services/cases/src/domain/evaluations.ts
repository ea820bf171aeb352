/**
 * Evaluation day (评议日, SPEC §5): on the 30th of each quarter's last month (moved to a working day) the
 * community hands an evaluation card (评议卡) to each of its resident representatives, who scores every
 * worker being evaluated on every item as 满意 / 基本满意 / 不满意. One answer per card. Pure: no I/O.
 *
 * Scoring: 满意 counts 100 points, 基本满意 60, 不满意 0; a worker's average is the mean of those points over
 * all items on all answered cards, and the satisfaction rate (满意率) is the share of 满意 and 基本满意 among
 * them, as community evaluations customarily count it.
 *
 * Commendation (表彰推荐): only an evaluation where at least two thirds of the issued cards were answered is
 * valid; in a valid evaluation a worker with an overall satisfaction rate of at least 90% and an average of at
 * least 80 points (mostly 满意, not merely 基本满意) is proposed for commendation.
 */

export const scoreLevels = ['satisfied', 'fair', 'dissatisfied'] as const;
export type ScoreLevel = (typeof scoreLevels)[number];

export const SCORE_LABELS: Record<ScoreLevel, string> = { satisfied: '满意', fair: '基本满意', dissatisfied: '不满意' };
export const SCORE_POINTS: Record<ScoreLevel, number> = { satisfied: 100, fair: 60, dissatisfied: 0 };

export const DEFAULT_ITEMS = ['服务态度', '办事效率', '工作实绩', '廉洁自律'] as const;
export const MAX_WORKERS = 30;
export const MAX_ITEMS = 8;
export const COMMEND_RATE = 0.9;
export const COMMEND_AVERAGE = 80;
export const COMMENDATION_RULE =
  '答卷数达到发卡数三分之二的评议有效；有效评议中总体满意率（满意与基本满意合计）不低于 90%、且平均分不低于 80 分（满意 100 分、基本满意 60 分、不满意 0 分）的工作人员推荐表彰';

export interface EvaluatedWorker {
  workerId: string;
  name: string;
  title: string;
  subject?: string;
  personId?: string;
}

export interface EvaluationItem {
  itemId: string;
  name: string;
}

export type EvaluationStatus = 'draft' | 'issued' | 'closed';

export interface Evaluation {
  id: string;
  community: string;
  month: string;
  /** The evaluation day: answers are taken from this day on. */
  date: string;
  workers: EvaluatedWorker[];
  items: EvaluationItem[];
  status: EvaluationStatus;
  /** Representatives (person ids) who hold a card: one card each, however often cards are issued. */
  cardHolders: string[];
  createdBy: string;
  createdAt: string;
  closedBy?: string;
  closedAt?: string;
  /** The results as they stood when the evaluation closed. */
  results?: EvaluationResults;
  version: number;
}

/** An evaluation's id names its community and quarter: one evaluation per community and quarter. */
export function evaluationIdOf(community: string, month: string): string {
  return `${community}-${month}`;
}

/** One card's scores: for each worker, a level for each item. */
export type CardScores = Record<string, Record<string, ScoreLevel>>;

export interface FieldProblem {
  field: string;
  message: string;
}

/** Why a card's scores do not fit the evaluation (every worker, every item, nothing else), or []. */
export function scoreProblems(evaluation: Pick<Evaluation, 'workers' | 'items'>, scores: CardScores): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const workerIds = new Set(evaluation.workers.map((worker) => worker.workerId));
  for (const workerId of Object.keys(scores)) {
    if (!workerIds.has(workerId))
      problems.push({ field: `scores.${workerId}`, message: `本次评议没有编号为 ${workerId} 的工作人员` });
  }
  for (const worker of evaluation.workers) {
    const given = scores[worker.workerId];
    if (!given) {
      problems.push({ field: `scores.${worker.workerId}`, message: `请为${worker.name}（${worker.title}）评分` });
      continue;
    }
    for (const itemId of Object.keys(given)) {
      if (!evaluation.items.some((item) => item.itemId === itemId)) {
        problems.push({ field: `scores.${worker.workerId}.${itemId}`, message: `本次评议没有编号为 ${itemId} 的评议项目` });
      }
    }
    for (const item of evaluation.items) {
      if (!given[item.itemId]) {
        problems.push({ field: `scores.${worker.workerId}.${item.itemId}`, message: `请为${worker.name}的“${item.name}”评分` });
      }
    }
  }
  return problems;
}

/**
 * The counter a score adds one to. Counter names are short attribute names (`w3i2s`), positions in the
 * evaluation's lists, so one card's whole tally fits one update expression.
 */
export function counterName(workerIndex: number, itemIndex: number, level: ScoreLevel): string {
  return `w${workerIndex}i${itemIndex}${level.charAt(0)}`;
}

/** The counters one card adds one to. */
export function countersOf(evaluation: Pick<Evaluation, 'workers' | 'items'>, scores: CardScores): string[] {
  return evaluation.workers.flatMap((worker, w) =>
    evaluation.items.map((item, i) => counterName(w, i, scores[worker.workerId]?.[item.itemId] as ScoreLevel)),
  );
}

export type Distribution = Record<ScoreLevel, number>;

export interface ScoreSummary {
  counts: Distribution;
  /** Mean points, 0–100, one decimal; 0 when nothing was scored. */
  average: number;
  /** Share of 满意 and 基本满意, 0–1, three decimals. */
  satisfactionRate: number;
}

export interface WorkerResult extends EvaluatedWorker {
  items: (EvaluationItem & ScoreSummary)[];
  overall: ScoreSummary;
  rank: number;
  commended: boolean;
}

export interface EvaluationResults {
  cardsIssued: number;
  cardsAnswered: number;
  /** Cards needed for a valid evaluation. */
  cardsNeeded: number;
  valid: boolean;
  workers: WorkerResult[];
  commended: string[];
  rule: string;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

export function summarise(counts: Distribution): ScoreSummary {
  const total = counts.satisfied + counts.fair + counts.dissatisfied;
  if (total === 0) return { counts, average: 0, satisfactionRate: 0 };
  const points = scoreLevels.reduce((sum, level) => sum + counts[level] * SCORE_POINTS[level], 0);
  return { counts, average: round(points / total, 1), satisfactionRate: round((counts.satisfied + counts.fair) / total, 3) };
}

/** Cards that must be answered for the evaluation to count: two thirds of those issued, rounded up. */
export function cardsNeeded(issued: number): number {
  return Math.ceil((issued * 2) / 3);
}

/**
 * Results from the tally counters: per worker per item the distribution and average, overall figures, a rank
 * by average (then satisfaction rate; equal figures share a rank) and the commendation list.
 */
export function resultsOf(
  evaluation: Pick<Evaluation, 'workers' | 'items' | 'cardHolders'>,
  counters: Record<string, number>,
  cardsAnswered: number,
): EvaluationResults {
  const cardsIssued = evaluation.cardHolders.length;
  const needed = cardsNeeded(cardsIssued);
  const valid = cardsIssued > 0 && cardsAnswered >= needed;
  const scored = evaluation.workers.map((worker, w) => {
    const items = evaluation.items.map((item, i) => {
      const counts = Object.fromEntries(
        scoreLevels.map((level) => [level, counters[counterName(w, i, level)] ?? 0]),
      ) as Distribution;
      return { ...item, ...summarise(counts) };
    });
    const overallCounts = Object.fromEntries(
      scoreLevels.map((level) => [level, items.reduce((sum, item) => sum + item.counts[level], 0)]),
    ) as Distribution;
    const overall = summarise(overallCounts);
    const commended = valid && overall.satisfactionRate >= COMMEND_RATE && overall.average >= COMMEND_AVERAGE;
    return { ...worker, items, overall, commended };
  });
  const order = [...scored].sort(
    (a, b) => b.overall.average - a.overall.average || b.overall.satisfactionRate - a.overall.satisfactionRate,
  );
  const workers: WorkerResult[] = scored.map((worker) => {
    const rank =
      1 +
      order.filter(
        (other) =>
          other.overall.average > worker.overall.average ||
          (other.overall.average === worker.overall.average && other.overall.satisfactionRate > worker.overall.satisfactionRate),
      ).length;
    return { ...worker, rank };
  });
  workers.sort((a, b) => a.rank - b.rank || a.workerId.localeCompare(b.workerId, undefined, { numeric: true }));
  return {
    cardsIssued,
    cardsAnswered,
    cardsNeeded: needed,
    valid,
    workers,
    commended: workers.filter((worker) => worker.commended).map((worker) => worker.workerId),
    rule: COMMENDATION_RULE,
  };
}

/** Why the card cannot be answered today, or undefined. */
export function answerRefusal(evaluation: Pick<Evaluation, 'status' | 'date'>, today: string): string | undefined {
  if (evaluation.status === 'closed') return '本次评议已结束，不再接受评议卡';
  if (evaluation.status !== 'issued') return '本次评议尚未发放评议卡';
  if (today < evaluation.date) return `评议日为 ${evaluation.date}，届时方可填写评议卡`;
  return undefined;
}

/** Why the evaluation cannot be closed today, or undefined. */
export function closeRefusal(evaluation: Pick<Evaluation, 'status' | 'date'>, today: string): string | undefined {
  if (evaluation.status === 'closed') return '本次评议已经结束';
  if (evaluation.status === 'draft') return '本次评议尚未发放评议卡，不能结束';
  if (today < evaluation.date) return `评议日为 ${evaluation.date}，评议日之前不能结束评议`;
  return undefined;
}

/** Card codes use digits and capitals without look-alikes (no 0/O, 1/I/L), in groups of four for paper. */
export const CARD_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CARD_CODE_LENGTH = 16;

/** A card code from random bytes (16 characters of a 31-letter alphabet ≈ 79 bits), as `XXXX-XXXX-XXXX-XXXX`. */
export function cardCodeFrom(random: Uint8Array): string {
  const chars: string[] = [];
  for (const byte of random) {
    // Rejection sampling keeps every letter equally likely.
    if (byte >= 248) continue;
    chars.push(CARD_ALPHABET.charAt(byte % CARD_ALPHABET.length));
    if (chars.length === CARD_CODE_LENGTH) break;
  }
  if (chars.length < CARD_CODE_LENGTH) throw new Error('not enough random bytes for a card code');
  return [0, 4, 8, 12].map((start) => chars.slice(start, start + 4).join('')).join('-');
}

/** A code as typed (lower case, spaces, no dashes) in its printed form, or undefined when it cannot be one. */
export function normaliseCardCode(input: string): string | undefined {
  const plain = input.toUpperCase().replace(/[\s-]/g, '');
  if (plain.length !== CARD_CODE_LENGTH || [...plain].some((char) => !CARD_ALPHABET.includes(char))) return undefined;
  return [0, 4, 8, 12].map((start) => plain.slice(start, start + 4)).join('-');
}
