import { addDays } from '@shequ/contracts';
import { escapeHtml, printPage } from '@shequ/kit';
import { toYuan } from './domain/money.ts';
import type { ApplicationRecord } from './store/applications.ts';

/** The 公示 lists of a community, built from the applications now posted: what the board and the print page show. */

export const ROUND_TITLES = ['', '第一榜公示', '第二榜公示', '第三榜公示'] as const;

export interface NoticeEntry {
  programme: string;
  programmeName: string;
  applicantName: string;
  applicantIdMasked: string;
  householdSize?: number;
  amountYuan?: number;
  postedOn: string;
  lastDay: string;
  objections: number;
}

export interface NoticeBoard {
  community: string;
  rounds: { round: 1 | 2 | 3; title: string; entries: NoticeEntry[] }[];
}

/** Groups posted applications by round, each list by programme then name, as a board is read. */
export function noticeBoard(community: string, posted: readonly ApplicationRecord[]): NoticeBoard {
  const rounds = ([1, 2, 3] as const).map((round) => {
    const entries = posted
      .filter((record) => record.state === `notice-${round}`)
      .map((record): NoticeEntry => {
        const current = record.rounds.find((r) => r.round === round && r.closedOn === undefined) ?? record.rounds.at(-1);
        const postedOn = current?.postedOn ?? record.submittedOn;
        const amountFen = record.proposedFen ?? record.requestedFen;
        return {
          programme: record.programmeId,
          programmeName: record.programmeName,
          applicantName: record.applicantName,
          applicantIdMasked: record.applicantIdMasked,
          ...(record.householdSize !== undefined ? { householdSize: record.householdSize } : {}),
          ...(amountFen !== undefined ? { amountYuan: toYuan(amountFen) } : {}),
          postedOn,
          lastDay: addDays(postedOn, (current?.days ?? record.noticeDays) - 1),
          objections: record.objections.filter((o) => o.round === round).length,
        };
      })
      .sort((a, b) => a.programme.localeCompare(b.programme) || a.applicantName.localeCompare(b.applicantName, 'zh-CN'));
    return { round, title: ROUND_TITLES[round], entries };
  });
  return { community, rounds: rounds.filter((r) => r.entries.length > 0) };
}

/** One round as an A4 page for the notice board: no scripts, nothing fetched, every text escaped. */
export function noticePage(board: NoticeBoard, round: 1 | 2 | 3, printedOn: string): string {
  const entries = board.rounds.find((r) => r.round === round)?.entries ?? [];
  const from = entries.map((e) => e.postedOn).sort()[0];
  const to = entries
    .map((e) => e.lastDay)
    .sort()
    .at(-1);
  const rows = entries
    .map(
      (e, i) =>
        `<tr><td>${i + 1}</td><td>${escapeHtml(e.programmeName)}</td><td>${escapeHtml(e.applicantName)}</td>` +
        `<td>${escapeHtml(e.applicantIdMasked)}</td><td>${e.householdSize ?? ''}</td>` +
        `<td>${e.amountYuan === undefined ? '' : e.amountYuan.toFixed(2)}</td></tr>`,
    )
    .join('\n');
  const list =
    entries.length === 0
      ? '<p>本榜当前没有公示对象。</p>'
      : `<p>公示期：${from} 至 ${to}</p>
<table><thead><tr><th>序号</th><th>项目</th><th>姓名</th><th>身份证号</th><th>家庭人口</th><th>金额（元）</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
  return printPage(
    `社区 ${board.community} 补助对象${ROUND_TITLES[round]}`,
    `${list}
<p class="note">公示期内，如对以上对象有异议，请向社区居委会实名反映，社区将登记并调查处理。<br>
打印日期：${printedOn}</p>`,
  );
}
