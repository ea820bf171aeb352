import { assertInScope, Forbidden, httpHandler, NotFound } from '@shequ/kit';
import { awardFen, checkEligibility } from '../domain/eligibility.ts';
import { toYuan } from '../domain/money.ts';
import { checkEligibility as route } from '../schemas/programmes.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { eligibilityFacts, knownPerson } from '../store/facts.ts';
import { currentProgrammes } from '../store/programmes.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    if (caller.role === 'resident' && caller.personId !== params.id) throw new Forbidden('居民只能查询本人的申请条件');
    const known = await knownPerson(d, params.id);
    if (!known) throw new NotFound('未找到该居民的户籍信息；刚登记的居民请稍候片刻再试');
    if (caller.role !== 'resident') assertInScope(caller, known.person.area);
    const facts = eligibilityFacts(known);
    // Someone who has died or left the district is eligible for nothing, whatever their last facts say.
    const gone =
      known.person.status === 'active'
        ? undefined
        : {
            rule: '本区在册居民',
            passed: false,
            detail: known.person.status === 'deceased' ? '该居民已去世' : '该居民已迁出本区',
          };
    const items = (await currentProgrammes(d))
      .map(({ programme }) => programme)
      .filter((p) => query.programme === undefined || p.code === query.programme)
      .map((programme) => {
        const checked = checkEligibility(programme, facts, d.now());
        const eligible = checked.eligible && !gone;
        const reasons = gone ? [gone, ...checked.reasons] : checked.reasons;
        const award = awardFen(programme, facts);
        return {
          programme: programme.code,
          name: programme.name,
          eligible,
          reasons,
          ...(award.ok && award.fen > 0 ? { amountYuan: toYuan(award.fen) } : {}),
        };
      });
    return { body: { personId: params.id, items } };
  });
}

export const handler = createHandler();
