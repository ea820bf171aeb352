import { describe, expect, it } from 'vitest';
import {
  derivedGroups,
  effectiveDateProblem,
  isResidentialAreaOf,
  type PersonAction,
  type PersonStatus,
  patchDetails,
  personStatuses,
  shanghaiDate,
  transition,
} from '../src/domain/persons.ts';

const actions: PersonAction[] = ['update', 'move', 'move-out', 'decease', 'correct-citizen-id'];

describe('person status rules', () => {
  it('lets an active person take every action, moving out and dying change the status', () => {
    expect(actions.map((action) => transition('active', action))).toEqual([
      { allowed: true, status: 'active' },
      { allowed: true, status: 'active' },
      { allowed: true, status: 'moved-out' },
      { allowed: true, status: 'deceased' },
      { allowed: true, status: 'active' },
    ]);
  });

  it.each<[PersonStatus, string]>([
    ['moved-out', '该人员已迁出本区'],
    ['deceased', '该人员已登记死亡'],
  ])('closes the record of a %s person to every action, saying why in Chinese', (status, reason) => {
    for (const action of actions) {
      const result = transition(status, action);
      expect(result.allowed).toBe(false);
      if (!result.allowed) expect(result.message).toMatch(new RegExp(`^${reason}，不能再办理.+；记录仅供查阅$`));
    }
    expect(transition('deceased', 'move')).toEqual({
      allowed: false,
      message: '该人员已登记死亡，不能再办理区内迁移；记录仅供查阅',
    });
  });

  it('has a rule for every status', () => {
    for (const status of personStatuses) for (const action of actions) expect(transition(status, action)).toBeDefined();
  });
});

describe('derived groups', () => {
  // 08:00 in Shanghai on 2024-05-01 is still 2024-04-30 in UTC: the day is Shanghai's.
  const day = new Date('2024-05-01T00:30:00+08:00');

  it('counts someone as elderly from their 60th birthday on', () => {
    expect(derivedGroups('1964-05-01', 'male', day).elderly).toBe(true);
    expect(derivedGroups('1964-05-02', 'male', day).elderly).toBe(false);
  });

  it('counts women from 15 through 49 as of childbearing age, and never men', () => {
    expect(derivedGroups('2009-05-01', 'female', day).womanOfChildbearingAge).toBe(true);
    expect(derivedGroups('2009-05-02', 'female', day).womanOfChildbearingAge).toBe(false);
    expect(derivedGroups('1974-05-02', 'female', day).womanOfChildbearingAge).toBe(true);
    expect(derivedGroups('1974-05-01', 'female', day).womanOfChildbearingAge).toBe(false);
    expect(derivedGroups('1990-01-01', 'male', day)).toEqual({ elderly: false, womanOfChildbearingAge: false });
  });

  it('moves people into a group as they age, with nothing stored', () => {
    const birth = '1964-06-15';
    expect(derivedGroups(birth, 'female', new Date('2024-06-14T12:00:00+08:00')).elderly).toBe(false);
    expect(derivedGroups(birth, 'female', new Date('2024-06-15T00:00:00+08:00')).elderly).toBe(true);
  });
});

describe('effective dates and destinations', () => {
  const today = new Date('2024-05-01T23:30:00+08:00');

  it('takes the date in Shanghai', () => {
    expect(shanghaiDate(today)).toBe('2024-05-01');
  });

  it('refuses dates before birth or after today', () => {
    expect(effectiveDateProblem('2024-05-01', '1956-03-12', today)).toBeUndefined();
    expect(effectiveDateProblem('1956-03-12', '1956-03-12', today)).toBeUndefined();
    expect(effectiveDateProblem('1956-03-11', '1956-03-12', today)).toBe('日期 1956-03-11 早于出生日期 1956-03-12');
    expect(effectiveDateProblem('2024-05-02', '1956-03-12', today)).toBe('日期 2024-05-02 晚于今天，不能登记尚未发生的事项');
  });

  it('accepts only communities and grids of the own district as destinations', () => {
    expect(isResidentialAreaOf('350203', '350203006029')).toBe(true);
    expect(isResidentialAreaOf('350203', '350203006029-03')).toBe(true);
    expect(isResidentialAreaOf('350203', '350206001001')).toBe(false);
    expect(isResidentialAreaOf('350203', '350203006')).toBe(false);
    expect(isResidentialAreaOf('350203', '350203006029-3')).toBe(false);
  });
});

describe('patching details', () => {
  const current = { name: '林秀英', phone: '13812345678', residence: 'registered' as const, building: '3号楼', room: '502' };

  it('names only the fields that really change, and clears with null', () => {
    const result = patchDetails(current, { name: '林秀英', phone: '13912345678', room: null });
    expect(result).toEqual({
      ok: true,
      details: { ...current, phone: '13912345678', room: undefined },
      changed: ['phone', 'room'],
    });
  });

  it('requires migrant details for a migrant and drops them for a registered resident', () => {
    expect(patchDetails(current, { residence: 'migrant' })).toEqual({
      ok: false,
      field: 'migrant',
      message: '流动人口须填写流出地和来本地日期',
    });
    const migrant = { origin: '福建省龙岩市', arrivalDate: '2020-03-01' };
    const becameMigrant = patchDetails(current, { residence: 'migrant', migrant });
    expect(becameMigrant).toMatchObject({ ok: true, changed: ['residence', 'migrant'] });
    const registered = patchDetails({ ...current, residence: 'migrant', migrant }, { residence: 'registered' });
    expect(registered).toMatchObject({ ok: true, changed: ['residence', 'migrant'] });
    if (registered.ok) expect(registered.details.migrant).toBeUndefined();
    expect(patchDetails(current, { migrant })).toMatchObject({ ok: false, field: 'migrant' });
  });

  it('changes nothing when the patch says what is already there', () => {
    expect(patchDetails(current, { name: '林秀英', building: '3号楼' })).toMatchObject({ ok: true, changed: [] });
  });
});
