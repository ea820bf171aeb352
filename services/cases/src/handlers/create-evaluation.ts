import { assertInScope, Conflict, httpHandler, ValidationFailed } from '@shequ/kit';
import { planMonth } from '../domain/civic-calendar.ts';
import { DEFAULT_ITEMS, evaluationIdOf } from '../domain/evaluations.ts';
import { presentEvaluation, createEvaluation as route } from '../schemas/evaluations.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { createEvaluation, getEvaluation } from '../store/evaluations.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    assertInScope(caller, body.community);
    const day = planMonth(body.month, d.calendar).days.find((planned) => planned.kind === 'evaluation');
    if (!day) throw ValidationFailed.field('body.month', '评议日只在每季度最后一个月举行');
    const names = body.workers.map((worker) => `${worker.name}（${worker.title}）`);
    const repeated = names.find((name, index) => names.indexOf(name) !== index);
    if (repeated) throw ValidationFailed.field('body.workers', `${repeated}重复列出`);
    const itemNames = body.items ?? [...DEFAULT_ITEMS];
    const repeatedItem = itemNames.find((name, index) => itemNames.indexOf(name) !== index);
    if (repeatedItem) throw ValidationFailed.field('body.items', `评议项目“${repeatedItem}”重复`);
    const id = evaluationIdOf(body.community, body.month);
    if (await getEvaluation(d, id, true)) throw new Conflict('evaluation-exists', `本社区 ${body.month} 的评议已经创建`);
    const evaluation = await createEvaluation(d, {
      id,
      community: body.community,
      month: body.month,
      date: day.date,
      workers: body.workers.map((worker, index) => ({
        workerId: `w${index + 1}`,
        name: worker.name,
        title: worker.title,
        ...(worker.subject ? { subject: worker.subject } : {}),
        ...(worker.personId ? { personId: worker.personId } : {}),
      })),
      items: itemNames.map((name, index) => ({ itemId: `i${index + 1}`, name })),
      status: 'draft',
      cardHolders: [],
      createdBy: caller.subject,
      createdAt: d.now().toISOString(),
    });
    return { status: 201, body: presentEvaluation(evaluation) };
  });
}

export const handler = createHandler();
