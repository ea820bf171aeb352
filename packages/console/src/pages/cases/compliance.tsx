import { PageContainer } from '@ant-design/pro-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  InputNumber,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { useUrlFilters } from '../../components/url-filters';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';
import { type CaseCategory, useCaseCategories } from './case-parts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type ComplianceBody = Awaited<ReturnType<typeof readCompliance>>;
type ComplianceRow = ComplianceBody['total'];
type Topic = components['schemas']['CaseTopic'];

const readCompliance = (area: string, month: string) =>
  call(api.GET('/cases/compliance', { params: { query: { area, month } } }));

function AreaName({ code }: { code: string }) {
  return <>{useAreaName(code) ?? code}</>;
}

function rateText(rate: number | null): string {
  return rate === null ? '—' : `${rate}%`;
}

const rowColumns = (first: ColumnsType<ComplianceRow>[number]): ColumnsType<ComplianceRow> => [
  first,
  { title: '期内应办结', dataIndex: 'due', align: 'right' },
  { title: '按期办结', dataIndex: 'handledInTime', align: 'right' },
  { title: '逾期办结', dataIndex: 'handledLate', align: 'right' },
  {
    title: '逾期未办结',
    dataIndex: 'overdueOpen',
    align: 'right',
    render: (count: number) => (count > 0 ? <Typography.Text type="danger">{count}</Typography.Text> : count),
  },
  {
    title: '按期办结率',
    dataIndex: 'rate',
    align: 'right',
    render: (rate: number | null) =>
      rate === null ? '—' : <Tag color={rate >= 90 ? 'green' : rate >= 70 ? 'orange' : 'red'}>{rateText(rate)}</Tag>,
  },
];

function ComplianceTab() {
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const subdistrict = community?.slice(0, 9);
  const [filters, setFilters] = useUrlFilters(['month', 'scope'] as const);
  const month = filters.month && /^\d{4}-\d{2}$/.test(filters.month) ? filters.month : dayjs().format('YYYY-MM');
  const scope = filters.scope === 'subdistrict' ? 'subdistrict' : 'community';
  const target = scope === 'subdistrict' ? subdistrict : community;
  const communityName = useAreaName(community);
  const subdistrictName = useAreaName(subdistrict);
  const query = useQuery({
    queryKey: ['case-compliance', target, month],
    enabled: Boolean(target),
    queryFn: () => readCompliance(target ?? '', month),
  });
  const data = query.data;
  const chart = data && {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: data.byCategory.map((row) => row.label) },
    yAxis: { type: 'value', name: '件', minInterval: 1 },
    series: [
      { name: '按期办结', type: 'bar', stack: 'due', data: data.byCategory.map((row) => row.handledInTime), color: '#52c41a' },
      { name: '逾期办结', type: 'bar', stack: 'due', data: data.byCategory.map((row) => row.handledLate), color: '#faad14' },
      { name: '逾期未办结', type: 'bar', stack: 'due', data: data.byCategory.map((row) => row.overdueOpen), color: '#ff4d4f' },
    ],
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(value) => setFilters({ month: value?.format('YYYY-MM') })}
          aria-label="月份"
        />
        <Segmented
          value={scope}
          onChange={(value) => setFilters({ scope: value === 'community' ? undefined : String(value) })}
          options={[
            { value: 'community', label: communityName ?? '本社区' },
            { value: 'subdistrict', label: `${subdistrictName ?? '本街道'}各社区` },
          ]}
        />
      </Space>
      {!target && <Alert type="info" showIcon message="请在页面上方选择一个社区" />}
      {query.error && <Alert type="error" showIcon message={errorMessage(query.error, '读取失败')} />}
      {data && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="按期办结率" value={rateText(data.total.rate)} data-testid="compliance-rate" />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="期内应办结" value={data.total.due} suffix="件" />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="逾期办结" value={data.total.handledLate} suffix="件" />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title="逾期未办结"
                  value={data.total.overdueOpen}
                  suffix="件"
                  valueStyle={data.total.overdueOpen > 0 ? { color: '#cf1322' } : undefined}
                />
              </Card>
            </Col>
          </Row>
          {data.byCategory.length === 0 && data.byCommunity.length === 0 ? (
            <Card>
              <Empty description={`${month} 没有到期的诉求。诉求受理后按类别时限计期限，到期月份的办结情况在此统计。`} />
            </Card>
          ) : (
            <>
              <Card size="small" title="按类别">
                {chart && <ReactEChartsCore echarts={echarts} option={chart} notMerge style={{ height: 280, width: '100%' }} />}
                <Table<ComplianceRow>
                  rowKey="key"
                  size="small"
                  pagination={false}
                  dataSource={[...data.byCategory, data.total]}
                  columns={rowColumns({ title: '类别', dataIndex: 'label' })}
                />
              </Card>
              <Card size="small" title="按社区">
                <Table<ComplianceRow>
                  rowKey="key"
                  size="small"
                  pagination={false}
                  dataSource={data.byCommunity}
                  columns={rowColumns({ title: '社区', dataIndex: 'key', render: (code: string) => <AreaName code={code} /> })}
                />
              </Card>
            </>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            按期办结率 = 按期办结 ÷ 期内应办结（办结期限在所选月份内的诉求）；逾期未办结为今天仍逾期未办的件数。
          </Typography.Text>
        </>
      )}
    </Space>
  );
}

function TopicsTab() {
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const query = useQuery({
    queryKey: ['case-topics', community],
    enabled: Boolean(community),
    queryFn: () => call(api.GET('/cases/topics', { params: { query: { community: community ?? '' } } })),
  });
  const columns: ColumnsType<Topic> = [
    { title: '事项', dataIndex: 'topic' },
    { title: '类别', dataIndex: 'categoryLabel' },
    { title: '件数', dataIndex: 'caseCount', align: 'right' },
    {
      title: '议事日',
      dataIndex: 'onAgenda',
      render: (onAgenda: boolean) => (onAgenda ? <Tag color="red">列入议程</Tag> : <Tag>未达 3 件</Tag>),
    },
    {
      title: '诉求',
      dataIndex: 'caseIds',
      render: (ids: string[]) => (
        <Space wrap size={4}>
          {ids.map((id, index) => (
            <Link key={id} to={`/case/items/${id}`}>
              第 {index + 1} 件
            </Link>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {query.data && (
        <Typography.Text>
          计入 {dateText(query.data.deliberationDate)} 议事日的诉求事项；同一事项反映 3 件及以上即列入议事日议程。
        </Typography.Text>
      )}
      {query.error && <Alert type="error" showIcon message={errorMessage(query.error, '读取失败')} />}
      <Table<Topic>
        rowKey="topicId"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isLoading}
        pagination={false}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本期还没有登记诉求；登记的诉求按事项归并在此。" />,
        }}
      />
    </Space>
  );
}

function DeadlineCell({ category, editable }: { category: CaseCategory; editable: boolean }) {
  const [value, setValue] = useState<number | null>(category.deadlineDays);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (deadlineDays: number) =>
      call(
        api.PUT('/cases/categories/{category}', {
          params: { path: { category: category.code as components['schemas']['CaseCategoryCode'] } },
          body: { deadlineDays },
        }),
      ),
    onSuccess: (saved) => {
      message.success(`${saved.label}的办理时限改为 ${saved.deadlineDays} 个工作日，此后受理的诉求按新时限计`);
      void queryClient.invalidateQueries({ queryKey: ['case-categories'] });
    },
    onError: (error) => message.error(errorMessage(error, '保存失败')),
  });
  if (!editable) return <>{category.deadlineDays} 个工作日</>;
  return (
    <Space.Compact>
      <InputNumber
        min={1}
        max={60}
        value={value}
        onChange={setValue}
        addonAfter="个工作日"
        style={{ width: 170 }}
        aria-label={`${category.label}办理时限`}
      />
      <Button
        type="primary"
        disabled={!value || value === category.deadlineDays}
        loading={save.isPending}
        onClick={() => value && save.mutate(value)}
      >
        保存
      </Button>
    </Space.Compact>
  );
}

function DeadlinesTab() {
  const user = useUser();
  const categories = useCaseCategories();
  const editable = mayCall(user.role, 'setCaseCategoryDeadline');
  const columns: ColumnsType<CaseCategory> = [
    { title: '类别', dataIndex: 'label' },
    {
      title: '受理后办结时限',
      dataIndex: 'deadlineDays',
      render: (_, category) => <DeadlineCell key={category.deadlineDays} category={category} editable={editable} />,
    },
    {
      title: '来源',
      dataIndex: 'customised',
      render: (customised: boolean) => (customised ? <Tag color="blue">本区设定</Tag> : <Tag>默认</Tag>),
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        按工作日计，遇节假日顺延。{editable ? '修改后，此后受理的诉求按新时限计。' : '时限由区管理员设定。'}
      </Typography.Text>
      <Table<CaseCategory>
        rowKey="code"
        columns={columns}
        dataSource={categories.data?.items ?? []}
        loading={categories.isLoading}
        pagination={false}
      />
    </Space>
  );
}

/** 按期办结率 per community and category, the month's recurring topics, and the categories' deadlines. */
export default function CaseCompliancePage() {
  const [filters, setFilters] = useUrlFilters(['tab'] as const);
  const tab = filters.tab === 'topics' || filters.tab === 'deadlines' ? filters.tab : 'compliance';
  return (
    <PageContainer title="按期办结率" subTitle="诉求按期办结情况、议题归并和各类诉求的办理时限">
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setFilters({ tab: key === 'compliance' ? undefined : key })}
          items={[
            { key: 'compliance', label: '按期办结率', children: <ComplianceTab /> },
            { key: 'topics', label: '议题归并', children: <TopicsTab /> },
            { key: 'deadlines', label: '办理时限', children: <DeadlinesTab /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
