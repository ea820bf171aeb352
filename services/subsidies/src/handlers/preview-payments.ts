import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, httpHandler } from '@shequ/kit';
import { toYuan } from '../domain/money.ts';
import { previewPayments as route } from '../schemas/payment-runs.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { previewCommunityPayments } from '../store/payments.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const month = query.month ?? shanghaiDay(d.now()).slice(0, 7);
    const previewed = await previewCommunityPayments(d, query.area, month);
    const totals = new Map<string, { programme: string; programmeName: string; payments: number; totalFen: number }>();
    for (const { benefit, periods, amountFen } of previewed) {
      const total = totals.get(benefit.programmeId) ?? {
        programme: benefit.programmeId,
        programmeName: benefit.programmeName,
        payments: 0,
        totalFen: 0,
      };
      total.payments += periods.length;
      total.totalFen += amountFen;
      totals.set(benefit.programmeId, total);
    }
    const items = previewed.map(({ benefit, periods, amountFen }) => ({
      applicationId: benefit.id,
      programme: benefit.programmeId,
      programmeName: benefit.programmeName,
      personId: benefit.applicantId,
      applicantName: benefit.applicantName,
      periods,
      amountYuan: toYuan(benefit.amountFen ?? 0),
      totalYuan: toYuan(amountFen),
      form: benefit.form === 'loan' ? ('loan' as const) : ('cash' as const),
      ...(benefit.account ? { accountMasked: benefit.account.numberMasked } : {}),
    }));
    return {
      body: {
        month,
        community: query.area,
        items,
        totals: [...totals.values()].map(({ totalFen, ...total }) => ({ ...total, totalYuan: toYuan(totalFen) })),
        payments: previewed.reduce((sum, entry) => sum + entry.periods.length, 0),
        totalYuan: toYuan(previewed.reduce((sum, entry) => sum + entry.amountFen, 0)),
      },
    };
  });
}

export const handler = createHandler();
