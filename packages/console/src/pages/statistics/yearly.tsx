import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Col, DatePicker, Empty, Row, Space, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateTimeText } from '../../components/date-text';
import { useDownload } from '../../components/use-download';
import { areaLevel, useAreaName } from '../../layout/work-area';
import { useChildNames, useStatisticsArea, useUrlState } from './areas';
import { CompileDialog, useCompile, useReport } from './report-data';

type ReportTable = components['schemas']['ReportTable'];
type ReportRow = ReportTable['rows'][number];

const KIND = 'civil-affairs-yearly';
const numberText = (value: number | undefined) => (value ?? 0).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
/** The figures the offices quote from the year (老年优待证 issued, deaths and cremations…), shown first. */
const headline = [
  { key: 'certSeniorPreferential', title: '老年优待证', suffix: '份' },
  { key: 'certificatesIssued', title: '出具证明（各类）', suffix: '份' },
  { key: 'deaths', title: '死亡人数', suffix: '人' },
  { key: 'deathsCremated', title: '其中：火化', suffix: '人' },
  { key: 'dibaoHouseholds', title: '年末低保户数', suffix: '户' },
  { key: 'volunteerHours', title: '志愿服务时长', suffix: '小时' },
];

export default function YearlyReportPage() {
  const user = useUser();
  const exporter = useDownload();
  const [filters, setFilters] = useUrlState(['year', 'area'] as const);
  const year = filters.year && /^\d{4}$/.test(filters.year) ? filters.year : dayjs().format('YYYY');
  const area = useStatisticsArea(filters.area);
  const areaName = useAreaName(area);
  const nameOf = useChildNames(area);
  const canCompile = mayCall(user.role, 'compileReport');
  const { report, table, missing } = useReport(KIND, year, area);
  const compile = useCompile(KIND, year, area ?? '');
  if (!area) return <Alert type="warning" showIcon message="您的账号没有管辖地区，无法查看年报。" />;
  const drillable = areaLevel(area) !== 'grid';
  const columns = [
    {
      title: '地区',
      dataIndex: 'label',
      fixed: 'left' as const,
      width: 170,
      render: (label: string, row: ReportRow) =>
        drillable ? (
          <Typography.Link onClick={() => setFilters({ area: row.area })}>{nameOf(row.area, label)}</Typography.Link>
        ) : (
          nameOf(row.area, label)
        ),
    },
    ...(table?.columns ?? []).map((column) => ({
      title: column.unit ? `${column.label}（${column.unit}）` : column.label,
      key: column.key,
      align: 'right' as const,
      width: 120,
      render: (_: unknown, row: ReportRow) => numberText(row.values[column.key]),
    })),
  ];
  return (
    <PageContainer
      title="年报"
      subTitle={`${areaName ?? ''} 民政年报表：全年的证照、殡葬、救助和服务数字`}
      extra={
        <Space wrap>
          {filters.area && area !== user.areas[0] && <Button onClick={() => setFilters({ area: undefined })}>回到本级</Button>}
          <DatePicker
            picker="year"
            allowClear={false}
            aria-label="统计年度"
            format="YYYY年"
            value={dayjs(`${year}-01-01`)}
            disabledDate={(day: Dayjs) => day.isAfter(dayjs(), 'year')}
            onChange={(day: Dayjs | null) => day && setFilters({ year: day.format('YYYY') })}
          />
          {canCompile && (
            <Button icon={<ReloadOutlined />} loading={compile.busy} onClick={compile.run}>
              {table ? '重新编制' : '立即编制'}
            </Button>
          )}
          <Button
            icon={<DownloadOutlined />}
            disabled={!table}
            loading={exporter.busy}
            onClick={() =>
              exporter.run(
                `/statistics/reports/${KIND}/${year}/export?area=${encodeURIComponent(area)}&format=xlsx`,
                `民政年报表-${year}.xlsx`,
              )
            }
          >
            导出 Excel
          </Button>
        </Space>
      }
    >
      {report.error && !missing && <Alert type="error" showIcon message={errorMessage(report.error, '读取年报失败')} />}
      {missing ? (
        <Card>
          <Empty
            description={`${year} 年的民政年报表尚未编制：每月 1 日自动编制当年截至上月的累计，1 月 1 日编成上一年全年${
              canCompile ? '；也可以点右上角“立即编制”按当前计数编制。' : '；请街道工作人员编制。'
            }`}
          />
        </Card>
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            {headline.map((item) => (
              <Col key={item.key} xs={12} md={8} xl={4}>
                <Card size="small" loading={report.isLoading}>
                  <Statistic title={item.title} value={table?.totals[item.key] ?? 0} suffix={item.suffix} />
                </Card>
              </Col>
            ))}
          </Row>
          {table && (
            <Typography.Text type="secondary">
              {table.areaName} {table.period} 年度 · 存量截至 {table.asOf} · {table.compiledBy} 编制于{' '}
              {dateTimeText(table.compiledAt)}
            </Typography.Text>
          )}
          <Card title="各类证照发放（全年）" size="small" loading={report.isLoading}>
            <Row gutter={[12, 12]}>
              {(table?.columns ?? [])
                .filter((column) => column.key.startsWith('cert') && column.key !== 'certificatesIssued')
                .map((column) => (
                  <Col key={column.key} xs={12} md={6} xl={4}>
                    <Statistic title={column.label.replace('其中：', '')} value={table?.totals[column.key] ?? 0} suffix="份" />
                  </Col>
                ))}
            </Row>
          </Card>
          <Card title="各下级地区" size="small">
            <Table<ReportRow>
              data-testid="yearly-table"
              size="small"
              bordered
              rowKey="area"
              loading={report.isLoading}
              columns={columns}
              dataSource={table?.rows ?? []}
              pagination={false}
              scroll={{ x: Math.max(900, (table?.columns.length ?? 4) * 120 + 170) }}
              locale={{
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本地区没有下级地区的数字，合计见上方。" />,
              }}
            />
          </Card>
        </Space>
      )}
      <CompileDialog compile={compile} title="民政年报表" />
    </PageContainer>
  );
}
