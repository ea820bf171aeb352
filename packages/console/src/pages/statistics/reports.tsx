import { DownloadOutlined, ReloadOutlined, SwapOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Breadcrumb, Button, Card, DatePicker, Descriptions, Empty, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiProblem, api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateTimeText } from '../../components/date-text';

import { useDownload } from '../../components/use-download';
import { areaLevel } from '../../layout/work-area';
import { levelsOf, useChildNames, useLevelNames, useStatisticsArea, useUrlState } from './areas';
import { CompileDialog, periodText, useCompile, useReport } from './report-data';

type ReportTable = components['schemas']['ReportTable'];
type Comparison = components['schemas']['ReportComparison'];
type Kind = ReportTable['kind'];

const kinds: { value: Kind; label: string; yearly?: boolean }[] = [
  { value: 'civil-affairs-monthly', label: '民政月报表' },
  { value: 'population', label: '人口统计表' },
  { value: 'disabled', label: '残疾人统计表' },
  { value: 'employment-bases', label: '残疾人就业扶贫基地统计表（年报）', yearly: true },
];
const isKind = (value: string | undefined): value is Kind => kinds.some((kind) => kind.value === value);
const isYearly = (kind: Kind) => kinds.find((entry) => entry.value === kind)?.yearly === true;

/** Monthly reports are compiled on the 1st for the month before: that month is the one asked for first. */
const defaultPeriod = (kind: Kind) => (isYearly(kind) ? dayjs().format('YYYY') : dayjs().subtract(1, 'month').format('YYYY-MM'));
const previousPeriod = (period: string) =>
  period.length === 4 ? String(Number(period) - 1) : dayjs(`${period}-01`).subtract(1, 'month').format('YYYY-MM');

const numberText = (value: number | undefined) =>
  value === undefined ? '—' : value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
const headerOf = (column: ReportTable['columns'][number]) => (column.unit ? `${column.label}（${column.unit}）` : column.label);

function PeriodPicker(props: { kind: Kind; value: string; onChange: (period: string) => void; label: string }) {
  const yearly = isYearly(props.kind);
  return (
    <DatePicker
      picker={yearly ? 'year' : 'month'}
      allowClear={false}
      aria-label={props.label}
      format={yearly ? 'YYYY年' : 'YYYY年M月'}
      value={dayjs(yearly ? `${props.value}-01-01` : `${props.value}-01`)}
      disabledDate={(day: Dayjs) => day.isAfter(dayjs(), yearly ? 'year' : 'month')}
      onChange={(day: Dayjs | null) => day && props.onChange(day.format(yearly ? 'YYYY' : 'YYYY-MM'))}
    />
  );
}

function ReportView(props: { kind: Kind; period: string; area: string; onOpen: (area: string) => void }) {
  const user = useUser();
  const nameOf = useChildNames(props.area);
  const exporter = useDownload();
  const compile = useCompile(props.kind, props.period, props.area);
  const canCompile = mayCall(user.role, 'compileReport');
  const title = kinds.find((kind) => kind.value === props.kind)?.label ?? '';
  const { report, table, missing } = useReport(props.kind, props.period, props.area);
  const exportAs = (format: 'xlsx' | 'csv') =>
    exporter.run(
      `/statistics/reports/${props.kind}/${props.period}/export?area=${encodeURIComponent(props.area)}&format=${format}`,
      `${title}-${props.period}.${format}`,
    );
  type Row = ReportTable['rows'][number];
  const drillable = areaLevel(props.area) !== 'grid';
  const columns: ColumnsType<Row> = [
    {
      title: '地区',
      dataIndex: 'label',
      fixed: 'left',
      width: 180,
      render: (label: string, row) =>
        drillable && areaLevel(row.area) !== areaLevel(props.area) ? (
          <Typography.Link onClick={() => props.onOpen(row.area)}>{nameOf(row.area, label)}</Typography.Link>
        ) : (
          nameOf(row.area, label)
        ),
    },
    ...(table?.columns ?? []).map((column) => ({
      title: headerOf(column),
      key: column.key,
      align: 'right' as const,
      render: (_: unknown, row: Row) => numberText(row.values[column.key]),
    })),
  ];
  return (
    <Card
      title={table ? `${table.title}（${periodText(table.period)}）` : `${title}（${periodText(props.period)}）`}
      extra={
        <Space wrap>
          {canCompile && (
            <Button icon={<ReloadOutlined />} loading={compile.busy} onClick={compile.run}>
              {table ? '重新编制' : '立即编制'}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} disabled={!table} loading={exporter.busy} onClick={() => exportAs('xlsx')}>
            导出 Excel
          </Button>
          <Button disabled={!table} loading={exporter.busy} onClick={() => exportAs('csv')}>
            导出 CSV
          </Button>
        </Space>
      }
    >
      {report.error && !missing && <Alert type="error" showIcon message={errorMessage(report.error, '读取报表失败')} />}
      {missing ? (
        <Empty
          description={
            isYearly(props.kind)
              ? `${periodText(props.period)}的${title}尚未编制：每年 11 月 10 日自动编制${canCompile ? '，也可以点右上角“立即编制”' : ''}。`
              : `${periodText(props.period)}的${title}尚未编制：每月 1 日自动编制上月报表${canCompile ? '，也可以点右上角“立即编制”按当前计数编制' : '，请街道工作人员编制'}。`
          }
        />
      ) : (
        <>
          {table && (
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, lg: 4 }}
              style={{ marginBottom: 12 }}
              items={[
                { key: 'unit', label: '填报单位', children: table.areaName },
                { key: 'asOf', label: '存量截至', children: table.asOf },
                { key: 'compiledAt', label: '编制时间', children: dateTimeText(table.compiledAt) },
                { key: 'compiledBy', label: '编制人', children: table.compiledBy },
              ]}
            />
          )}
          <Table<Row>
            data-testid="report-table"
            size="small"
            bordered
            rowKey="area"
            loading={report.isLoading}
            columns={columns}
            dataSource={table?.rows ?? []}
            pagination={false}
            scroll={{ x: Math.max(800, (table?.columns.length ?? 4) * 110 + 180) }}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本地区没有下级地区的数字，合计见下行。" />,
            }}
            summary={() =>
              table ? (
                <Table.Summary fixed>
                  <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
                    <Table.Summary.Cell index={0}>合计（{table.areaName}）</Table.Summary.Cell>
                    {table.columns.map((column, index) => (
                      <Table.Summary.Cell key={column.key} index={index + 1} align="right">
                        {numberText(table.totals[column.key])}
                      </Table.Summary.Cell>
                    ))}
                  </Table.Summary.Row>
                </Table.Summary>
              ) : null
            }
          />
          {table && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {table.unit}。点地区名称查看该地区的同期报表。
            </Typography.Paragraph>
          )}
        </>
      )}
      <CompileDialog compile={compile} title={title} />
    </Card>
  );
}

function changeCell(value: { from: number; to: number; change: number } | undefined) {
  if (!value) return '—';
  const change = value.change;
  const color = change > 0 ? '#cf1322' : change < 0 ? '#389e0d' : undefined;
  return (
    <div
      data-changed={change !== 0 ? 'yes' : undefined}
      style={change !== 0 ? { background: change > 0 ? '#fff1f0' : '#f6ffed', margin: -4, padding: 4 } : undefined}
    >
      <div>
        {numberText(value.from)} → <strong>{numberText(value.to)}</strong>
      </div>
      <Typography.Text style={{ color, fontSize: 12 }} type={change === 0 ? 'secondary' : undefined}>
        {change === 0 ? '无变化' : `${change > 0 ? '+' : ''}${numberText(change)}`}
      </Typography.Text>
    </div>
  );
}

function CompareView(props: { kind: Kind; from: string; to: string; area: string; onFrom: (period: string) => void }) {
  const nameOf = useChildNames(props.area);
  const comparison = useQuery({
    queryKey: ['statistics', 'compare', props.kind, props.from, props.to, props.area],
    enabled: props.from !== props.to,
    retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 1,
    queryFn: () =>
      call(
        api.GET('/statistics/reports/{kind}/compare', {
          params: { path: { kind: props.kind }, query: { area: props.area, from: props.from, to: props.to } },
        }),
      ),
  });
  type Row = Comparison['rows'][number];
  const data = comparison.data;
  const changed = data ? data.columns.filter((column) => data.totals[column.key]?.change !== 0).length : 0;
  const columns: ColumnsType<Row> = [
    { title: '地区', dataIndex: 'label', fixed: 'left', width: 160, render: (label: string, row) => nameOf(row.area, label) },
    ...(data?.columns ?? []).map((column) => ({
      title: headerOf(column),
      key: column.key,
      width: 130,
      render: (_: unknown, row: Row) => changeCell(row.values[column.key]),
    })),
  ];
  return (
    <Card
      title={data ? `${data.title}：${periodText(data.from)}与${periodText(data.to)}对比` : '两期对比'}
      extra={
        <Space wrap>
          <span>与</span>
          <PeriodPicker kind={props.kind} value={props.from} onChange={props.onFrom} label="对比的前一期" />
          <span>对比</span>
        </Space>
      }
    >
      {props.from === props.to && <Alert type="warning" showIcon message="请选择两个不同的统计期" />}
      {comparison.error && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={errorMessage(comparison.error, '读取对比失败')}
          description="两期报表都编制后才能对比；尚未编制的一期请先在“报表”中编制。"
        />
      )}
      {data && (
        <Typography.Paragraph>
          {changed === 0 ? '两期合计数字完全相同。' : `合计有 ${changed} 项变化，`}
          {changed > 0 && (
            <>
              <span style={{ background: '#fff1f0', padding: '0 4px' }}>红色为增加</span>，
              <span style={{ background: '#f6ffed', padding: '0 4px' }}>绿色为减少</span>。
            </>
          )}
        </Typography.Paragraph>
      )}
      <Table<Row>
        data-testid="compare-table"
        size="small"
        bordered
        rowKey="area"
        loading={comparison.isLoading && props.from !== props.to}
        columns={columns}
        dataSource={data?.rows ?? []}
        pagination={false}
        scroll={{ x: Math.max(800, (data?.columns.length ?? 4) * 130 + 160) }}
        summary={() =>
          data ? (
            <Table.Summary.Row style={{ fontWeight: 600 }}>
              <Table.Summary.Cell index={0}>合计（{data.areaName}）</Table.Summary.Cell>
              {data.columns.map((column, index) => (
                <Table.Summary.Cell key={column.key} index={index + 1}>
                  {changeCell(data.totals[column.key])}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}

export default function ReportsPage() {
  const user = useUser();
  const [filters, setFilters] = useUrlState(['kind', 'period', 'area', 'tab', 'from'] as const);
  const kind: Kind = isKind(filters.kind) ? filters.kind : 'civil-affairs-monthly';
  const fits = (period: string | undefined) => period && (isYearly(kind) ? /^\d{4}$/ : /^\d{4}-\d{2}$/).test(period);
  const period = fits(filters.period) ? (filters.period as string) : defaultPeriod(kind);
  const from = fits(filters.from) ? (filters.from as string) : previousPeriod(period);
  const area = useStatisticsArea(filters.area);
  const levels = area ? levelsOf(area, user.areas) : [];
  const names = useLevelNames(levels);
  const tab = filters.tab === 'compare' ? 'compare' : 'report';
  if (!area) return <Alert type="warning" showIcon message="您的账号没有管辖地区，无法查看报表。" />;
  return (
    <PageContainer
      title="报表"
      subTitle="按月编制存档的民政月报表、人口和残疾人统计表：查看、重新编制、两期对比、导出"
      tabActiveKey={tab}
      onTabChange={(key) => setFilters({ tab: key === 'report' ? undefined : key })}
      tabList={[
        { key: 'report', tab: '报表' },
        {
          key: 'compare',
          tab: (
            <span>
              <SwapOutlined /> 两期对比
            </span>
          ),
        },
      ]}
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Space wrap size={[16, 8]}>
            <Select<Kind>
              aria-label="报表种类"
              style={{ width: 280 }}
              value={kind}
              options={kinds.map(({ value, label }) => ({ value, label }))}
              onChange={(next) => setFilters({ kind: next, period: undefined, from: undefined })}
            />
            <PeriodPicker kind={kind} value={period} label="统计期" onChange={(next) => setFilters({ period: next })} />
            <Breadcrumb
              items={levels.map((code, index) => ({
                key: code,
                title:
                  index === levels.length - 1 ? (
                    <Typography.Text strong>{names[code] ?? '…'}</Typography.Text>
                  ) : (
                    <Typography.Link onClick={() => setFilters({ area: code })}>{names[code] ?? '…'}</Typography.Link>
                  ),
              }))}
            />
          </Space>
        </Card>
        {tab === 'report' ? (
          <ReportView kind={kind} period={period} area={area} onOpen={(code) => setFilters({ area: code })} />
        ) : (
          <CompareView kind={kind} from={from} to={period} area={area} onFrom={(next) => setFilters({ from: next })} />
        )}
      </Space>
    </PageContainer>
  );
}
