import { describe, expect, it } from 'vitest';
import {
  type Answers,
  answerProblems,
  countersOf,
  normaliseAnswers,
  numberQuestions,
  openRefusal,
  questionProblems,
  sameAnswers,
  tallyOf,
} from '../src/domain/surveys.ts';

const questionnaire = {
  questions: numberQuestions([
    { kind: 'single', text: '最需要的服务', options: ['义诊', '理发'] },
    { kind: 'multi', text: '方便的时间', options: ['上午', '下午', '晚上'], required: false },
    { kind: 'text', text: '建议', required: false },
  ]),
};

describe('questionnaire design', () => {
  it('numbers questions and options', () => {
    expect(questionnaire.questions[1]).toEqual({
      questionId: 'q2',
      kind: 'multi',
      text: '方便的时间',
      required: false,
      options: [
        { optionId: 'o1', label: '上午' },
        { optionId: 'o2', label: '下午' },
        { optionId: 'o3', label: '晚上' },
      ],
    });
  });

  it('refuses choice questions without two distinct options, text questions with options, repeated questions', () => {
    const problems = questionProblems([
      { kind: 'single', text: '甲', options: ['一'] },
      { kind: 'multi', text: '乙', options: ['一', '一'] },
      { kind: 'text', text: '甲', options: ['一'] },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      '第 1 题是单选题，至少需要 2 个选项',
      '第 2 题的选项“一”重复',
      '第 3 题是填空题，不设选项',
      '题目“甲”重复',
    ]);
  });

  it('opens only for this month or later', () => {
    expect(openRefusal({ status: 'draft', month: '2026-05' }, '2026-05-31')).toBeUndefined();
    expect(openRefusal({ status: 'draft', month: '2026-04' }, '2026-05-01')).toContain('已经过去');
    expect(openRefusal({ status: 'closed', month: '2026-06' }, '2026-05-01')).toContain('不能再次发放');
  });
});

describe('questionnaire answers', () => {
  it('checks answers against the questions', () => {
    expect(answerProblems(questionnaire, { q1: 'o2' })).toEqual([]);
    expect(answerProblems(questionnaire, { q1: 'o1', q2: ['o1', 'o1'] })[0]?.message).toContain('重复选择');
    expect(answerProblems(questionnaire, { q2: ['o1'], q3: ['o1'] }).map((p) => p.message)).toEqual([
      '请回答“最需要的服务”',
      '“建议”是填空题，请填写文字',
    ]);
    expect(answerProblems(questionnaire, { q1: 'o1', q3: '很'.repeat(501) })[0]?.message).toContain('500');
  });

  it('stores answers in a canonical form, so a retry compares equal', () => {
    const stored = normaliseAnswers(questionnaire, { q1: 'o1', q2: ['o3', 'o1'], q3: '  多办义诊 ' });
    expect(stored).toEqual({ q1: 'o1', q2: ['o1', 'o3'], q3: '多办义诊' });
    expect(sameAnswers(stored, normaliseAnswers(questionnaire, { q3: '多办义诊', q2: ['o1', 'o3'], q1: 'o1' }))).toBe(true);
    expect(sameAnswers(stored, { q1: 'o1' })).toBe(false);
    expect(normaliseAnswers(questionnaire, { q1: 'o2', q2: [], q3: ' ' })).toEqual({ q1: 'o2' });
  });

  it('tallies from the counters each response adds', () => {
    const counters: Record<string, number> = {};
    const responses: Answers[] = [{ q1: 'o1', q2: ['o1', 'o3'], q3: '多办义诊' }, { q1: 'o1' }, { q1: 'o2', q2: ['o3'] }];
    for (const answers of responses) {
      for (const name of countersOf(questionnaire, answers)) counters[name] = (counters[name] ?? 0) + 1;
    }
    const tally = tallyOf(questionnaire, counters, 3, { q3: ['多办义诊'] });
    expect(tally.questions[0]).toMatchObject({
      answered: 3,
      options: [
        { count: 2, share: 0.667 },
        { count: 1, share: 0.333 },
      ],
    });
    expect(tally.questions[1]?.options?.map((o) => o.count)).toEqual([1, 0, 2]);
    expect(tally.questions[1]?.answered).toBe(2);
    expect(tally.questions[2]).toMatchObject({ answered: 1, texts: ['多办义诊'] });
  });
});
