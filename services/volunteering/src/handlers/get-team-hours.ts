import { type Caller, Forbidden, httpHandler, inScope, isStaff, NotFound } from '@shequ/kit';
import { approvedOnly, sumHours } from '../domain/hours.ts';
import type { Team } from '../domain/teams.ts';
import { getTeamHours as route, toEntryView } from '../schemas/hours.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { volunteerHoursBetween } from '../store/hours.ts';
import { getTeam, teamMembers } from '../store/teams.ts';
import { callerVolunteer } from '../store/volunteers.ts';

async function assertMayRead(deps: VolunteeringDeps, caller: Caller, team: Team): Promise<void> {
  if (
    isStaff(caller)
      ? inScope(caller, team.community)
      : team.leaderIds.includes((await callerVolunteer(deps, caller))?.volunteerId ?? '')
  ) {
    return;
  }
  throw new Forbidden('只有本队队长或社区工作人员可以查看队伍的服务时长');
}

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    const team = await getTeam(d, params.id);
    if (!team) throw new NotFound('未找到该志愿服务队');
    await assertMayRead(d, caller, team);
    const members = await teamMembers(d, team.teamId);
    // Each member's own partition: hours credited by an activity in another community count for the team too.
    const perMember = await Promise.all(
      members.map(async (member) => ({
        member,
        entries: await volunteerHoursBetween(d, member.volunteerId, `${query.month}-01`, `${query.month}-31`),
      })),
    );
    const totals = perMember
      .map(({ member, entries }) => ({
        volunteerId: member.volunteerId,
        name: member.name,
        hours: sumHours(approvedOnly(entries)),
        entries: approvedOnly(entries).length,
      }))
      .sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name, 'zh-CN'));
    const pending = perMember.flatMap(({ entries }) => entries.filter((e) => e.status === 'pending'));
    return {
      body: {
        teamId: team.teamId,
        month: query.month,
        totalHours: sumHours(totals),
        members: totals,
        pending: pending.map(toEntryView),
      },
    };
  });
}

export const handler = createHandler();
