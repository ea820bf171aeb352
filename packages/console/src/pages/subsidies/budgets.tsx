import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer, ProFormDigit, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Progress,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, call } from '../../api/client';
import type { components, paths } from '../../api/openapi';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { useUrlFilters } from '../../components/url-filters';
import { isVersionConflict, VersionConflictAlert } from '../../components/version-conflict';
import { yuanText } from './money';

type Budget = components['schemas']['Budget'];
type ProgrammeCode = NonNullable<paths['/subsidies/budgets/{programme}/{year}']['put']['parameters']['path']>['programme'];

interface BudgetValues {
  programme: ProgrammeCode;
  totalYuan: number;
  earmark?: string;
}

/** Share of a budget already committed (approved benefits' yearly cost): red when nearly used up. */
function usedPercent(budget: Budget): number {
  return budget.totalYuan > 0 ? Math.min(100, Math.round((budget.reservedYuan / budget.totalYuan) * 1000) / 10) : 0;
}

function spentPercent(budget: Budget): number {
  return budget.totalYuan > 0 ? Math.min(100, Math.round((budget.spentYuan / budget.totalYuan) * 1000) / 10) : 0;
}

/** Sets a programme's budget for the year, or adjusts one already set (with the version read). */
function BudgetForm(props: { year: string; editing: Budget | 'new' | undefined; taken: string[]; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<BudgetValues>();
  const [conflict, setConflict] = useState(false);
  const programmes = useQuery({
    queryKey: ['programmes'],
    staleTime: 60_000,
    queryFn: () => call(api.GET('/subsidies/programmes')),
  });
  const existing = props.editing && props.editing !== 'new' ? props.editing : undefined;
  const options = (programmes.data?.items ?? []).map((programme) => ({
    value: programme.code,
    label: programme.name,
    disabled: !existing && props.taken.includes(programme.code),
  }));
  const close = () => {
    setConflict(false);
    props.onClose();
  };
  return (
    <ModalForm<BudgetValues>
      form={form}
      open={Boolean(props.editing)}
      title={existing ? `调整 ${props.year} 年度预算 · ${existing.programmeName}` : `设定 ${props.year} 年度预算`}
      width={520}
      modalProps={{ onCancel: close, destroyOnHidden: true }}
      initialValues={
        existing
          ? { programme: existing.programme as ProgrammeCode, totalYuan: existing.totalYuan, earmark: existing.earmark }
          : {}
      }
      submitter={{ searchConfig: { submitText: '保存预算', resetText: '取消' } }}
      onFinish={async (values) => {
        setConflict(false);
        try {
          const saved = await call(
            api.PUT('/subsidies/budgets/{programme}/{year}', {
              params: { path: { programme: values.programme, year: props.year } },
              body: {
                totalYuan: values.totalYuan,
                ...(values.earmark?.trim() ? { earmark: values.earmark.trim() } : {}),
                ...(existing ? { version: existing.version } : {}),
              },
            }),
          );
          message.success(`已保存「${saved.programmeName}」${saved.year} 年度预算 ${yuanText(saved.totalYuan)}`);
          void queryClient.invalidateQueries({ queryKey: ['budgets'] });
          close();
          return true;
        } catch (error) {
          if (isVersionConflict(error)) {
            setConflict(true);
            return false;
          }
          // Lowering below what approved benefits already hold concerns the amount.
          const text = showProblemAtFields(form, error, { 'budget-below-reserved': 'totalYuan' });
          if (!text.startsWith('请按表单')) message.error(text);
          return false;
        }
      }}
    >
      {conflict && (
        <VersionConflictAlert
          onRefresh={() => {
            void queryClient.invalidateQueries({ queryKey: ['budgets'] });
            close();
          }}
        />
      )}
      <ProFormSelect
        name="programme"
        label="补助项目"
        options={options}
        disabled={Boolean(existing)}
        fieldProps={{ loading: programmes.isLoading, showSearch: true, optionFilterProp: 'label' }}
        rules={[{ required: true, message: '请选择补助项目' }]}
        extra={existing ? undefined : '已设定预算的项目请在列表中点“调整”'}
      />
      <ProFormDigit
        name="totalYuan"
        label="年度预算（元）"
        min={0.01}
        max={10_000_000}
        fieldProps={{ precision: 2, style: { width: '100%' } }}
        rules={[{ required: true, message: '请填写年度预算金额' }]}
        extra={existing ? `已审批补助预计全年支出 ${yuanText(existing.reservedYuan)}，预算不能低于此数` : undefined}
      />
      <ProFormText
        name="earmark"
        label="专款专用的资金来源"
        placeholder="如：中央财政困难群众救助补助资金"
        fieldProps={{ maxLength: 100, showCount: true }}
        extra="专款专用的资金写明来源，台帐按来源核对；不填为一般预算"
      />
    </ModalForm>
  );
}

/** How a budget was paid out month by month. */
function MonthlyExecution({ budget }: { budget: Budget }) {
  if (budget.byMonth.length === 0) {
    return <Typography.Text type="secondary">本年度尚未发放。每月 5 日发放后，这里按月列出已发放金额。</Typography.Text>;
  }
  return (
    <Table
      size="small"
      rowKey="month"
      pagination={false}
      style={{ maxWidth: 480 }}
      dataSource={budget.byMonth}
      columns={[
        { title: '月份', dataIndex: 'month', render: (month: string) => dayjs(`${month}-01`).format('YYYY年M月') },
        { title: '已发放', dataIndex: 'paidYuan', align: 'right', render: (value: number) => yuanText(value) },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {yuanText(budget.spentYuan)}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

export default function BudgetsPage() {
  const user = useUser();
  const [filters, setFilters] = useUrlFilters(['year'] as const);
  const year = /^20\d{2}$/.test(filters.year ?? '') ? (filters.year as string) : String(dayjs().year());
  const [editing, setEditing] = useState<Budget | 'new'>();
  const canSet = mayCall(user.role, 'setBudget');
  const budgets = useQuery({
    queryKey: ['budgets', year],
    queryFn: () => call(api.GET('/subsidies/budgets', { params: { query: { year } } })),
  });
  const items = budgets.data?.items ?? [];
  const sum = (pick: (budget: Budget) => number) =>
    Math.round(items.reduce((total, budget) => total + pick(budget), 0) * 100) / 100;
  const columns: ColumnsType<Budget> = [
    {
      title: '补助项目',
      dataIndex: 'programmeName',
      render: (name: string, budget) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{name}</Typography.Text>
          {budget.earmark ? <Tag color="purple">专款专用 · {budget.earmark}</Tag> : <Tag>一般预算</Tag>}
        </Space>
      ),
    },
    { title: '年度预算', dataIndex: 'totalYuan', align: 'right', render: (value: number) => yuanText(value) },
    {
      title: '已占用（已审批全年预计）',
      dataIndex: 'reservedYuan',
      align: 'right',
      render: (value: number) => yuanText(value),
    },
    {
      title: '尚可审批',
      dataIndex: 'availableYuan',
      align: 'right',
      render: (value: number, budget) => (
        <Typography.Text type={value <= budget.totalYuan * 0.1 ? 'danger' : undefined}>{yuanText(value)}</Typography.Text>
      ),
    },
    { title: '已发放', dataIndex: 'spentYuan', align: 'right', render: (value: number) => yuanText(value) },
    {
      title: '执行进度',
      key: 'progress',
      width: 220,
      render: (_, budget) => (
        <Space direction="vertical" size={0} style={{ width: '100%' }}>
          <Progress
            size="small"
            percent={usedPercent(budget)}
            success={{ percent: spentPercent(budget) }}
            status={usedPercent(budget) >= 90 ? 'exception' : 'normal'}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            已发放 {spentPercent(budget)}% · 已占用 {usedPercent(budget)}%
          </Typography.Text>
        </Space>
      ),
    },
    ...(canSet
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, budget: Budget) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(budget)}>
                调整
              </Button>
            ),
          },
        ]
      : []),
  ];
  const error = budgets.error;
  return (
    <PageContainer
      title="预算"
      subTitle="各补助项目的年度预算、专款专用资金和执行情况"
      extra={[
        <DatePicker
          key="year"
          picker="year"
          allowClear={false}
          value={dayjs(`${year}-01-01`)}
          onChange={(value) => setFilters({ year: value ? String(value.year()) : undefined })}
          format="YYYY年"
        />,
        ...(canSet
          ? [
              <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                设定预算
              </Button>,
            ]
          : []),
      ]}
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {error && <Alert type="error" showIcon message={errorMessage(error, '读取预算失败')} />}
        <Row gutter={[16, 16]}>
          {[
            { title: `${year} 年度预算合计`, value: sum((budget) => budget.totalYuan) },
            { title: '已占用', value: sum((budget) => budget.reservedYuan) },
            { title: '尚可审批', value: sum((budget) => budget.availableYuan) },
            { title: '已发放', value: sum((budget) => budget.spentYuan) },
          ].map((figure) => (
            <Col xs={12} md={6} key={figure.title}>
              <Card size="small">
                <Statistic title={figure.title} value={figure.value} precision={2} suffix="元" loading={budgets.isLoading} />
              </Card>
            </Col>
          ))}
        </Row>
        <Card>
          <Table<Budget>
            rowKey="programme"
            columns={columns}
            dataSource={items}
            loading={budgets.isLoading}
            pagination={false}
            scroll={{ x: 900 }}
            expandable={{ expandedRowRender: (budget) => <MonthlyExecution budget={budget} /> }}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={
                    canSet
                      ? `${year} 年度还没有设定预算。点右上角“设定预算”为各补助项目设定年度预算；未设预算的项目审批时不受额度限制。`
                      : `${year} 年度区民政尚未设定预算。`
                  }
                />
              ),
            }}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            审批一项补助时，按其全年预计支出占用当年预算；超出“尚可审批”的审批会被拒绝。展开一行可看按月发放明细。
          </Typography.Paragraph>
        </Card>
      </Space>
      <BudgetForm
        year={year}
        editing={editing}
        taken={items.map((budget) => budget.programme)}
        onClose={() => setEditing(undefined)}
      />
    </PageContainer>
  );
}
