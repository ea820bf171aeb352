import { assertInScope, Conflict, Forbidden, httpHandler, isStaff, NotFound } from '@shequ/kit';
import { presentPlot, releaseGardenPlot as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { getPlot, releaseGardenPlot } from '../store/sharing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const plot = await getPlot(d, params.plotId, true);
    if (!plot) throw new NotFound('未找到该地块');
    const staff = isStaff(caller);
    if (staff) assertInScope(caller, plot.area);
    if (plot.status !== 'claimed') throw new Conflict('plot-free', `地块 ${plot.code} 当前无人认领`);
    if (!staff && plot.holderPersonId !== caller.personId) throw new Forbidden('只能退还本人认领的地块');
    const released = await releaseGardenPlot(d, plot, caller.subject);
    return { body: presentPlot(released, { staff }) };
  });
}

export const handler = createHandler();
