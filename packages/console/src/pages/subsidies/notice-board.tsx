import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, List, Modal, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { dateText } from '../../components/date-text';
import { PrintSheet } from '../../components/print-sheet';
import { useIsPhone } from '../../components/responsive';
import { useAreaName } from '../../layout/work-area';
import { roundNames, yuan } from './common';

type NoticeRound = components['schemas']['SubsidyNoticeBoard']['rounds'][number];
type NoticeEntry = components['schemas']['SubsidyNoticeEntry'];

/** What the community's board shows now: the three rounds' lists, read without signing in. */
export function useNoticeBoard(community: string | undefined) {
  return useQuery({
    queryKey: ['subsidy-notices', community],
    enabled: Boolean(community),
    queryFn: () => call(api.GET('/subsidies/notices', { params: { query: { area: community ?? '' } } })),
  });
}

/** A round's 公示期 as posted: from its first posting to its last entry's last day. */
function periodOf(round: NoticeRound): { from: string; to: string } | undefined {
  const from = round.entries.map((entry) => entry.postedOn).sort()[0];
  const to = round.entries
    .map((entry) => entry.lastDay)
    .sort()
    .at(-1);
  return from && to ? { from, to } : undefined;
}

const entryKey = (entry: NoticeEntry) => `${entry.programme}-${entry.applicantIdMasked}-${entry.applicantName}`;

const chineseDay = (day: string) => dayjs(day).format('YYYY年M月D日');

function periodText(round: NoticeRound): string {
  const period = periodOf(round);
  if (!period) return '';
  const days = dayjs(period.to).diff(dayjs(period.from), 'day') + 1;
  return `${dateText(period.from)} 至 ${dateText(period.to)}（${days} 天）`;
}

/** The names a notice is signed with: the community's committee and the sub-district above it. */
function useSignatory(community: string) {
  const communityName = useAreaName(community);
  const subdistrictName = useAreaName(community.slice(0, 9));
  return { communityName, subdistrictName };
}

const cell = { border: '1px solid #000', padding: '6px 8px', textAlign: 'center' } as const;

/**
 * One round on A4 for the community's notice board: the committee named (never its code), the 公示期, the
 * list with ID numbers masked, how to object, and blank room above the name and date for the seal.
 */
function NoticeSheet(props: { round: NoticeRound; communityName: string; subdistrictName: string | undefined }) {
  const { round } = props;
  const period = periodOf(round);
  const posted = period ? chineseDay(period.from) : '';
  return (
    <div style={{ color: '#000', fontSize: 14, lineHeight: 1.7, maxWidth: '174mm', margin: '0 auto' }} data-testid="notice-sheet">
      <style>{'@page { size: A4 portrait; }'}</style>
      {props.subdistrictName && <div style={{ textAlign: 'center', fontSize: 14 }}>{props.subdistrictName}</div>}
      <h1 style={{ textAlign: 'center', fontSize: 22, margin: '4px 0 2px', letterSpacing: 2 }}>{props.communityName}</h1>
      <h2 style={{ textAlign: 'center', fontSize: 20, margin: '0 0 16px', letterSpacing: 4 }}>补助对象{round.title}</h2>
      <p style={{ textIndent: '2em', margin: '0 0 8px' }}>
        经本人申请、社区审核和入户抽查，下列居民拟享受补助，现予{roundNames[round.round]}公示。
        {period && `公示期为 ${chineseDay(period.from)} 至 ${chineseDay(period.to)}。`}
      </p>
      <table style={{ width: '100%', borderCollapse: 'collapse', margin: '8px 0' }}>
        <thead>
          <tr>
            {['序号', '补助项目', '姓名', '身份证号', '家庭人口', '拟发放金额（元）'].map((title) => (
              <th key={title} style={{ ...cell, fontWeight: 600 }}>
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {round.entries.map((entry, index) => (
            <tr key={entryKey(entry)}>
              <td style={cell}>{index + 1}</td>
              <td style={{ ...cell, textAlign: 'left' }}>{entry.programmeName}</td>
              <td style={cell}>{entry.applicantName}</td>
              <td style={cell}>{entry.applicantIdMasked}</td>
              <td style={cell}>{entry.householdSize ?? ''}</td>
              <td style={{ ...cell, textAlign: 'right' }}>{entry.amountYuan === undefined ? '' : entry.amountYuan.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ margin: '8px 0 0', textIndent: '2em' }}>
        公示期内，如对以上对象有异议，请向{props.communityName}实名反映，社区将登记并调查核实。身份证号只显示前 6 位和后 4
        位；金额为每月（次）拟发放金额。
      </p>
      {/* The seal is pressed over the name and date: the blank above them is its room. */}
      <div style={{ marginTop: '32mm', textAlign: 'right', lineHeight: 2, paddingRight: '8mm' }}>
        <div>{props.communityName}（盖章）</div>
        <div>{posted}</div>
      </div>
    </div>
  );
}

/** The sheet as it will be printed, and the browser's print dialog with nothing else of the page on paper. */
function PrintPreview(props: { round: NoticeRound | undefined; community: string; onClose: () => void }) {
  const [printing, setPrinting] = useState(false);
  const { communityName, subdistrictName } = useSignatory(props.community);
  const { round } = props;
  return (
    <Modal
      open={Boolean(round)}
      title={round ? `打印预览 · ${round.title}` : '打印预览'}
      width={760}
      onCancel={props.onClose}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={props.onClose}>
          关闭
        </Button>,
        <Button key="print" type="primary" icon={<PrinterOutlined />} disabled={!communityName} onClick={() => setPrinting(true)}>
          打印
        </Button>,
      ]}
    >
      {round && !communityName && <Skeleton active />}
      {round && communityName && (
        <>
          <div style={{ border: '1px solid #d9d9d9', padding: 24, background: '#fff' }}>
            <NoticeSheet round={round} communityName={communityName} subdistrictName={subdistrictName} />
          </div>
          <PrintSheet printNow={printing} onPrinted={() => setPrinting(false)}>
            <NoticeSheet round={round} communityName={communityName} subdistrictName={subdistrictName} />
          </PrintSheet>
        </>
      )}
    </Modal>
  );
}

/**
 * The community's 公示栏 as the public reads it: each round now posted, with its 公示期 and its list (ID
 * numbers masked), each printable on A4. Staff also see how many objections each entry has had.
 */
export function NoticeBoard(props: { community: string; staff: boolean }) {
  const phone = useIsPhone();
  const board = useNoticeBoard(props.community);
  const communityName = useAreaName(props.community);
  const [printing, setPrinting] = useState<NoticeRound>();
  const columns: ColumnsType<NoticeEntry> = [
    { title: '序号', key: 'index', width: 64, render: (_, __, index) => index + 1 },
    { title: '补助项目', dataIndex: 'programmeName' },
    { title: '姓名', dataIndex: 'applicantName' },
    { title: '身份证号', dataIndex: 'applicantIdMasked' },
    { title: '家庭人口', dataIndex: 'householdSize', render: (size?: number) => (size === undefined ? '—' : `${size} 人`) },
    { title: '拟发放金额（月/次）', dataIndex: 'amountYuan', align: 'right', render: (value?: number) => yuan(value) },
    { title: '公示至', dataIndex: 'lastDay', render: (day: string) => dateText(day) },
    ...(props.staff
      ? [
          {
            title: '异议',
            dataIndex: 'objections',
            render: (count: number) => (count > 0 ? <Tag color="orange">{count} 条</Tag> : '无'),
          },
        ]
      : []),
  ];
  if (board.error) return <Alert type="error" showIcon message={errorMessage(board.error, '读取公示栏失败')} />;
  if (board.isLoading) return <Card loading />;
  const rounds = board.data?.rounds ?? [];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="notice-board">
      <Alert
        type="info"
        showIcon
        message={phone ? '公示期内如有异议，请向社区居委会实名反映。' : '三榜公示'}
        description={
          phone
            ? undefined
            : '补助申请经社区审核和入户抽查后依次张贴第一、二、三榜，每榜公示期满且异议处理完毕后张贴下一榜，三榜期满后报街道审批。公示期内，如对公示对象有异议，请向社区居委会实名反映。'
        }
      />
      {rounds.length === 0 ? (
        <Card>
          <Empty description={`${communityName ?? '本社区'}目前没有正在公示的补助对象。`} />
        </Card>
      ) : (
        rounds.map((round) => (
          <Card
            key={round.round}
            title={round.title}
            extra={
              <Button icon={<PrinterOutlined />} size={phone ? 'small' : 'middle'} onClick={() => setPrinting(round)}>
                {phone ? '打印' : '打印本榜'}
              </Button>
            }
            data-testid={`notice-round-${round.round}`}
          >
            <Typography.Paragraph type="secondary">公示期 {periodText(round)}</Typography.Paragraph>
            {phone ? (
              <List
                dataSource={round.entries}
                rowKey={entryKey}
                renderItem={(entry) => (
                  <List.Item>
                    <Space direction="vertical" size={0} style={{ width: '100%' }}>
                      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                        <Typography.Text strong>{entry.applicantName}</Typography.Text>
                        <Typography.Text>{yuan(entry.amountYuan)}</Typography.Text>
                      </Space>
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        {entry.programmeName}
                        {entry.householdSize === undefined ? '' : ` · 家庭 ${entry.householdSize} 人`}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        {entry.applicantIdMasked} · 公示至 {dateText(entry.lastDay)}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            ) : (
              <Table<NoticeEntry>
                rowKey={entryKey}
                size="small"
                pagination={false}
                columns={columns}
                dataSource={round.entries}
                scroll={{ x: 720 }}
              />
            )}
          </Card>
        ))
      )}
      <PrintPreview round={printing} community={props.community} onClose={() => setPrinting(undefined)} />
    </Space>
  );
}
