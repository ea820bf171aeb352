import { shanghaiDay } from '@shequ/contracts';
import { escapeHtml, httpHandler, printPage } from '@shequ/kit';
import { approvedOnly, byMonth, type HoursEntry, sumHours } from '../domain/hours.ts';
import type { Volunteer } from '../domain/volunteers.ts';
import { printHoursCertificate as route } from '../schemas/hours.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { volunteerHours } from '../store/hours.ts';
import { volunteerForCaller } from '../store/volunteers.ts';

const sourceLabels = { activity: '活动签到', self: '本人登记' } as const;

/** One volunteer's approved hours of a year as an A4 page to stamp: no scripts, nothing fetched, every text escaped. */
export function certificatePage(volunteer: Volunteer, year: string, entries: readonly HoursEntry[], printedOn: string): string {
  const approved = approvedOnly(entries);
  const total = sumHours(approved);
  const months = byMonth(approved)
    .map((m) => `<tr><td>${escapeHtml(m.month)}</td><td>${m.hours}</td></tr>`)
    .join('\n');
  const rows = approved
    .map(
      (e, i) =>
        `<tr><td>${i + 1}</td><td>${escapeHtml(e.date)}</td><td>${escapeHtml(sourceLabels[e.source])}</td>` +
        `<td>${escapeHtml(e.what ?? e.activityId ?? '')}</td><td>${e.hours}</td></tr>`,
    )
    .join('\n');
  return printPage(
    `志愿服务时长证明（${year} 年度）`,
    `<p class="lead">兹证明 <strong>${escapeHtml(volunteer.name)}</strong> 同志系社区 ${escapeHtml(volunteer.community)} 注册志愿者，
${escapeHtml(year)} 年度累计参加志愿服务经确认的时长为 <strong>${total}</strong> 小时，共 ${approved.length} 次。</p>
<table><thead><tr><th>月份</th><th>时长（小时）</th></tr></thead><tbody>
${months}
</tbody></table>
<table><thead><tr><th>序号</th><th>日期</th><th>来源</th><th>服务内容</th><th>时长（小时）</th></tr></thead><tbody>
${rows}
</tbody></table>
<p class="seal">社区（盖章）<br>${escapeHtml(printedOn)}</p>`,
  );
}

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    const volunteer = await volunteerForCaller(d, caller, params.id);
    const entries = await volunteerHours(d, volunteer.volunteerId, query.year);
    const html = certificatePage(volunteer, query.year, entries, shanghaiDay(d.now()));
    return { file: { contentType: 'text/html; charset=utf-8', content: html } };
  });
}

export const handler = createHandler();
