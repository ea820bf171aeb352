import { httpHandler, ValidationFailed } from '@shequ/kit';
import { type ProgrammeSettings, programmeByCode, unknownParams, withSettings } from '../domain/programmes.ts';
import { programmeView } from '../programme-view.ts';
import { setProgrammeSettings as route } from '../schemas/programmes.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { saveProgrammeSettings } from '../store/programmes.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const programme = programmeByCode(params.code);
    if (!programme) throw ValidationFailed.field('path.code', '没有该补助项目');
    const settings: ProgrammeSettings = { params: body.params, ...(body.noticeDays ? { noticeDays: body.noticeDays } : {}) };
    const unknown = unknownParams(programme, settings);
    if (unknown.length > 0) {
      const known = Object.keys(programme.params);
      throw ValidationFailed.field(
        'body.params',
        known.length === 0
          ? `「${programme.name}」没有可由本区设定的标准`
          : `「${programme.name}」没有参数 ${unknown.join('、')}；可设定的有 ${known.join('、')}`,
      );
    }
    const saved = await saveProgrammeSettings(deps(), programme.code, settings, body.version, caller.subject);
    return { body: programmeView(withSettings(programme, saved), saved.version) };
  });
}

export const handler = createHandler();
