import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Empty, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiProblem, api, call } from '../../api/client';
import { errorMessage } from '../../api/problem';
import { readSession } from '../../auth/session';
import { dateText } from '../../components/date-text';
import { enumLabel } from '../../labels';
import { type HoursEntry, HoursStatusTag, hoursText, monthText } from './volunteer-common';

/** Opens the service's printable certificate (an A4 page) in a new tab, fetched with the session. */
export function usePrintCertificate() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const print = async (volunteerId: string, year: string) => {
    // Opened before the fetch, so the browser counts it as the click's own window.
    const opened = window.open('', '_blank');
    setBusy(true);
    try {
      const session = readSession();
      const response = await fetch(`/volunteering/volunteers/${volunteerId}/hours/certificate?year=${year}`, {
        headers: session ? { authorization: `Bearer ${session.token}` } : {},
      });
      if (!response.ok) {
        const body = await response.json().catch(() => undefined);
        throw new ApiProblem(body ?? { code: 'unexpected-response', title: '打印证明失败', status: response.status });
      }
      const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/html' }));
      if (opened) opened.location.href = url;
      else window.location.assign(url);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      opened?.close();
      message.error(errorMessage(error, '打印证明失败，请重试'));
    } finally {
      setBusy(false);
    }
  };
  return { busy, print };
}

/** A volunteer's year: approved total, by month, and every entry with its review. */
export function VolunteerHoursCard(props: { volunteerId: string; phone?: boolean }) {
  const [year, setYear] = useState<Dayjs>(() => dayjs());
  const yearKey = year.format('YYYY');
  const certificate = usePrintCertificate();
  const hours = useQuery({
    queryKey: ['hours', 'volunteer', props.volunteerId, yearKey],
    queryFn: () =>
      call(
        api.GET('/volunteering/volunteers/{id}/hours', {
          params: { path: { id: props.volunteerId }, query: { year: yearKey } },
        }),
      ),
  });
  const data = hours.data;
  return (
    <Card
      title="服务时长"
      size={props.phone ? 'small' : 'default'}
      extra={
        <Space wrap>
          <DatePicker
            picker="year"
            allowClear={false}
            value={year}
            format="YYYY年"
            onChange={(value) => value && setYear(value)}
            aria-label="年度"
            style={{ width: 110 }}
          />
          <Button
            icon={<PrinterOutlined />}
            loading={certificate.busy}
            disabled={!data || data.totalHours === 0}
            onClick={() => certificate.print(props.volunteerId, yearKey)}
          >
            打印证明
          </Button>
        </Space>
      }
    >
      {hours.error && <Alert type="error" showIcon message={errorMessage(hours.error, '读取服务时长失败')} />}
      {hours.isLoading && <Skeleton active />}
      {data && (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Space size={32} wrap>
            <Statistic title={`${yearKey}年已确认`} value={data.totalHours} suffix="小时" />
            {data.byMonth.map((month) => (
              <Statistic key={month.month} title={monthText(month.month)} value={month.hours} suffix="小时" />
            ))}
          </Space>
          {props.phone ? (
            data.entries.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="这一年还没有服务时长。参加活动签到签退后会自动记入。" />
            ) : (
              data.entries
                .slice()
                .reverse()
                .map((entry) => <EntryLine key={entry.entryId} entry={entry} />)
            )
          ) : (
            <Table<HoursEntry>
              rowKey="entryId"
              size="small"
              pagination={false}
              dataSource={data.entries.slice().reverse()}
              columns={[
                { title: '日期', dataIndex: 'date', render: (date: string) => dateText(date) },
                { title: '时长', dataIndex: 'hours', render: (value: number) => hoursText(value) },
                { title: '来源', dataIndex: 'source', render: (source: string) => enumLabel('VolunteerHoursSource', source) },
                { title: '服务内容', dataIndex: 'what', render: (what?: string) => what ?? '—' },
                {
                  title: '状态',
                  dataIndex: 'status',
                  render: (status: HoursEntry['status'], entry) => (
                    <Space direction="vertical" size={0}>
                      <HoursStatusTag status={status} />
                      {entry.rejectReason && <Typography.Text type="secondary">{entry.rejectReason}</Typography.Text>}
                    </Space>
                  ),
                },
              ]}
              locale={{ emptyText: '这一年还没有服务时长' }}
            />
          )}
        </Space>
      )}
    </Card>
  );
}

function EntryLine({ entry }: { entry: HoursEntry }) {
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <div>
          {dateText(entry.date)} · {hoursText(entry.hours)}
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {entry.what ?? enumLabel('VolunteerHoursSource', entry.source)}
          {entry.rejectReason ? `（驳回：${entry.rejectReason}）` : ''}
        </Typography.Text>
      </div>
      <HoursStatusTag status={entry.status} />
    </div>
  );
}
