import { DownloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Progress, Row, Select, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateTimeText } from '../../components/date-text';
import { usePagedList } from '../../components/paged-list';
import { PagedTable } from '../../components/paged-table';
import { useDownload } from '../../components/use-download';
import { enumLabel } from '../../labels';
import { areaLevel, areaQuery, useAreaName } from '../../layout/work-area';
import { AreaTreeSelect } from './area-tree-select';
import { monthText, periodText, programmeOptions, useProgrammes, yuan } from './common';
import { MonthPicker, previewQuery, useCommunityNames, usePaymentScope } from './payment-scope';

type Preview = components['schemas']['PaymentPreview'];
type PreviewItem = Preview['items'][number];
type PaymentRun = components['schemas']['PaymentRun'];
type Payment = components['schemas']['Payment'];

const formLabel = { cash: '现金', loan: '贷款' } as const;

/** 2027-02, 2027-03 → 2027年2月、2027年3月: the periods one payment line covers. */
const periodsText = (periods: readonly string[]) => periods.map(periodText).join('、');

/** What the run would pay in one community: the totals first, then each benefit's periods and account. */
function CommunityPreview(props: { community: string; month: string }) {
  const preview = useQuery(previewQuery(props.community, props.month));
  const name = useAreaName(props.community);
  const columns: ColumnsType<PreviewItem> = [
    {
      title: '享受人',
      dataIndex: 'applicantName',
      render: (applicant: string, row) => <Link to={`/subsidy/applications/${row.applicationId}`}>{applicant}</Link>,
    },
    { title: '补助项目', dataIndex: 'programmeName' },
    { title: '发放期', dataIndex: 'periods', render: (periods: string[]) => periodsText(periods) },
    { title: '每期金额', dataIndex: 'amountYuan', align: 'right', render: (value: number) => yuan(value) },
    { title: '本次合计', dataIndex: 'totalYuan', align: 'right', render: (value: number) => <strong>{yuan(value)}</strong> },
    { title: '方式', dataIndex: 'form', render: (form: PreviewItem['form']) => formLabel[form] },
    { title: '收款账号', dataIndex: 'accountMasked', render: (value?: string) => value ?? '—' },
  ];
  if (preview.error) return <Alert type="error" showIcon message={errorMessage(preview.error, '读取发放预览失败')} />;
  const data = preview.data;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="payment-preview">
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small" loading={preview.isLoading}>
            <Statistic title="享受人" value={data?.items.length ?? 0} suffix="人" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" loading={preview.isLoading}>
            <Statistic title="将发放" value={data?.payments ?? 0} suffix="笔" />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" loading={preview.isLoading}>
            <Statistic title="合计金额（元）" value={data?.totalYuan ?? 0} precision={2} data-testid="preview-total" />
          </Card>
        </Col>
      </Row>
      {(data?.totals.length ?? 0) > 1 && (
        <Card size="small" title="按项目合计">
          <Table
            rowKey="programme"
            size="small"
            pagination={false}
            dataSource={data?.totals ?? []}
            columns={[
              { title: '补助项目', dataIndex: 'programmeName' },
              { title: '笔数', dataIndex: 'payments', align: 'right' },
              { title: '合计', dataIndex: 'totalYuan', align: 'right', render: (value: number) => yuan(value) },
            ]}
          />
        </Card>
      )}
      <Card size="small" title={`${name ?? '本社区'} · 逐项明细`}>
        <Table<PreviewItem>
          rowKey="applicationId"
          size="small"
          loading={preview.isLoading}
          pagination={false}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 860 }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={`${monthText(props.month)}没有要发放的补助：享受中的补助本月都已发放，或还没有审批通过的补助。`}
              />
            ),
          }}
        />
      </Card>
    </Space>
  );
}

/** One community's figure in the sub-district's table: still coming, not read, nothing to pay (—), or the figure. */
function previewCell(
  preview: { data?: Preview | undefined; error: unknown } | undefined,
  figure: (data: Preview) => ReactNode,
): ReactNode {
  if (preview?.error) return <Typography.Text type="danger">未能读取</Typography.Text>;
  if (!preview?.data) return <Typography.Text type="secondary">…</Typography.Text>;
  return preview.data.payments === 0 ? <Typography.Text type="secondary">—</Typography.Text> : figure(preview.data);
}

/**
 * A sub-district's preview: each community's is read on its own (the API previews one community at a
 * time), the progress shown while they come in, the totals added up; a row opens that community's detail.
 */
function SubdistrictPreview(props: { subdistrict: string; month: string; onOpen: (community: string) => void }) {
  const area = useQuery(areaQuery(props.subdistrict));
  const communities = (area.data?.children ?? []).filter((child) => child.level === 'community');
  const previews = useQueries({ queries: communities.map((community) => previewQuery(community.code, props.month)) });
  const read = previews.filter((preview) => preview.data || preview.error).length;
  const rows = communities.map((community, index) => ({ ...community, preview: previews[index] }));
  const total = previews.reduce((sum, preview) => sum + (preview.data?.totalYuan ?? 0), 0);
  const payments = previews.reduce((sum, preview) => sum + (preview.data?.payments ?? 0), 0);
  const failed = previews.filter((preview) => preview.error).length;
  if (area.error) return <Alert type="error" showIcon message={errorMessage(area.error, '读取街道的社区失败')} />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="payment-preview">
      {communities.length > 0 && read < communities.length && (
        <Card size="small">
          <Typography.Text>
            正在逐个社区计算发放预览（{read}/{communities.length}）
          </Typography.Text>
          <Progress percent={Math.round((read / communities.length) * 100)} status="active" />
        </Card>
      )}
      {failed > 0 && (
        <Alert type="warning" showIcon message={`有 ${failed} 个社区的预览未能读取，合计不含这些社区，请稍后刷新。`} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={8}>
          <Card size="small">
            <Statistic title="将发放" value={payments} suffix="笔" />
          </Card>
        </Col>
        <Col xs={12} md={16}>
          <Card size="small">
            <Statistic title="街道合计（元）" value={total} precision={2} />
          </Card>
        </Col>
      </Row>
      <Table
        rowKey="code"
        size="small"
        loading={area.isLoading}
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: '社区',
            dataIndex: 'name',
            render: (name: string, row) => <Typography.Link onClick={() => props.onOpen(row.code)}>{name}</Typography.Link>,
          },
          {
            title: '享受人',
            key: 'people',
            align: 'right',
            render: (_, row) => previewCell(row.preview, (data) => `${data.items.length} 人`),
          },
          {
            title: '笔数',
            key: 'payments',
            align: 'right',
            render: (_, row) => previewCell(row.preview, (data) => data.payments),
          },
          {
            title: '合计',
            key: 'total',
            align: 'right',
            render: (_, row) => previewCell(row.preview, (data) => yuan(data.totalYuan)),
          },
        ]}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="这个街道下还没有登记社区。" /> }}
      />
    </Space>
  );
}

function PreviewTab(props: { area: string; month: string; onArea: (area: string) => void }) {
  const level = areaLevel(props.area);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {`若此刻运行${monthText(props.month)}的发放（每月 5 日 2:00 自动运行），每项补助将发放的期数和金额：享受中的补助发放本期，暂停前欠发的期和终止前未发的期一并补发；已发放的期不再计入。这里只是预览，不会发放。`}
      </Typography.Paragraph>
      {level === 'community' || level === 'grid' ? (
        <CommunityPreview community={props.area.slice(0, 12)} month={props.month} />
      ) : level === 'subdistrict' ? (
        <SubdistrictPreview subdistrict={props.area} month={props.month} onOpen={props.onArea} />
      ) : (
        <Card>
          <Empty description="全区的预览要逐个社区计算，请在右上角选择一个街道或社区。" />
        </Card>
      )}
    </Space>
  );
}

const runColors: Record<PaymentRun['state'], string> = { running: 'processing', done: 'success', failed: 'error' };

/** How long a run took: 3 分 12 秒 (a running one is timed once it ends: the platform's clock may not be the browser's). */
function durationText(run: PaymentRun): string {
  if (!run.finishedAt) return '进行中';
  const seconds = Math.max(0, dayjs(run.finishedAt).diff(dayjs(run.startedAt), 'second'));
  if (seconds === 0) return '不到 1 秒';
  return seconds >= 60 ? `${Math.floor(seconds / 60)} 分 ${seconds % 60} 秒` : `${seconds} 秒`;
}

/**
 * The month's runs, the latest first. A run counts up batch by batch while it pays: the list is read again
 * every few seconds while one is running, so staff watch it move.
 */
function RunsTab(props: { month: string }) {
  const runs = useQuery({
    queryKey: ['payment-runs', props.month],
    queryFn: () => call(api.GET('/subsidies/payment-runs', { params: { query: { month: props.month } } })),
    refetchInterval: (query) => (query.state.data?.items.some((run) => run.state === 'running') ? 2_000 : false),
  });
  const items = runs.data?.items ?? [];
  const running = items.find((run) => run.state === 'running');
  const columns: ColumnsType<PaymentRun> = [
    { title: '开始时间', dataIndex: 'startedAt', render: (at: string) => dateTimeText(at) },
    {
      title: '状态',
      dataIndex: 'state',
      render: (state: PaymentRun['state']) => <Tag color={runColors[state]}>{enumLabel('PaymentRunState', state)}</Tag>,
    },
    { title: '已核对补助', dataIndex: 'benefits', align: 'right', render: (count: number) => `${count} 项` },
    { title: '已发放', dataIndex: 'payments', align: 'right', render: (count: number) => `${count} 笔` },
    { title: '发放金额', dataIndex: 'paidYuan', align: 'right', render: (value: number) => yuan(value) },
    {
      title: '已付跳过',
      dataIndex: 'alreadyPaid',
      align: 'right',
      render: (count: number) => (count > 0 ? `${count} 期` : '—'),
    },
    { title: '到期终止', dataIndex: 'closed', align: 'right', render: (count: number) => (count > 0 ? `${count} 项` : '—') },
    { title: '用时', key: 'took', render: (_, run) => durationText(run) },
  ];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        全区每月 5 日 2:00 自动运行发放，每项补助每个周期只发一次：重复运行或中断后重跑，已发放的期都会跳过，不会重复发放。
      </Typography.Paragraph>
      {running && (
        <Alert
          type="info"
          showIcon
          data-testid="run-progress"
          message="正在发放"
          description={
            <Space>
              <Spin size="small" />
              <span>
                已核对 {running.benefits} 项补助，已发放 {running.payments} 笔，合计 {yuan(running.paidYuan)}；每处理完一批更新。
              </span>
            </Space>
          }
        />
      )}
      {items
        .filter((run) => run.state === 'failed')
        .slice(0, 1)
        .map((run) => (
          <Alert
            key={run.runId}
            type="warning"
            showIcon
            message={`${dateTimeText(run.startedAt)} 的发放中断`}
            description={`${run.error ?? '原因未记录'}。已发放的 ${run.payments} 笔有效；再次运行时只发放未发的期，不会重复发放。`}
          />
        ))}
      {runs.error && <Alert type="error" showIcon message={errorMessage(runs.error, '读取发放批次失败')} />}
      <Table<PaymentRun>
        rowKey="runId"
        size="small"
        loading={runs.isLoading}
        pagination={false}
        columns={columns}
        dataSource={items}
        scroll={{ x: 860 }}
        data-testid="payment-runs"
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={`${monthText(props.month)}还没有运行发放。每月 5 日 2:00 自动发放本月补助；运行前可在“发放预览”中核对。`}
            />
          ),
        }}
      />
    </Space>
  );
}

/** Every payment of the month in the area, accounts masked; the bank's file (full numbers) for those who send it. */
function PaymentsTab(props: {
  area: string;
  month: string;
  programme: string | undefined;
  onProgramme: (programme: string | undefined) => void;
}) {
  const user = useUser();
  const programmes = useProgrammes();
  const areaName = useAreaName(props.area);
  const exporter = useDownload();
  const query = { month: props.month, area: props.area, ...(props.programme ? { programme: props.programme as never } : {}) };
  const list = usePagedList<Payment>({
    key: ['payments', query],
    fetch: (cursor) => call(api.GET('/subsidies/payments', { params: { query: { ...query, ...(cursor ? { cursor } : {}) } } })),
  });
  const communityName = useCommunityNames(list.items.map((payment) => payment.area));
  const programmeName = (code: string) => programmes.data?.items.find((item) => item.code === code)?.name ?? '—';
  const canExport = mayCall(user.role, 'exportBankFile');
  const exportBankFile = () => {
    const search = new URLSearchParams({
      month: props.month,
      area: props.area,
      ...(props.programme ? { programme: props.programme } : {}),
    });
    void exporter.run(`/subsidies/payments/bank-file?${search}`, `代发清单-${areaName ?? props.area}-${props.month}.xlsx`);
  };
  const columns: ColumnsType<Payment> = [
    {
      title: '享受人',
      dataIndex: 'applicantName',
      render: (name: string, row) => <Link to={`/subsidy/applications/${row.applicationId}`}>{name}</Link>,
    },
    { title: '社区', dataIndex: 'area', render: (code: string) => communityName(code) },
    { title: '补助项目', dataIndex: 'programme', render: (code: string) => programmeName(code) },
    { title: '所属期', dataIndex: 'period', render: (period: string) => periodText(period) },
    { title: '金额', dataIndex: 'amountYuan', align: 'right', render: (value: number) => yuan(value) },
    { title: '方式', dataIndex: 'form', render: (form: Payment['form']) => formLabel[form] },
    { title: '收款账号', dataIndex: 'accountMasked', render: (value?: string) => value ?? '—' },
    { title: '发放时间', dataIndex: 'paidAt', render: (at: string) => dateTimeText(at) },
  ];
  return (
    <Card>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="全部补助项目"
          style={{ width: 260 }}
          value={props.programme}
          options={programmeOptions(programmes.data?.items)}
          onChange={(programme?: string) => props.onProgramme(programme)}
          aria-label="补助项目"
        />
        {canExport && (
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            loading={exporter.busy}
            disabled={list.items.length === 0}
            onClick={exportBankFile}
          >
            导出银行代发文件
          </Button>
        )}
      </Space>
      {canExport && (
        <Typography.Paragraph type="secondary">
          代发文件含完整银行账号，供送交银行代发；每次导出都记录导出人。
        </Typography.Paragraph>
      )}
      <PagedTable<Payment>
        rowKey="paymentId"
        size="small"
        columns={columns}
        scroll={{ x: 960 }}
        list={list}
        failure="读取发放明细失败"
        empty={
          props.programme
            ? '这个项目本月没有发放记录，请换一个项目或月份。'
            : `${areaName ?? '本地区'}${monthText(props.month)}还没有发放记录：发放批次运行后，每一笔都列在这里。`
        }
      />
    </Card>
  );
}

const tabs = [
  { key: 'preview', tab: '发放预览' },
  { key: 'runs', tab: '发放批次' },
  { key: 'payments', tab: '发放明细' },
] as const;

/** 补助发放: what this month's run will pay, the runs with their progress and result, every payment and the bank's file. */
export default function PaymentsPage() {
  const scope = usePaymentScope();
  const tab = tabs.find((entry) => entry.key === scope.tab)?.key ?? 'preview';
  return (
    <PageContainer
      title="补助发放"
      tabActiveKey={tab}
      onTabChange={(key) => scope.setFilters({ tab: key === 'preview' ? undefined : key })}
      tabList={tabs.map((entry) => ({ key: entry.key, tab: entry.tab }))}
      extra={
        <Space wrap>
          {tab !== 'runs' && (
            <AreaTreeSelect
              roots={scope.roots}
              value={scope.area}
              onChange={(area) => scope.setFilters({ area })}
              selectable={['district', 'subdistrict', 'community']}
              placeholder="选择街道或社区"
              label="地区"
            />
          )}
          <MonthPicker value={scope.month} onChange={(month) => scope.setFilters({ month })} />
        </Space>
      }
    >
      {!scope.area || !scope.month ? (
        <Card loading />
      ) : tab === 'runs' ? (
        <RunsTab month={scope.month} />
      ) : tab === 'payments' ? (
        <PaymentsTab
          area={scope.area}
          month={scope.month}
          programme={scope.programme}
          onProgramme={(programme) => scope.setFilters({ programme })}
        />
      ) : (
        <PreviewTab area={scope.area} month={scope.month} onArea={(area) => scope.setFilters({ area })} />
      )}
    </PageContainer>
  );
}
