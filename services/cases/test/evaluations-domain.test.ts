import { describe, expect, it } from 'vitest';
import {
  answerRefusal,
  CARD_ALPHABET,
  cardCodeFrom,
  cardsNeeded,
  closeRefusal,
  countersOf,
  normaliseCardCode,
  resultsOf,
  scoreProblems,
} from '../src/domain/evaluations.ts';

const evaluation = {
  workers: [
    { workerId: 'w1', name: '王秀兰', title: '主任' },
    { workerId: 'w2', name: '陈志强', title: '副主任' },
  ],
  items: [
    { itemId: 'i1', name: '服务态度' },
    { itemId: 'i2', name: '办事效率' },
  ],
  cardHolders: ['p1', 'p2', 'p3'],
};

describe('evaluation cards', () => {
  it('makes codes of the unambiguous alphabet, in four groups, and reads them back however typed', () => {
    const code = cardCodeFrom(new Uint8Array(32).map((_, index) => index * 7));
    expect(code).toMatch(/^[^-]{4}-[^-]{4}-[^-]{4}-[^-]{4}$/);
    expect([...code.replace(/-/g, '')].every((char) => CARD_ALPHABET.includes(char))).toBe(true);
    expect(normaliseCardCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(normaliseCardCode('0000-1111-IIII-OOOO')).toBeUndefined();
    expect(normaliseCardCode('ABCD')).toBeUndefined();
    // Bytes of 248 and above are skipped so that every letter is equally likely.
    expect(cardCodeFrom(new Uint8Array([...Array(8).fill(250), ...Array(24).fill(0)]))).toBe('2222-2222-2222-2222');
    expect(() => cardCodeFrom(new Uint8Array(32).fill(255))).toThrow();
  });

  it('wants every worker scored on every item and nothing else', () => {
    expect(scoreProblems(evaluation, { w1: { i1: 'satisfied', i2: 'fair' }, w2: { i1: 'fair', i2: 'dissatisfied' } })).toEqual(
      [],
    );
    const problems = scoreProblems(evaluation, { w1: { i1: 'satisfied', i3: 'fair' }, w7: {} });
    expect(problems.map((p) => p.field)).toEqual(['scores.w7', 'scores.w1.i3', 'scores.w1.i2', 'scores.w2']);
    expect(problems[3]?.message).toBe('请为陈志强（副主任）评分');
  });

  it('counts one counter per worker and item', () => {
    expect(countersOf(evaluation, { w1: { i1: 'satisfied', i2: 'fair' }, w2: { i1: 'fair', i2: 'dissatisfied' } })).toEqual([
      'w0i0s',
      'w0i1f',
      'w1i0f',
      'w1i1d',
    ]);
  });
});

describe('evaluation results', () => {
  it('needs two thirds of the cards answered', () => {
    expect([cardsNeeded(50), cardsNeeded(3), cardsNeeded(6), cardsNeeded(0)]).toEqual([34, 2, 4, 0]);
  });

  it('averages, ranks (ties share a rank) and commends by the rule', () => {
    const results = resultsOf(evaluation, { w0i0s: 2, w0i0f: 0, w0i1s: 2, w1i0s: 2, w1i1s: 2, answered: 2 }, 2);
    expect(results).toMatchObject({ cardsIssued: 3, cardsAnswered: 2, cardsNeeded: 2, valid: true, commended: ['w1', 'w2'] });
    expect(results.workers.map((w) => w.rank)).toEqual([1, 1]);
    expect(results.workers[0]?.overall).toEqual({
      counts: { satisfied: 4, fair: 0, dissatisfied: 0 },
      average: 100,
      satisfactionRate: 1,
    });

    // All 基本满意: satisfied enough but not commendable (average 60 < 80).
    const fair = resultsOf(evaluation, { w0i0f: 2, w0i1f: 2, w1i0s: 1, w1i0d: 1, w1i1s: 2 }, 2);
    expect(fair.workers.map((w) => [w.workerId, w.rank, w.overall.average, w.overall.satisfactionRate, w.commended])).toEqual([
      ['w2', 1, 75, 0.75, false],
      ['w1', 2, 60, 1, false],
    ]);
    expect(resultsOf(evaluation, { w0i0s: 1, w0i1s: 1, w1i0s: 1, w1i1s: 1 }, 1)).toMatchObject({ valid: false, commended: [] });
  });

  it('takes answers from evaluation day until closed, and closes only after evaluation day', () => {
    expect(answerRefusal({ status: 'issued', date: '2026-03-30' }, '2026-03-29')).toContain('2026-03-30');
    expect(answerRefusal({ status: 'issued', date: '2026-03-30' }, '2026-03-30')).toBeUndefined();
    expect(answerRefusal({ status: 'closed', date: '2026-03-30' }, '2026-04-01')).toContain('已结束');
    expect(answerRefusal({ status: 'draft', date: '2026-03-30' }, '2026-04-01')).toContain('尚未发放');
    expect(closeRefusal({ status: 'issued', date: '2026-03-30' }, '2026-03-29')).toContain('之前不能结束');
    expect(closeRefusal({ status: 'issued', date: '2026-03-30' }, '2026-03-30')).toBeUndefined();
  });
});
