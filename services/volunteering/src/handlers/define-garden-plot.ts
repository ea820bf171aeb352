import { newId } from '@shequ/ddb';
import { assertInScope, Conflict, httpHandler } from '@shequ/kit';
import { presentPlot, defineGardenPlot as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { defineGardenPlot, PlotCodeTakenError } from '../store/sharing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    assertInScope(caller, body.community);
    try {
      const plot = await defineGardenPlot(d, {
        id: newId(d.now()),
        area: body.community,
        code: body.code,
        ...(body.sizeSqm !== undefined ? { sizeSqm: body.sizeSqm } : {}),
        ...(body.note ? { note: body.note } : {}),
        status: 'free',
      });
      return { status: 201, body: presentPlot(plot, { staff: true }) };
    } catch (error) {
      if (error instanceof PlotCodeTakenError) throw new Conflict('plot-code-taken', `本社区已有编号为 ${body.code} 的地块`);
      throw error;
    }
  });
}

export const handler = createHandler();
