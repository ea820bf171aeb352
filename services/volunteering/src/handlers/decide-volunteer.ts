import { ConcurrentModificationError } from '@shequ/ddb';
import { assertInScope, Conflict, httpHandler, NotFound } from '@shequ/kit';
import { decisionProblem, type Volunteer } from '../domain/volunteers.ts';
import { decideVolunteer as route, toVolunteerView } from '../schemas/volunteers.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { getVolunteer, saveVolunteer } from '../store/volunteers.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const volunteer = await getVolunteer(d, params.id);
    if (!volunteer) throw new NotFound('未找到该志愿者');
    assertInScope(caller, volunteer.community);
    const problem = decisionProblem(volunteer.status);
    if (problem) throw new Conflict('already-decided', problem);
    if (volunteer.version !== body.version) throw new ConcurrentModificationError();
    const next: Volunteer = {
      ...volunteer,
      status: body.decision === 'approve' ? 'approved' : 'rejected',
      decidedAt: d.now().toISOString(),
      decidedBy: caller.subject,
      ...(body.decision === 'reject' ? { rejectReason: body.reason } : {}),
    };
    const saved = await saveVolunteer(d, next, volunteer.version, { kind: 'decision', from: volunteer.status }, caller.subject);
    return { body: toVolunteerView(saved) };
  });
}

export const handler = createHandler();
