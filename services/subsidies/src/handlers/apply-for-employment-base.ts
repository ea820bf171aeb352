import { newId } from '@shequ/ddb';
import { assertInScope, Conflict, httpHandler } from '@shequ/kit';
import { applyForBase, employmentParameters } from '../domain/employment.ts';
import { baseView, applyForEmploymentBase as route } from '../schemas/employment.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { BaseExistsError, createBase, presentBase, refusalProblem } from '../store/employment.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    assertInScope(caller, body.area);
    const d = deps();
    const now = d.now();
    const admitted = applyForBase(
      {
        id: newId(now),
        unitId: body.unitId,
        unitName: body.unitName,
        area: body.area,
        year: body.year,
        type: body.type,
        figures: body.figures,
        contactName: body.contactName,
      },
      caller.subject,
      now,
      employmentParameters,
    );
    if (!admitted.ok) throw refusalProblem(admitted);
    try {
      const base = await createBase(d, admitted.base);
      return { status: 201, body: baseView.parse(presentBase(base)) };
    } catch (error) {
      if (error instanceof BaseExistsError) {
        const existing = error.existingId ? `（基地编号 ${error.existingId}）` : '';
        throw new Conflict('base-exists', `该单位已申报 ${body.year} 年度就业扶贫基地${existing}，每个单位每年度只能申报一次`);
      }
      throw error;
    }
  });
}

export const handler = createHandler();
