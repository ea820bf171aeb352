import { assertInScope, httpHandler } from '@shequ/kit';
import { approvedOnly, byVolunteer, sumHours } from '../domain/hours.ts';
import { getCommunityHours as route, toEntryView } from '../schemas/hours.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { communityHours } from '../store/hours.ts';
import { listTeams, teamMembers } from '../store/teams.ts';
import { getVolunteer } from '../store/volunteers.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    const d = deps();
    assertInScope(caller, query.community);
    const entries = await communityHours(d, query.community, query.month);
    const approved = approvedOnly(entries);
    const perVolunteer = await Promise.all(
      byVolunteer(entries).map(async (total) => ({ ...total, name: (await getVolunteer(d, total.volunteerId))?.name ?? '' })),
    );
    const teams = await listTeams(d, query.community);
    const byTeam = await Promise.all(
      teams.map(async (team) => {
        const members = new Set((await teamMembers(d, team.teamId)).map((m) => m.volunteerId));
        return { teamId: team.teamId, name: team.name, hours: sumHours(approved.filter((e) => members.has(e.volunteerId))) };
      }),
    );
    return {
      body: {
        community: query.community,
        month: query.month,
        totalHours: sumHours(approved),
        volunteers: perVolunteer.length,
        bySource: {
          activity: sumHours(approved.filter((e) => e.source === 'activity')),
          self: sumHours(approved.filter((e) => e.source === 'self')),
        },
        byTeam: byTeam.sort((a, b) => b.hours - a.hours),
        byVolunteer: perVolunteer,
        pending: entries.filter((e) => e.status === 'pending').map(toEntryView),
      },
    };
  });
}

export const handler = createHandler();
