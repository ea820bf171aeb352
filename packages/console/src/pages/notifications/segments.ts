import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { useGroupCatalogue } from '../../components/group-catalogue';

export interface SegmentOption {
  value: string;
  label: string;
}

/**
 * Whom a community can broadcast to: the special groups the registry keeps by hand (the ones derived from
 * birth dates have no list to send to) and the community's volunteer teams as `team-<id>`.
 */
export function useSegments(community: string | undefined) {
  const user = useUser();
  const catalogue = useGroupCatalogue();
  const teams = useQuery({
    queryKey: ['volunteering', 'teams', community],
    enabled: Boolean(community) && mayCall(user.role, 'listTeams'),
    staleTime: 60_000,
    queryFn: () => call(api.GET('/volunteering/teams', { params: { query: { community: community ?? '' } } })),
  });
  const groups: SegmentOption[] = catalogue.items
    .filter((entry) => entry.kind === 'managed')
    .map((entry) => ({ value: entry.group, label: entry.label }));
  const teamOptions: SegmentOption[] = (teams.data?.items ?? []).map((team) => ({
    value: `team-${team.teamId}`,
    label: `${team.name}（志愿服务队）`,
  }));
  const labelOf = (segment: string) =>
    [...groups, ...teamOptions].find((option) => option.value === segment)?.label ??
    (segment.startsWith('team-') ? '志愿服务队' : '特殊群体');
  return { groups, teams: teamOptions, labelOf, loading: catalogue.query.isLoading };
}
