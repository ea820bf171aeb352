/**
 * Needs questionnaires (需求问卷, SPEC §5): before each month's service week the community asks its residents
 * what they need, with single-choice, multi-choice and free-text questions. Residents answer once each, by
 * themselves or on paper entered by a worker; the tally counts every option and lists the free text. Pure.
 */

export const questionKinds = ['single', 'multi', 'text'] as const;
export type QuestionKind = (typeof questionKinds)[number];
export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = { single: '单选', multi: '多选', text: '填空' };

export const MAX_QUESTIONS = 30;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 20;
export const MAX_TEXT_ANSWER = 500;

export interface QuestionOption {
  optionId: string;
  label: string;
}

export interface Question {
  questionId: string;
  kind: QuestionKind;
  text: string;
  required: boolean;
  options?: QuestionOption[];
}

export type QuestionnaireStatus = 'draft' | 'open' | 'closed';

export interface Questionnaire {
  id: string;
  community: string;
  month: string;
  title: string;
  description?: string;
  questions: Question[];
  status: QuestionnaireStatus;
  createdBy: string;
  createdAt: string;
  openedBy?: string;
  openedAt?: string;
  closedBy?: string;
  closedAt?: string;
  version: number;
}

/** Answers by question id: an option id (single), option ids (multi) or text. */
export type Answers = Record<string, string | string[]>;

export interface FieldProblem {
  field: string;
  message: string;
}

export interface QuestionDraft {
  kind: QuestionKind;
  text: string;
  options?: string[] | undefined;
  required?: boolean | undefined;
}

/** Why the questions cannot make a questionnaire, or []; fields are relative to the request body. */
export function questionProblems(questions: readonly QuestionDraft[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  questions.forEach((question, index) => {
    const at = `questions.${index}`;
    const label = `第 ${index + 1} 题`;
    const options = question.options ?? [];
    if (question.kind === 'text') {
      if (options.length > 0) problems.push({ field: `${at}.options`, message: `${label}是填空题，不设选项` });
      return;
    }
    if (options.length < MIN_OPTIONS) {
      problems.push({
        field: `${at}.options`,
        message: `${label}是${QUESTION_KIND_LABELS[question.kind]}题，至少需要 ${MIN_OPTIONS} 个选项`,
      });
    }
    if (options.length > MAX_OPTIONS) problems.push({ field: `${at}.options`, message: `${label}最多 ${MAX_OPTIONS} 个选项` });
    const repeated = options.find((option, position) => options.indexOf(option) !== position);
    if (repeated) problems.push({ field: `${at}.options`, message: `${label}的选项“${repeated}”重复` });
  });
  const texts = questions.map((question) => question.text);
  const repeatedText = texts.find((text, position) => texts.indexOf(text) !== position);
  if (repeatedText) problems.push({ field: 'questions', message: `题目“${repeatedText}”重复` });
  return problems;
}

/** The questions with their ids (`q1`…) and option ids (`o1`…). */
export function numberQuestions(questions: readonly QuestionDraft[]): Question[] {
  return questions.map((question, index) => ({
    questionId: `q${index + 1}`,
    kind: question.kind,
    text: question.text,
    required: question.required ?? true,
    ...(question.kind === 'text'
      ? {}
      : { options: (question.options ?? []).map((label, position) => ({ optionId: `o${position + 1}`, label })) }),
  }));
}

/** Why the answers do not fit the questionnaire, or []; fields are relative to the request body. */
export function answerProblems(questionnaire: Pick<Questionnaire, 'questions'>, answers: Answers): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const questionId of Object.keys(answers)) {
    if (!questionnaire.questions.some((question) => question.questionId === questionId)) {
      problems.push({ field: `answers.${questionId}`, message: `问卷中没有编号为 ${questionId} 的题目` });
    }
  }
  for (const question of questionnaire.questions) {
    const field = `answers.${question.questionId}`;
    const answer = answers[question.questionId];
    const empty = answer === undefined || (Array.isArray(answer) ? answer.length === 0 : answer.trim() === '');
    if (empty) {
      if (question.required) problems.push({ field, message: `请回答“${question.text}”` });
      continue;
    }
    const optionIds = new Set((question.options ?? []).map((option) => option.optionId));
    if (question.kind === 'text') {
      if (typeof answer !== 'string') problems.push({ field, message: `“${question.text}”是填空题，请填写文字` });
      else if (answer.trim().length > MAX_TEXT_ANSWER)
        problems.push({ field, message: `“${question.text}”的回答不能超过 ${MAX_TEXT_ANSWER} 个字` });
    } else if (question.kind === 'single') {
      if (typeof answer !== 'string') problems.push({ field, message: `“${question.text}”是单选题，只能选一项` });
      else if (!optionIds.has(answer)) problems.push({ field, message: `“${question.text}”没有选项 ${answer}` });
    } else {
      const chosen = typeof answer === 'string' ? [answer] : answer;
      const unknown = chosen.find((optionId) => !optionIds.has(optionId));
      if (unknown) problems.push({ field, message: `“${question.text}”没有选项 ${unknown}` });
      else if (new Set(chosen).size !== chosen.length) problems.push({ field, message: `“${question.text}”的选项重复选择` });
    }
  }
  return problems;
}

/** Answers as stored: text trimmed, a multi-choice answer always a list in option order, blanks left out. */
export function normaliseAnswers(questionnaire: Pick<Questionnaire, 'questions'>, answers: Answers): Answers {
  const stored: Answers = {};
  for (const question of questionnaire.questions) {
    const answer = answers[question.questionId];
    if (answer === undefined) continue;
    if (question.kind === 'multi') {
      const chosen = new Set(typeof answer === 'string' ? [answer] : answer);
      const ordered = (question.options ?? []).map((option) => option.optionId).filter((optionId) => chosen.has(optionId));
      if (ordered.length > 0) stored[question.questionId] = ordered;
    } else if (typeof answer === 'string' && answer.trim() !== '') {
      stored[question.questionId] = answer.trim();
    }
  }
  return stored;
}

/** Two stored answers are the same response (a retry) when they say the same thing. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a).sort();
  if (keys.join() !== Object.keys(b).sort().join()) return false;
  return keys.every((questionId) => JSON.stringify(a[questionId]) === JSON.stringify(b[questionId]));
}

/** Counter attribute names: `q3o2` counts option 2 of question 3, `q3a` how many answered question 3. */
export const optionCounter = (questionIndex: number, optionIndex: number) => `q${questionIndex}o${optionIndex}`;
export const answeredCounter = (questionIndex: number) => `q${questionIndex}a`;

/** The counters one response adds one to (question and option positions, 1-based as in their ids). */
export function countersOf(questionnaire: Pick<Questionnaire, 'questions'>, answers: Answers): string[] {
  const counters: string[] = [];
  questionnaire.questions.forEach((question, q) => {
    const answer = answers[question.questionId];
    if (answer === undefined) return;
    counters.push(answeredCounter(q + 1));
    if (question.kind === 'text') return;
    const chosen = typeof answer === 'string' ? [answer] : answer;
    (question.options ?? []).forEach((option, o) => {
      if (chosen.includes(option.optionId)) counters.push(optionCounter(q + 1, o + 1));
    });
  });
  return counters;
}

export interface QuestionTally {
  questionId: string;
  kind: QuestionKind;
  text: string;
  answered: number;
  options?: (QuestionOption & { count: number; share: number })[];
  texts?: string[];
}

export interface Tally {
  responses: number;
  questions: QuestionTally[];
}

/** The tally from the counters and the free-text answers (by question id). */
export function tallyOf(
  questionnaire: Pick<Questionnaire, 'questions'>,
  counters: Record<string, number>,
  responses: number,
  texts: Record<string, string[]> = {},
): Tally {
  return {
    responses,
    questions: questionnaire.questions.map((question, q) => {
      const answered = counters[answeredCounter(q + 1)] ?? 0;
      if (question.kind === 'text') {
        return {
          questionId: question.questionId,
          kind: question.kind,
          text: question.text,
          answered,
          texts: texts[question.questionId] ?? [],
        };
      }
      return {
        questionId: question.questionId,
        kind: question.kind,
        text: question.text,
        answered,
        options: (question.options ?? []).map((option, o) => {
          const count = counters[optionCounter(q + 1, o + 1)] ?? 0;
          return { ...option, count, share: answered === 0 ? 0 : Math.round((count / answered) * 1000) / 1000 };
        }),
      };
    }),
  };
}

/** Why the questionnaire cannot be opened today (`today` as YYYY-MM-DD), or undefined. */
export function openRefusal(questionnaire: Pick<Questionnaire, 'status' | 'month'>, today: string): string | undefined {
  if (questionnaire.status === 'open') return '问卷已经发放';
  if (questionnaire.status === 'closed') return '问卷已经结束，不能再次发放';
  if (questionnaire.month < today.slice(0, 7)) return `${questionnaire.month} 已经过去，不能再发放该月的需求问卷`;
  return undefined;
}

export function closeRefusal(questionnaire: Pick<Questionnaire, 'status'>): string | undefined {
  if (questionnaire.status === 'draft') return '问卷尚未发放，不能结束';
  if (questionnaire.status === 'closed') return '问卷已经结束';
  return undefined;
}

export function respondRefusal(questionnaire: Pick<Questionnaire, 'status'>): string | undefined {
  if (questionnaire.status === 'draft') return '问卷尚未发放';
  if (questionnaire.status === 'closed') return '问卷已经结束，不再接受填写';
  return undefined;
}
