import { useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { useUser } from '../../auth/auth-context';
import type { SessionUser } from '../../auth/session';
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

/** 第一榜, 第二榜, 第三榜 by a round's number (index 0 unused). */
export const roundNames = ['', '第一榜', '第二榜', '第三榜'] as const;

/** The last day a 公示 round is posted: its first day plus its days, less one. */
export function roundLastDay(round: { postedOn: string; days: number }): string {
  return new Date(Date.parse(`${round.postedOn}T00:00:00Z`) + (round.days - 1) * 86_400_000).toISOString().slice(0, 10);
}

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

/**
 * Who did a step: the payment run and other system work by name, the viewer as themselves; a resident reads
 * any staff account as 社区工作人员 (an account's id means nothing to them).
 */
export function actorText(by: string, viewer?: Pick<SessionUser, 'sub' | 'name' | 'role'>): string {
  if (by === 'system:payment-run') return '发放程序（自动）';
  if (by.startsWith('system')) return '系统（自动）';
  if (viewer && by === viewer.sub) return viewer.name ? `${viewer.name}（本人）` : '本人';
  if (viewer?.role === 'resident') return '社区工作人员';
  return by;
}

/** `actorText` for the signed-in viewer. */
export function useActorText(): (by: string) => string {
  const user = useUser();
  return (by) => actorText(by, user);
}
