import { shanghaiDay } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { Conflict, httpHandler, ValidationFailed } from '@shequ/kit';
import { nextDueAfterVisit, type Pairing, type PairingVisit } from '../domain/pairing.ts';
import { logPairingVisit as route, toPairingView } from '../schemas/pairing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { pairingForCaller, saveVisit } from '../store/pairing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const { pairing, helper: self } = await pairingForCaller(d, caller, params.id);
    if (pairing.status !== 'active') throw new Conflict('pairing-ended', '该结对帮扶已结束，不能再记录走访');
    // A helper records their own visit; staff say which helper went.
    const helper = self ?? pairing.helpers.find((h) => h.id === body.helperId);
    if (!helper) throw ValidationFailed.field('body.helperId', '请指明走访的帮扶人（须为本结对的帮扶人）');
    const today = shanghaiDay(d.now());
    if (body.visitedOn > today) throw ValidationFailed.field('body.visitedOn', '走访日期不能晚于今天');
    if (body.visitedOn < shanghaiDay(new Date(pairing.createdAt))) {
      throw ValidationFailed.field('body.visitedOn', '走访日期不能早于结对建立的日期');
    }
    const visit: PairingVisit = {
      visitId: newId(d.now()),
      pairingId: pairing.pairingId,
      visitedOn: body.visitedOn,
      helperId: helper.id,
      helperName: helper.name,
      notes: body.notes,
      recordedBy: caller.subject,
      recordedAt: d.now().toISOString(),
    };
    const lastVisitedOn =
      pairing.lastVisitedOn && pairing.lastVisitedOn > body.visitedOn ? pairing.lastVisitedOn : body.visitedOn;
    const next: Pairing = {
      ...pairing,
      nextDue: nextDueAfterVisit(pairing, body.visitedOn),
      lastVisitedOn,
      visits: pairing.visits + 1,
    };
    return { status: 201, body: toPairingView(await saveVisit(d, pairing, next, visit), today) };
  });
}

export const handler = createHandler();
