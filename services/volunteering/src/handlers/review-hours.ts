import { type Caller, Conflict, Forbidden, httpHandler, inScope, isStaff, NotFound } from '@shequ/kit';
import { type HoursEntry, parseEntryId, reviewProblem } from '../domain/hours.ts';
import { reviewHours as route, toEntryView } from '../schemas/hours.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { getHoursEntry, saveReview } from '../store/hours.ts';
import { getTeam, teamIdsOf } from '../store/teams.ts';
import { callerVolunteer } from '../store/volunteers.ts';

/** Staff over the entry's community, or a leader of one of the volunteer's teams (never of their own hours). */
async function assertMayReview(deps: VolunteeringDeps, caller: Caller, entry: HoursEntry): Promise<void> {
  if (isStaff(caller)) {
    if (!inScope(caller, entry.community)) throw new Forbidden(`您的管辖范围不包含社区 ${entry.community}`);
    return;
  }
  const reviewer = await callerVolunteer(deps, caller);
  if (reviewer?.volunteerId === entry.volunteerId) throw new Forbidden('不能审核本人登记的服务时长');
  if (reviewer?.status === 'approved') {
    for (const teamId of await teamIdsOf(deps, entry.volunteerId)) {
      if ((await getTeam(deps, teamId))?.leaderIds.includes(reviewer.volunteerId)) return;
    }
  }
  throw new Forbidden('只有该志愿者所在队伍的队长或社区工作人员可以审核服务时长');
}

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const parsed = parseEntryId(params.entryId);
    const entry = parsed && (await getHoursEntry(d, params.id, parsed.date, parsed.ref));
    if (!entry) throw new NotFound('未找到该条服务时长记录');
    await assertMayReview(d, caller, entry);
    const problem = reviewProblem(entry);
    if (problem) throw new Conflict('already-reviewed', problem);
    const reviewed: HoursEntry = {
      ...entry,
      status: body.decision === 'approve' ? 'approved' : 'rejected',
      reviewedBy: caller.subject,
      reviewedAt: d.now().toISOString(),
      ...(body.decision === 'reject' ? { rejectReason: body.reason } : {}),
    };
    if (!(await saveReview(d, reviewed))) throw new Conflict('already-reviewed', '该条服务时长已被他人审核，请刷新后查看');
    return { body: toEntryView(reviewed) };
  });
}

export const handler = createHandler();
