import { type Caller, Forbidden, inScope, staffRoles } from '@shequ/kit';
import { commandRoles } from './application-commands.ts';
import { availableCommands } from './domain/applications.ts';
import { toYuan } from './domain/money.ts';
import type { ApplicationView } from './schemas/applications.ts';
import type { ApplicationRecord, PaymentRecord } from './store/applications.ts';

/** What a caller sees of an application: amounts in yuan, the account masked, never its ciphertext. */
export function applicationView(record: ApplicationRecord, payments?: readonly PaymentRecord[]): ApplicationView {
  const { programmeId, requestedFen, proposedFen, amountFen, account, householdId: _household, ...rest } = record;
  return {
    ...rest,
    // History records only the domain's steps, which the view's enum names.
    history: rest.history as ApplicationView['history'],
    programme: programmeId,
    ...(requestedFen !== undefined ? { requestedYuan: toYuan(requestedFen) } : {}),
    ...(proposedFen !== undefined ? { proposedYuan: toYuan(proposedFen) } : {}),
    ...(amountFen !== undefined ? { amountYuan: toYuan(amountFen) } : {}),
    ...(account ? { account: { bank: account.bank, holder: account.holder, numberMasked: account.numberMasked } } : {}),
    ...(payments ? { payments: payments.map(paymentView) } : {}),
  };
}

export function paymentView(payment: PaymentRecord) {
  const { amountFen, account, community: _community, runId: _run, ...rest } = payment;
  return { ...rest, amountYuan: toYuan(amountFen), ...(account ? { accountMasked: account.numberMasked } : {}) };
}

/** Staff see applications within their areas; a resident sees only their own. */
export function mayAccess(caller: Caller, record: Pick<ApplicationRecord, 'area' | 'applicantId'>): boolean {
  if (staffRoles.includes(caller.role)) return inScope(caller, record.area);
  return caller.role === 'resident' && caller.personId === record.applicantId;
}

export function assertMayAccess(caller: Caller, record: Pick<ApplicationRecord, 'area' | 'applicantId'>): void {
  if (!mayAccess(caller, record)) throw new Forbidden('您无权查看或办理该申请');
}

/** The commands this caller may give on the application now: valid in its state today, and theirs by role. */
export function commandsFor(caller: Caller, record: ApplicationRecord, now: Date) {
  return availableCommands(record, record.form, now).filter(
    (command) =>
      commandRoles[command].includes(caller.role) && (caller.role !== 'resident' || caller.personId === record.applicantId),
  );
}
