import { assertInScope, httpHandler } from '@shequ/kit';
import { writeWorkbook } from '@shequ/sheets';
import { toYuan } from '../domain/money.ts';
import { programmeByCode } from '../domain/programmes.ts';
import { exportBankFile as route } from '../schemas/ledger.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { allPayments } from '../store/payments.ts';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const columns = [
  { header: '序号', key: 'n', width: 6 },
  { header: '户名', key: 'holder', width: 12 },
  { header: '开户银行', key: 'bank', width: 24 },
  { header: '账号', key: 'number', width: 26 },
  { header: '金额（元）', key: 'amount', width: 12 },
  { header: '项目', key: 'programme', width: 28 },
  { header: '所属期', key: 'period', width: 10 },
  { header: '社区代码', key: 'community', width: 16 },
  { header: '付款编号', key: 'paymentId', width: 36 },
];

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ query, caller, log }) => {
    assertInScope(caller, query.area);
    const d = deps();
    // Loans and cash go by bank; a payment without an account (none today) would be paid at the counter.
    const payments = (await allPayments(d, query)).filter((payment) => payment.account !== undefined);
    const rows = await Promise.all(
      payments.map(async (payment, index) => ({
        n: index + 1,
        holder: payment.account?.holder ?? '',
        bank: payment.account?.bank ?? '',
        number: payment.account ? await d.pii.decrypt(payment.account.numberCipher) : '',
        amount: toYuan(payment.amountFen),
        programme: programmeByCode(payment.programme)?.name ?? payment.programme,
        period: payment.period,
        community: payment.community,
        paymentId: payment.paymentId,
      })),
    );
    const totalFen = payments.reduce((sum, payment) => sum + payment.amountFen, 0);
    // Full account numbers left the service: who took them, and which, is logged for the audit.
    log.info('bank file exported', { by: caller.subject, month: query.month, area: query.area, payments: payments.length });
    const content = await writeWorkbook({
      sheetName: '代发清单',
      title: `补助代发清单 ${query.area} ${query.month}（共 ${rows.length} 笔，合计 ${toYuan(totalFen).toFixed(2)} 元）`,
      columns,
      rows: [...rows, { holder: '合计', amount: toYuan(totalFen) }],
    });
    return { file: { contentType: xlsx, content, fileName: `代发清单-${query.area}-${query.month}.xlsx` } };
  });
}

export const handler = createHandler();
