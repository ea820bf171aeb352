import { shanghaiDay } from '@shequ/contracts';
import { ConcurrentModificationError } from '@shequ/ddb';
import { assertRole, httpHandler, NotFound, ValidationFailed } from '@shequ/kit';
import { commandRoles, runCommand } from '../application-commands.ts';
import { applicationView, assertMayAccess, commandsFor } from '../application-view.ts';
import type { ApplicationCommand } from '../domain/applications.ts';
import { toFen } from '../domain/money.ts';
import { type ApplicationCommandBody, actOnApplication as route } from '../schemas/applications.ts';
import { getApplication } from '../store/applications.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';

/** The API's command as the domain takes it: the home visit is recorded as the caller's own. */
function domainCommand(body: ApplicationCommandBody, actor: string): ApplicationCommand {
  switch (body.type) {
    case 'record-home-visit':
      return { type: body.type, visit: { ...body.visit, by: actor } };
    case 'approve':
      return { type: body.type, ...(body.startsOn ? { startsOn: body.startsOn } : {}) };
    default: {
      const { version: _version, ...command } = body;
      return command as ApplicationCommand;
    }
  }
}

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const found = await getApplication(d, params.id);
    if (!found) throw new NotFound('未找到该补助申请');
    const record = found.application;
    assertMayAccess(caller, record);
    assertRole(caller, commandRoles[body.type]);
    if (record.version !== body.version) throw new ConcurrentModificationError();
    if (body.type === 'record-home-visit' && body.visit.visitedOn > shanghaiDay(d.now())) {
      throw ValidationFailed.field('body.visit.visitedOn', '抽查日期不能晚于今天');
    }
    const decidedFen = body.type === 'approve' && body.amountYuan !== undefined ? toFen(body.amountYuan) : undefined;
    const next = await runCommand(d, record, domainCommand(body, caller.subject), caller.subject, { decidedFen });
    return { body: { ...applicationView(next, found.payments), commands: commandsFor(caller, next, d.now()) } };
  });
}

export const handler = createHandler();
