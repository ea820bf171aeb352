import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiProblem, api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { useUser } from '../../auth/auth-context';
import { useUrlFilters } from '../../components/url-filters';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';

/** The parts the 五日一周 screens share: the community worked on, its representatives, its months, and their words. */

export type Representatives = components['schemas']['Representatives'];
export type CivicCalendar = components['schemas']['CivicCalendar'];
export type CivicDay = CivicCalendar['days'][number];
export type CivicDayKind = CivicDay['kind'];
export type Evaluation = components['schemas']['Evaluation'];
export type Questionnaire = components['schemas']['Questionnaire'];

/** The community the header's picker names (a grid's community), with its name. */
export function useCommunity(): { community: string | undefined; communityName: string | undefined } {
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  return { community, communityName: useAreaName(community) };
}

export function NoCommunity({ what }: { what: string }) {
  return <Alert type="info" showIcon message={`请在页面上方选择一个社区，查看它的${what}`} />;
}

export function useRepresentatives(community: string | undefined) {
  return useQuery({
    queryKey: ['representatives', community],
    enabled: Boolean(community),
    queryFn: () =>
      call(api.GET('/cases/communities/{community}/representatives', { params: { path: { community: community ?? '' } } })),
  });
}

export const calendarKey = (community: string | undefined, month: string) => ['civic-calendar', community, month];

export function useCivicCalendar(community: string | undefined, month: string) {
  return useQuery({
    queryKey: calendarKey(community, month),
    enabled: Boolean(community),
    placeholderData: keepPreviousData,
    queryFn: () =>
      call(
        api.GET('/cases/communities/{community}/calendar/{month}', {
          params: { path: { community: community ?? '', month } },
        }),
      ),
  });
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month a screen shows, kept in the URL (`?month=2026-12`) so it can be bookmarked; this month by default. */
export function useMonthFilter(fallback = dayjs().format('YYYY-MM')) {
  const [filters, setFilters] = useUrlFilters(['month'] as const);
  const month = filters.month && MONTH.test(filters.month) ? filters.month : fallback;
  return [month, (next: string) => setFilters({ month: next })] as const;
}

/** `2026-12` → `2026 年 12 月`. */
export const monthText = (month: string) => `${month.slice(0, 4)} 年 ${Number(month.slice(5, 7))} 月`;

const quarterNames = ['一', '二', '三', '四'];
/** A quarter's last month as people name the quarter: `2026-12` → `2026 年第四季度`. */
export const quarterText = (month: string) =>
  `${month.slice(0, 4)} 年第${quarterNames[Math.ceil(Number(month.slice(5, 7)) / 3) - 1]}季度`;

/** The last month of the quarter a day is in: evaluation day is held in it. */
export const quarterEndOf = (day: dayjs.Dayjs) => day.month(Math.floor(day.month() / 3) * 3 + 2).format('YYYY-MM');

const weekdays = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
/** `2026-12-30` → `12月30日 周三`, the way a card or a notice names a day. */
export const dayText = (day: string) => `${dayjs(day).format('M月D日')} ${weekdays[dayjs(day).day()]}`;

/** One colour per day of the rhythm, the same on the calendar, the cards and the contact card. */
export const dayColors: Record<CivicDayKind, string> = {
  reception: 'blue',
  disclosure: 'cyan',
  publicity: 'green',
  deliberation: 'orange',
  evaluation: 'magenta',
  'service-week': 'purple',
};

const evaluationStatus: Record<Evaluation['status'], { label: string; color: string }> = {
  draft: { label: '未发卡', color: 'default' },
  issued: { label: '评议中', color: 'processing' },
  closed: { label: '已结束', color: 'success' },
};

export function EvaluationStatusTag({ status }: { status: Evaluation['status'] }) {
  return <Tag color={evaluationStatus[status].color}>{evaluationStatus[status].label}</Tag>;
}

const questionnaireStatus: Record<Questionnaire['status'], { label: string; color: string }> = {
  draft: { label: '草稿', color: 'default' },
  open: { label: '发放中', color: 'processing' },
  closed: { label: '已结束', color: 'success' },
};

export const questionnaireStatusOptions = Object.entries(questionnaireStatus).map(([value, { label }]) => ({
  value,
  label,
}));

export function QuestionnaireStatusTag({ status }: { status: Questionnaire['status'] }) {
  return <Tag color={questionnaireStatus[status].color}>{questionnaireStatus[status].label}</Tag>;
}

/** One questionnaire, for the staff page and the resident's alike. */
export const questionnaireKey = (id: string) => ['questionnaire', id];

export function useQuestionnaire(questionnaireId: string) {
  return useQuery({
    queryKey: questionnaireKey(questionnaireId),
    queryFn: () => call(api.GET('/cases/questionnaires/{questionnaireId}', { params: { path: { questionnaireId } } })),
  });
}

export const questionKindLabels: Record<Questionnaire['questions'][number]['kind'], string> = {
  single: '单选',
  multi: '多选',
  text: '填空',
};

/** A staff login account as the lists show it: the signed-in worker by name, anyone else by account. */
export function useStaffLabel(): (subject: string) => string {
  const user = useUser();
  return (subject) => (subject === user.sub ? `${user.name ?? subject}（我）` : subject);
}

/**
 * The same problem with its field errors renamed to the form's own fields, for forms that keep the API's
 * nested body flat (`body.attendance.staff.0` → `body.staff`); unchanged when it is not a problem.
 */
export function atFormFields(error: unknown, rename: (field: string) => string): unknown {
  if (!(error instanceof ApiProblem) || !error.problem.errors) return error;
  return new ApiProblem({
    ...error.problem,
    errors: error.problem.errors.map((entry) => ({ ...entry, field: rename(entry.field) })),
  });
}

export interface PickedResident {
  personId: string;
  name: string;
}

/**
 * Finds a resident of the community by the first characters of the name, the way a worker looks someone up
 * in the 台账: each match shows the masked ID number and address, so namesakes can be told apart.
 */
export function ResidentSearch(props: {
  community: string;
  onPick: (resident: PickedResident) => void;
  /** Residents already chosen: shown, but not offered again. */
  exclude?: readonly string[];
  placeholder?: string;
  id?: string;
}) {
  const [typed, setTyped] = useState('');
  const [name, setName] = useState('');
  useEffect(() => {
    // One read per pause in typing, not per keystroke.
    const timer = window.setTimeout(() => setName(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const found = useQuery({
    queryKey: ['resident-search', props.community, name],
    enabled: name.length > 0,
    staleTime: 30_000,
    queryFn: () => call(api.GET('/registry/persons', { params: { query: { area: props.community, name, limit: 20 } } })),
  });
  const options = (found.data?.items ?? [])
    .filter((person) => person.status === 'active')
    .map((person) => ({
      value: person.id,
      name: person.name,
      disabled: props.exclude?.includes(person.id),
      label: `${person.name}（${person.citizenId}${person.building ? `，${person.building}` : ''}${person.room ? ` ${person.room}` : ''}）`,
    }));
  return (
    <Select
      id={props.id}
      showSearch
      filterOption={false}
      value={null}
      searchValue={typed}
      onSearch={setTyped}
      onChange={(value: string, option) => {
        const picked = Array.isArray(option) ? undefined : option;
        props.onPick({ personId: value, name: String(picked?.name ?? '') });
        setTyped('');
      }}
      options={options}
      loading={found.isFetching}
      placeholder={props.placeholder ?? '输入姓名查找本社区居民'}
      notFoundContent={
        name ? (found.isFetching ? '正在查找…' : `本社区没有姓名以“${name}”开头的在册居民`) : '输入姓名的开头几个字'
      }
      style={{ width: '100%' }}
    />
  );
}
