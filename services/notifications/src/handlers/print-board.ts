import { shanghaiDay } from '@shequ/contracts';
import { escapeHtml, NotFound, printPage, publicHttpHandler } from '@shequ/kit';
import { boardAreasOf, isPostedOn, type PublicNotice, publicNotice } from '../domain/board.ts';
import { printBoard as route } from '../schemas/board.ts';
import { noticeOf } from '../store/board.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return publicHttpHandler(route, async ({ query }) => {
    const d = deps();
    const day = shanghaiDay(d.now());
    const notice = await noticeOf(d, query.id);
    // Only what is up on this board today may be printed for it: the public sees nothing the board does not show.
    if (!notice || !boardAreasOf(query.area).includes(notice.area) || !isPostedOn(notice, day)) {
      throw new NotFound(`地区 ${query.area} 的公示栏上当前没有编号为 ${query.id} 的公示`);
    }
    return { file: { contentType: 'text/html; charset=utf-8', content: noticePage(publicNotice(notice), day) } };
  });
}

/** One notice as an A4 page for the board: no scripts, nothing fetched, every text escaped. */
function noticePage(notice: PublicNotice, printedOn: string): string {
  const body = notice.body
    ? notice.body
        .split(/\n{2,}/)
        .map((paragraph) => `<p>${escapeHtml(paragraph).replaceAll('\n', '<br>')}</p>`)
        .join('\n')
    : '';
  const rows = (notice.entries ?? [])
    .map(
      (e, i) =>
        `<tr><td>${i + 1}</td><td>${escapeHtml(e.name)}</td><td>${escapeHtml(e.citizenIdMasked)}</td>` +
        `<td>${escapeHtml(e.programmeName ?? '')}</td><td>${e.amountYuan === undefined ? '' : e.amountYuan.toFixed(2)}</td></tr>`,
    )
    .join('\n');
  const table = rows
    ? `<table><thead><tr><th>序号</th><th>姓名</th><th>身份证号</th><th>项目</th><th>金额（元）</th></tr></thead>
<tbody>
${rows}
</tbody></table>`
    : '';
  const objections =
    notice.source === 'worker' ? '' : '公示期内，如对以上内容有异议，请向社区居委会实名反映，社区将登记并调查处理。<br>';
  return printPage(
    notice.title,
    `<p>${escapeHtml(notice.kindLabel)}　公示期：${notice.postedFrom} 至 ${notice.postedUntil}</p>
${body}
${table}
<p class="note">${objections}公示编号：${escapeHtml(notice.id)}　打印日期：${printedOn}</p>`,
  );
}

export const handler = createHandler();
