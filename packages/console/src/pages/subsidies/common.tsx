import { useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { ApiProblem, api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { problemText } from '../../api/problem';
import { enumLabel } from '../../labels';

export type Application = components['schemas']['SubsidyApplication'];
export type ApplicationState = Application['state'];
export type Programme = components['schemas']['Programme'];
export type SubsidyCommand = NonNullable<Application['commands']>[number];

/** The district's programme catalogue (public, rarely changed): read once and shared by every subsidy screen. */
export function useProgrammes() {
  return useQuery({
    queryKey: ['subsidy-programmes'],
    staleTime: 5 * 60_000,
    queryFn: () => call(api.GET('/subsidies/programmes')),
  });
}

export function programmeOptions(programmes: readonly Programme[] | undefined) {
  return (programmes ?? []).map((programme) => ({ value: programme.code, label: programme.name }));
}

const stateColors: Record<ApplicationState, string> = {
  submitted: 'blue',
  'community-review': 'cyan',
  'notice-1': 'gold',
  'notice-2': 'gold',
  'notice-3': 'gold',
  'subdistrict-approval': 'purple',
  active: 'green',
  suspended: 'orange',
  ended: 'default',
  rejected: 'red',
  withdrawn: 'default',
};

export function StateTag({ state }: { state: ApplicationState }) {
  return <Tag color={stateColors[state]}>{enumLabel('SubsidyApplicationState', state)}</Tag>;
}

/** ¥1,234.50 as the ledger writes it. */
export function yuan(value: number | undefined): string {
  if (value === undefined) return '—';
  return `¥${value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** A period as people say it: 2026年9月, 2026年度, 一次性. */
export function periodText(period: string): string {
  if (period === 'once') return '一次性';
  if (/^\d{4}$/.test(period)) return `${period}年度`;
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  return match ? `${match[1]}年${Number(match[2])}月` : period;
}

export function monthText(month: string | undefined): string {
  return month ? periodText(month) : '—';
}

/** Who did a step: the payment run and other system work by name, a person by their account. */
export function actorText(by: string): string {
  if (by === 'system:payment-run') return '发放程序（自动）';
  if (by.startsWith('system')) return '系统（自动）';
  return by;
}

export function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiProblem ? problemText(error.problem) : fallback;
}
