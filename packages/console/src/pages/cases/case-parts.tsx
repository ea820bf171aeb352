import { useQuery } from '@tanstack/react-query';
import { Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { dateText, dateTimeText, todayText } from '../../components/date-text';
import { enumLabel } from '../../labels';

export type Case = components['schemas']['Case'];
export type CaseStatus = Case['status'];
export type CaseCategory = components['schemas']['CaseCategory'];

/** The four stages of the 民生流水线 and the statuses each holds; the rest are ends (办结、转交、不予受理、撤回). */
export const stages = [
  { key: 'intake', name: '受理', status: 'received', hint: '新登记的诉求，受理时定承办方和期限' },
  { key: 'handling', name: '限期办理', status: 'accepted', hint: '承办方在期限内办结' },
  { key: 'publicity', name: '公示反馈', status: 'handled', hint: '办结后在社区公示栏公示结果' },
  { key: 'supervision', name: '跟踪监督', status: 'published', hint: '公示期内回访居民，听取评价' },
] as const satisfies readonly { key: string; name: string; status: CaseStatus; hint: string }[];

export const endStatuses: readonly CaseStatus[] = ['closed', 'referred', 'declined', 'withdrawn'];

/** The step of the pipeline a case is at (0–3), 4 when it has ended. */
export function stageIndex(status: CaseStatus): number {
  const index = stages.findIndex((stage) => stage.status === status);
  return index === -1 ? 4 : index;
}

const statusColors: Record<CaseStatus, string> = {
  received: 'gold',
  accepted: 'blue',
  handled: 'cyan',
  published: 'purple',
  closed: 'green',
  referred: 'default',
  declined: 'default',
  withdrawn: 'default',
};

export function StatusTag({ item }: { item: Pick<Case, 'status' | 'statusLabel'> }) {
  return <Tag color={statusColors[item.status]}>{item.statusLabel}</Tag>;
}

/** Who supervises the case now: the community, or (escalated) the sub-district or the district, in red. */
export function LevelTag({ item }: { item: Pick<Case, 'level' | 'levelLabel' | 'escalations'> }) {
  if (item.level === 'community') return null;
  return (
    <Tag color="red" data-testid="case-level">
      已上报{item.levelLabel}督办
    </Tag>
  );
}

/** The deadline, red with the days past it when overdue, orange on the day itself. */
export function DueText({ item }: { item: Pick<Case, 'dueOn' | 'overdue' | 'status'> }) {
  if (!item.dueOn) return <Typography.Text type="secondary">未定期限</Typography.Text>;
  if (item.status !== 'accepted') return <span>期限 {dateText(item.dueOn)}</span>;
  const left = dayjs(item.dueOn).diff(dayjs(todayText()), 'day');
  if (item.overdue) {
    return (
      <Space size={4} wrap>
        <Typography.Text type="danger" strong>
          {dateText(item.dueOn)} 到期
        </Typography.Text>
        <Tag color="red">逾期 {-left} 天</Tag>
      </Space>
    );
  }
  return (
    <Space size={4} wrap>
      <span>{dateText(item.dueOn)} 前办结</span>
      {left === 0 ? <Tag color="orange">今天到期</Tag> : left <= 1 ? <Tag color="orange">明天到期</Tag> : null}
    </Space>
  );
}

/** The district's categories with their deadlines (working days), read once per session. */
export function useCaseCategories() {
  return useQuery({
    queryKey: ['case-categories'],
    staleTime: 5 * 60_000,
    queryFn: () => call(api.GET('/cases/categories')),
  });
}

const actionLabels: Record<string, string> = {
  file: '登记',
  accept: '受理',
  transfer: '转办',
  handle: '办结',
  publish: '公示结果',
  'follow-up': '回访',
  refer: '转交其他单位',
  decline: '不予受理',
  withdraw: '撤回',
  escalate: '逾期上报',
};

/** The case's history, oldest first: what was done, by whom, and the note it left. */
export function CaseHistory({ item, whoName }: { item: Case; whoName?: (subject: string) => string }) {
  return (
    <Timeline
      data-testid="case-history"
      items={item.history.map((entry) => ({
        color: entry.action === 'escalate' ? 'red' : entry.to === 'closed' ? 'green' : 'blue',
        children: (
          <div>
            <Space size={8} wrap>
              <Typography.Text strong>{actionLabels[entry.action] ?? entry.action}</Typography.Text>
              <Typography.Text type="secondary">{dateTimeText(entry.at)}</Typography.Text>
              <Typography.Text type="secondary">
                {entry.by === 'system' ? '系统' : (whoName?.(entry.by) ?? entry.by)}
              </Typography.Text>
            </Space>
            <div>
              {enumLabel('CaseStatus', entry.to)}
              {entry.note ? `：${entry.note}` : ''}
            </div>
          </div>
        ),
      }))}
    />
  );
}
