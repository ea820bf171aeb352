import { assertInScope, httpHandler, ValidationFailed } from '@shequ/kit';
import { agreementProblem, chinaDate } from '../domain/units.ts';
import { signAgreement as route } from '../schemas/units.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { agreementView, requireUnit, signAgreement } from '../store/units.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const unit = await requireUnit(d, params.id);
    assertInScope(caller, unit.area);
    const problem = agreementProblem(body.signedOn, body.validUntil);
    if (problem) throw ValidationFailed.field('body.validUntil', problem);
    const agreement = await signAgreement(d, unit, body, caller.subject);
    return { status: 201, body: agreementView(agreement, chinaDate(d.now())) };
  });
}

export const handler = createHandler();
