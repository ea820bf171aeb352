import { assertInScope, Conflict, httpHandler, NotFound } from '@shequ/kit';
import { placementView, registerJobPlacement as route } from '../schemas/employment.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import {
  AlreadyPlacedError,
  getOpening,
  placeSeeker,
  presentPlacement,
  RefusedError,
  refusalProblem,
} from '../store/employment.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const opening = await getOpening(d, params.id);
    if (!opening) throw new NotFound('未找到该岗位');
    assertInScope(caller, opening.area);
    try {
      const { placement } = await placeSeeker(d, opening.id, body, caller.subject);
      return { status: 201, body: placementView.parse(presentPlacement(placement)) };
    } catch (error) {
      if (error instanceof RefusedError) throw refusalProblem(error.refusal);
      if (error instanceof AlreadyPlacedError) throw new Conflict('already-placed', '该人员已登记在此岗位安置，无需重复登记');
      throw error;
    }
  });
}

export const handler = createHandler();
