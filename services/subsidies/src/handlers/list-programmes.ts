import { publicHttpHandler } from '@shequ/kit';
import { describeAmount, programmes } from '../domain/programmes.ts';
import { listProgrammes as route } from '../schemas/programmes.ts';

export function createHandler() {
  return publicHttpHandler(route, async () => ({
    body: {
      items: programmes.map((p) => ({
        code: p.code,
        name: p.name,
        period: p.period,
        form: p.form,
        amount: describeAmount(p),
        noticeDays: p.noticeDays,
        params: p.params,
        ...(p.note ? { note: p.note } : {}),
      })),
    },
  }));
}

export const handler = createHandler();
