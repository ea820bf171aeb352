import { useQueries, useQuery } from '@tanstack/react-query';
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call } from '../../api/client';
import { useUser } from '../../auth/auth-context';
import { useUrlFilters } from '../../components/url-filters';
import { areaLevel, areaQuery, communityOf } from '../../layout/work-area';
import { scopeRoots } from './area-tree-select';

const MONTH = /^\d{4}-\d{2}$/;

/**
 * The area and month the payment screens show, kept in the URL: an area within the user's scope (their
 * own by default: a sub-district's staff see their sub-district), and the month asked for or else the
 * platform's current one.
 */
export function usePaymentScope() {
  const user = useUser();
  const [filters, setFilters] = useUrlFilters(['area', 'month', 'programme', 'tab'] as const);
  const roots = scopeRoots(user.areas);
  const area = filters.area && roots.some((root) => filters.area?.startsWith(root)) ? filters.area : roots[0];
  const current = usePlatformMonth(area);
  const month = filters.month && MONTH.test(filters.month) ? filters.month : current;
  return { roots, area, month, current, programme: filters.programme, tab: filters.tab, setFilters };
}

/** The first community under an area (itself when it is one), read from the registry's tree. */
function useFirstCommunity(area: string | undefined): string | undefined {
  const level = area ? areaLevel(area) : undefined;
  const own = area ? communityOf(area) : undefined;
  const top = useQuery(areaQuery(level === 'district' || level === 'subdistrict' ? area : undefined));
  const below = level === 'district' ? top.data?.children[0]?.code : undefined;
  const middle = useQuery(areaQuery(below));
  if (own) return own;
  if (level === 'subdistrict') return top.data?.children[0]?.code;
  return middle.data?.children[0]?.code;
}

/**
 * The month as the platform's clock has it: a training clock may stand weeks away from the browser's. It is
 * the month a payment preview is for when none is asked (read for one community of the area); the
 * browser's month only when that cannot be read.
 */
function usePlatformMonth(area: string | undefined): string | undefined {
  const community = useFirstCommunity(area);
  const preview = useQuery({
    ...previewQuery(community, undefined),
    staleTime: 5 * 60_000,
  });
  if (preview.data) return preview.data.month;
  if (preview.error || (area && !community && !preview.isLoading)) return dayjs().format('YYYY-MM');
  return undefined;
}

/** A community's payment preview for a month (the platform's current month when none is given). */
export function previewQuery(community: string | undefined, month: string | undefined) {
  return {
    queryKey: ['payment-preview', community, month ?? 'current'],
    enabled: Boolean(community),
    queryFn: () =>
      call(
        api.GET('/subsidies/payments/preview', {
          params: { query: { area: community ?? '', ...(month ? { month } : {}) } },
        }),
      ),
  };
}

/** 发放月份, as people say it: 2027年2月. */
export function MonthPicker(props: { value: string | undefined; onChange: (month: string) => void }) {
  return (
    <DatePicker
      picker="month"
      allowClear={false}
      aria-label="月份"
      format="YYYY年M月"
      value={props.value ? dayjs(`${props.value}-01`) : null}
      onChange={(day: Dayjs | null) => day && props.onChange(day.format('YYYY-MM'))}
      style={{ width: 140 }}
    />
  );
}

/**
 * Names the communities rows carry only codes of (a grid's row names its community), each read through its
 * sub-district's children: one read per sub-district, cached for the session.
 */
export function useCommunityNames(codes: readonly string[]) {
  const subdistricts = [...new Set(codes.map((code) => code.slice(0, 9)))];
  const parents = useQueries({ queries: subdistricts.map((code) => areaQuery(code)) });
  return (code: string) => {
    const community = communityOf(code) ?? code;
    const parent = parents[subdistricts.indexOf(community.slice(0, 9))];
    return parent?.data?.children.find((child) => child.code === community)?.name ?? '—';
  };
}
