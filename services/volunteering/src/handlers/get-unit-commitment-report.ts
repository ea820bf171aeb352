import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { commitmentReport, dayOf } from '../domain/activities.ts';
import { getUnitCommitmentReport as route } from '../schemas/activities.ts';
import { getCommitment, unitActivitiesOfYear } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const commitment = await getCommitment(d, params.unitId, params.year);
    if (!commitment) throw new NotFound(`该单位尚未设定 ${params.year} 年的课程承诺`);
    assertInScope(caller, commitment.community);
    const today = dayOf(d.now());
    // A course counts as delivered once its day has come; activities still ahead are only planned.
    const deliveredDays = (await unitActivitiesOfYear(d, params.unitId, params.year))
      .map((activity) => activity.day)
      .filter((day) => day <= today);
    const { setAt: _setAt, setBy: _setBy, ...view } = commitment;
    return {
      body: { ...view, quarters: commitmentReport(params.year, commitment.coursesPerQuarter, deliveredDays, today) },
    };
  });
}

export const handler = createHandler();
