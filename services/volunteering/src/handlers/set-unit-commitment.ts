import { assertInScope, Conflict, httpHandler } from '@shequ/kit';
import { setUnitCommitment as route } from '../schemas/activities.ts';
import { getCommitment, saveCommitment } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    assertInScope(caller, body.community);
    const d = deps();
    const existing = await getCommitment(d, params.unitId, params.year);
    if (existing) assertInScope(caller, existing.community);
    if (existing && body.version === undefined) {
      throw new Conflict('version-required', `该单位 ${params.year} 年的承诺已设定，修改时请带上读取到的 version`);
    }
    if (!existing && body.version !== undefined) {
      throw new Conflict('concurrent-modification', `该单位 ${params.year} 年尚未设定承诺，首次设定不带 version`);
    }
    const saved = await saveCommitment(
      d,
      {
        unitId: params.unitId,
        ...(body.unitName ? { unitName: body.unitName } : existing?.unitName ? { unitName: existing.unitName } : {}),
        community: body.community,
        year: params.year,
        coursesPerQuarter: body.coursesPerQuarter,
        setAt: d.now().toISOString(),
        setBy: caller.subject,
      },
      body.version,
    );
    const { setAt: _setAt, setBy: _setBy, ...view } = saved;
    return { status: existing ? 200 : 201, body: view };
  });
}

export const handler = createHandler();
