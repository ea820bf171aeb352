import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Modal, Skeleton, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { dateText } from '../../components/date-text';
import { PrintSheet } from '../../components/print-sheet';
import { useIsPhone } from '../../components/responsive';
import { useAreaName } from '../../layout/work-area';

export type PublicNotice = components['schemas']['PublicNotice'];

/** Where a notice was posted, as people read the board: the district's policies show on every community's board. */
const levelLabels: Record<PublicNotice['areaLevel'], string> = { district: '区', subdistrict: '街道', community: '社区' };
const kindColors: Record<string, string> = {
  policy: 'blue',
  activity: 'green',
  other: 'default',
  'subsidy-round': 'purple',
  'case-outcome': 'cyan',
};

export const BOARD_KEY = ['notification-board'] as const;

/** What a community's board shows today (the API's day, so the training clock holds): read without signing in. */
export function useBoard(area: string | undefined) {
  return useQuery({
    queryKey: [...BOARD_KEY, area],
    enabled: Boolean(area),
    queryFn: () => call(api.GET('/notifications/board', { params: { query: { area: area ?? '' } } })),
  });
}

const chineseDay = (day: string) => dayjs(day).format('YYYY年M月D日');
const periodText = (notice: PublicNotice) =>
  `${dateText(notice.postedFrom)} 至 ${dateText(notice.postedUntil)}（${dayjs(notice.postedUntil).diff(dayjs(notice.postedFrom), 'day') + 1} 天）`;

const cell = { border: '1px solid #000', padding: '6px 8px', textAlign: 'center' } as const;

/**
 * One notice on A4 for the board outside the office: the poster named (the committee, the sub-district or the
 * district, never a code), the 公示期, any list with ID numbers masked, and room above the name for the seal.
 */
function NoticeSheet(props: { notice: PublicNotice; posterName: string }) {
  const { notice } = props;
  const entries = notice.entries ?? [];
  return (
    <div style={{ color: '#000', fontSize: 15, lineHeight: 1.8, maxWidth: '174mm', margin: '0 auto' }} data-testid="board-sheet">
      <style>{'@page { size: A4 portrait; }'}</style>
      <div style={{ textAlign: 'center', fontSize: 14 }}>{props.posterName}</div>
      <h1 style={{ textAlign: 'center', fontSize: 22, margin: '4px 0 16px', letterSpacing: 2 }}>{notice.title}</h1>
      {(notice.body ?? '').split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph} style={{ textIndent: '2em', margin: '0 0 8px', whiteSpace: 'pre-wrap' }}>
          {paragraph}
        </p>
      ))}
      {entries.length > 0 && (
        <table style={{ width: '100%', borderCollapse: 'collapse', margin: '8px 0' }}>
          <thead>
            <tr>
              {['序号', '姓名', '身份证号', '项目', '金额（元）'].map((title) => (
                <th key={title} style={{ ...cell, fontWeight: 600 }}>
                  {title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={`${entry.name}-${entry.citizenIdMasked}`}>
                <td style={cell}>{index + 1}</td>
                <td style={cell}>{entry.name}</td>
                <td style={cell}>{entry.citizenIdMasked}</td>
                <td style={cell}>{entry.programmeName ?? ''}</td>
                <td style={{ ...cell, textAlign: 'right' }}>
                  {entry.amountYuan === undefined ? '' : entry.amountYuan.toFixed(2)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p style={{ margin: '12px 0 0', fontSize: 13 }}>
        公示期：{chineseDay(notice.postedFrom)} 至 {chineseDay(notice.postedUntil)}
        {notice.source !== 'worker' && '。公示期内如有异议，请向社区居委会实名反映，社区将登记并调查处理'}。
      </p>
      {/* The seal is pressed over the name and date: the blank above them is its room. */}
      <div style={{ marginTop: '32mm', textAlign: 'right', lineHeight: 2, paddingRight: '8mm' }}>
        <div>{props.posterName}（盖章）</div>
        <div>{chineseDay(notice.postedFrom)}</div>
      </div>
    </div>
  );
}

function PrintPreview(props: { notice: PublicNotice | undefined; onClose: () => void }) {
  const [printing, setPrinting] = useState(false);
  const posterName = useAreaName(props.notice?.area);
  const { notice } = props;
  return (
    <Modal
      open={Boolean(notice)}
      title={notice ? `打印预览 · ${notice.title}` : '打印预览'}
      width={760}
      onCancel={props.onClose}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={props.onClose}>
          关闭
        </Button>,
        <Button key="print" type="primary" icon={<PrinterOutlined />} disabled={!posterName} onClick={() => setPrinting(true)}>
          打印
        </Button>,
      ]}
    >
      {notice && !posterName && <Skeleton active />}
      {notice && posterName && (
        <>
          <div style={{ border: '1px solid #d9d9d9', padding: 24, background: '#fff' }}>
            <NoticeSheet notice={notice} posterName={posterName} />
          </div>
          <PrintSheet printNow={printing} onPrinted={() => setPrinting(false)}>
            <NoticeSheet notice={notice} posterName={posterName} />
          </PrintSheet>
        </>
      )}
    </Modal>
  );
}

function PosterTag({ notice }: { notice: PublicNotice }) {
  const name = useAreaName(notice.area);
  return <Typography.Text type="secondary">{name ?? levelLabels[notice.areaLevel]}发布</Typography.Text>;
}

/**
 * A community's 公告栏 as residents and the public read it: what is posted today by the community, its
 * sub-district and the district (policies, activities, 补助公示, 办理结果), newest first, each printable on A4.
 * `actions` adds staff buttons to a notice (撤下).
 */
export function CommunityBoard(props: { community: string; actions?: (notice: PublicNotice) => ReactNode }) {
  const phone = useIsPhone();
  const board = useBoard(props.community);
  const communityName = useAreaName(props.community);
  const [printing, setPrinting] = useState<PublicNotice>();
  if (board.error) return <Alert type="error" showIcon message={errorMessage(board.error, '读取公告栏失败')} />;
  if (board.isLoading) return <Card loading />;
  const notices = board.data?.notices ?? [];
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="community-board">
      {notices.length === 0 ? (
        <Card>
          <Empty description={`${communityName ?? '本社区'}的公告栏上目前没有正在公示的公告。`} />
        </Card>
      ) : (
        notices.map((notice) => (
          <Card key={notice.id} size={phone ? 'small' : 'default'} data-testid="board-notice">
            <div style={{ display: 'flex', alignItems: 'flex-start', gap: 8, marginBottom: 8 }}>
              {/* The title wraps on a phone: a notice is read for its title first. */}
              <Typography.Title level={5} style={{ flex: 1, margin: 0 }}>
                <Tag color={kindColors[notice.kind]} style={{ verticalAlign: 'text-bottom' }}>
                  {notice.kindLabel}
                </Tag>
                {notice.title}
              </Typography.Title>
              <Space size={4}>
                {props.actions?.(notice)}
                <Button icon={<PrinterOutlined />} size="small" onClick={() => setPrinting(notice)}>
                  打印
                </Button>
              </Space>
            </div>
            {notice.body && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: phone ? 15 : 14 }}>
                {notice.body}
              </Typography.Paragraph>
            )}
            {notice.entries && notice.entries.length > 0 && (
              <Table
                size="small"
                pagination={false}
                rowKey={(entry) => `${entry.name}-${entry.citizenIdMasked}`}
                dataSource={notice.entries}
                scroll={{ x: 480 }}
                style={{ marginBottom: 12 }}
                columns={[
                  { title: '姓名', dataIndex: 'name' },
                  { title: '身份证号', dataIndex: 'citizenIdMasked' },
                  { title: '项目', dataIndex: 'programmeName' },
                  {
                    title: '金额（元）',
                    dataIndex: 'amountYuan',
                    align: 'right',
                    render: (value?: number) => (value === undefined ? '' : value.toFixed(2)),
                  },
                ]}
              />
            )}
            <Space size={[12, 0]} wrap>
              <Typography.Text type="secondary">公示期 {periodText(notice)}</Typography.Text>
              <PosterTag notice={notice} />
            </Space>
          </Card>
        ))
      )}
      <PrintPreview notice={printing} onClose={() => setPrinting(undefined)} />
    </Space>
  );
}
