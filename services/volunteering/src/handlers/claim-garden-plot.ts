import { assertInScope, Conflict, HttpProblem, httpHandler, isStaff, NotFound } from '@shequ/kit';
import { presentPlot, claimGardenPlot as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { actingResident, claimGardenPlot, getPlot, PlotAlreadyHeldError, plotClaimOf } from '../store/sharing.ts';

const secondPlot = (name: string) =>
  new HttpProblem(422, 'one-plot-per-resident', '每位居民只能认领一块地', `${name}已认领了一块菜园地块，须先退还才能认领另一块`);

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const plot = await getPlot(d, params.plotId, true);
    if (!plot) throw new NotFound('未找到该地块');
    const staff = isStaff(caller);
    if (staff) assertInScope(caller, plot.area);
    const person = await actingResident(d, caller, body.personId, plot.area);
    // Read first for a clear answer; the claim item's not-exists condition is what guarantees it.
    if (await plotClaimOf(d, person.personId)) throw secondPlot(person.name);
    if (plot.status !== 'free') throw new Conflict('plot-taken', `地块 ${plot.code} 已被认领`);
    try {
      const claimed = await claimGardenPlot(d, plot, { personId: person.personId, name: person.name, season: body.season });
      return { body: presentPlot(claimed, { staff, personId: person.personId }) };
    } catch (error) {
      if (error instanceof PlotAlreadyHeldError) throw secondPlot(person.name);
      throw error;
    }
  });
}

export const handler = createHandler();
