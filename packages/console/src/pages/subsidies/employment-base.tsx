import { FileAddOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer, ProFormTextArea } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Steps,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem, api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { DATE_FORMAT, dateText, dateTimeText, dayOf } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { PageLoading } from '../../components/page-loading';
import { usePagedList } from '../../components/paged-list';
import { useDrawerWidth } from '../../components/responsive';
import { useVersionConflict, VersionConflictAlert } from '../../components/version-conflict';
import { enumLabel, enumOptions } from '../../labels';
import { useAreaName } from '../../layout/work-area';
import { type Base, baseStateColors, CheckResults } from './employment-common';
import { yuanText } from './money';

type TrainingPlan = components['schemas']['TrainingPlan'];

const commandLabels: Record<string, string> = {
  apply: '申报',
  inspect: '登记验收',
  'pay-funds': '拨付扶持资金',
  'withdraw-plaque': '摘牌',
  'file-statistics': '报送年度统计表',
};

/** One command's form around a base: sends the version read, explains a lost race, puts refusals at fields. */
function useBaseCommand(base: Base) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const versionConflict = useVersionConflict();
  const refresh = () => {
    versionConflict.reset();
    void queryClient.invalidateQueries({ queryKey: ['employment-base', base.id] });
  };
  const run = async (form: Parameters<typeof showProblemAtFields>[0], send: () => Promise<Base>, done: string) => {
    versionConflict.reset();
    try {
      const next = await send();
      queryClient.setQueryData(['employment-base', base.id], next);
      void queryClient.invalidateQueries({ queryKey: ['employment-bases'] });
      message.success(done);
      return true;
    } catch (error) {
      if (!versionConflict.caught(error)) {
        const text = showProblemAtFields(form, error);
        if (!text.startsWith('请按表单')) message.error({ content: text, duration: 8 });
      }
      return false;
    }
  };
  const alert = versionConflict.shown ? <VersionConflictAlert onRefresh={refresh} /> : null;
  return { run, alert };
}

interface InspectionValues {
  passed: boolean;
  findings: string;
  evidence: { kind: components['schemas']['EvidenceKind']; description: string }[];
}

function InspectionForm({ base }: { base: Base }) {
  const [form] = Form.useForm<InspectionValues>();
  const command = useBaseCommand(base);
  const [saving, setSaving] = useState(false);
  return (
    <Form<InspectionValues>
      form={form}
      layout="vertical"
      initialValues={{ evidence: [{ kind: 'photo', description: '' }] }}
      onFinish={async (values) => {
        setSaving(true);
        await command.run(
          form,
          () =>
            call(
              api.POST('/subsidies/employment/bases/{id}/inspection', {
                params: { path: { id: base.id } },
                body: { passed: values.passed, findings: values.findings, evidence: values.evidence, version: base.version },
              }),
            ),
          values.passed ? '验收达标，基地已挂牌' : '已登记验收：本年度未达标，不予挂牌',
        );
        setSaving(false);
      }}
    >
      {command.alert}
      <Form.Item name="passed" label="验收结论" rules={[{ required: true, message: '请选择验收结论' }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: '达标（挂牌）' },
            { value: false, label: '未达标' },
          ]}
        />
      </Form.Item>
      <Form.Item name="findings" label="验收意见" rules={[{ required: true, whitespace: true, message: '请填写验收意见' }]}>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          showCount
          placeholder="如：现场核查安置残疾职工 12 人，合同、社保缴费记录齐全"
        />
      </Form.Item>
      <Typography.Text strong>佐证材料</Typography.Text>
      <Form.List name="evidence">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="start" wrap style={{ display: 'flex', marginTop: 8 }}>
                <Form.Item name={[field.name, 'kind']} rules={[{ required: true, message: '请选择材料类型' }]}>
                  <Select options={enumOptions('EvidenceKind')} style={{ width: 150 }} aria-label="材料类型" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'description']}
                  rules={[{ required: true, whitespace: true, message: '请写明材料内容' }]}
                >
                  <Input maxLength={500} placeholder="如：生产车间现场照片 6 张" style={{ width: 300 }} aria-label="材料说明" />
                </Form.Item>
                {fields.length > 1 && (
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label="删除材料" />
                )}
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'contract', description: '' })}>
              添加材料
            </Button>
          </>
        )}
      </Form.List>
      <div style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={saving}>
          登记验收
        </Button>
      </div>
    </Form>
  );
}

function FundsForm({ base }: { base: Base }) {
  const [form] = Form.useForm<{ amountYuan: number }>();
  const command = useBaseCommand(base);
  const idempotency = useIdempotencyKey();
  const [saving, setSaving] = useState(false);
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={async (values: { amountYuan: number }) => {
        setSaving(true);
        const ok = await command.run(
          form,
          () =>
            call(
              api.POST('/subsidies/employment/bases/{id}/funds', {
                params: { path: { id: base.id }, header: idempotency.header },
                body: { amountYuan: values.amountYuan, version: base.version },
              }),
            ),
          `已将扶持资金 ${yuanText(values.amountYuan)} 直接拨付到基地`,
        );
        if (ok) idempotency.renew();
        setSaving(false);
      }}
    >
      {command.alert}
      <Form.Item name="amountYuan" label="拨付金额" rules={[{ required: true, message: '请填写拨付金额' }]}>
        <InputNumber min={0.01} max={10_000_000} precision={2} addonAfter="元" style={{ width: 220 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          拨付到基地
        </Button>
      </Form.Item>
    </Form>
  );
}

interface StatisticsValues {
  disabledEmployed: number;
  householdsSupported: number;
  personsLiftedOutOfPoverty: number;
  incomePerPersonYuan: number;
  annualOutputYuan: number;
  trainees: number;
  summary: string;
  nextYearPlan: string;
}

const statisticsFields: { name: keyof StatisticsValues; label: string; unit: string; money?: boolean }[] = [
  { name: 'disabledEmployed', label: '安置残疾人就业人数', unit: '人' },
  { name: 'householdsSupported', label: '扶持残疾人从业户数', unit: '户' },
  { name: 'personsLiftedOutOfPoverty', label: '脱贫残疾人人数', unit: '人' },
  { name: 'incomePerPersonYuan', label: '残疾人年人均收入', unit: '元', money: true },
  { name: 'annualOutputYuan', label: '基地年产值', unit: '元', money: true },
  { name: 'trainees', label: '劳动技能培训人次', unit: '人次' },
];

function StatisticsDrawer({ base, open, onClose }: { base: Base; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<StatisticsValues>();
  const command = useBaseCommand(base);
  const width = useDrawerWidth(600);
  const [saving, setSaving] = useState(false);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={width}
      destroyOnHidden
      title={`报送 ${base.year} 年度统计表`}
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            报送
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        《残疾人就业扶贫基地扶持残疾人状况统计表》应在 {base.year} 年 11 月 10 日前报送；逾期仍受理，但标为逾期。
      </Typography.Paragraph>
      {command.alert}
      <Form<StatisticsValues>
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          setSaving(true);
          const ok = await command.run(
            form,
            () =>
              call(
                api.POST('/subsidies/employment/bases/{id}/statistics', {
                  params: { path: { id: base.id } },
                  body: { ...values, version: base.version },
                }),
              ),
            '年度统计表已报送',
          );
          setSaving(false);
          if (ok) onClose();
        }}
      >
        <Row gutter={16}>
          {statisticsFields.map((field) => (
            <Col xs={24} sm={12} key={field.name}>
              <Form.Item name={field.name} label={field.label} rules={[{ required: true, message: `请填写${field.label}` }]}>
                <InputNumber min={0} precision={field.money ? 2 : 0} addonAfter={field.unit} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item
          name="summary"
          label="当年工作总结"
          rules={[{ required: true, whitespace: true, message: '请填写当年工作总结' }]}
        >
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item
          name="nextYearPlan"
          label="下年度扶贫工作计划、措施和脱贫目标"
          rules={[{ required: true, whitespace: true, message: '请填写下年度工作计划' }]}
        >
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

interface PlanValues {
  title: string;
  content: string;
  startsOn: Dayjs;
  endsOn?: Dayjs;
  location?: string;
  plannedTrainees: number;
}

function TrainingPlanDrawer({ base, open, onClose }: { base: Base; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PlanValues>();
  const idempotency = useIdempotencyKey();
  const width = useDrawerWidth(560);
  const [saving, setSaving] = useState(false);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={width}
      destroyOnHidden
      title="报送培训计划"
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            报送
          </Button>
        </Space>
      }
    >
      <Form<PlanValues>
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          setSaving(true);
          try {
            await call(
              api.POST('/subsidies/employment/bases/{id}/training-plans', {
                params: { path: { id: base.id }, header: idempotency.header },
                body: {
                  title: values.title,
                  content: values.content,
                  startsOn: dayOf(values.startsOn) ?? '',
                  ...(values.endsOn ? { endsOn: dayOf(values.endsOn) ?? '' } : {}),
                  ...(values.location?.trim() ? { location: values.location.trim() } : {}),
                  plannedTrainees: values.plannedTrainees,
                },
              }),
            );
            idempotency.renew();
            message.success('培训计划已报送');
            void queryClient.invalidateQueries({ queryKey: ['training-plans', base.id] });
            onClose();
          } catch (error) {
            const text = showProblemAtFields(form, error);
            if (!text.startsWith('请按表单')) message.error(text);
          } finally {
            setSaving(false);
          }
        }}
      >
        <Form.Item name="title" label="培训名称" rules={[{ required: true, whitespace: true, message: '请填写培训名称' }]}>
          <Input maxLength={100} placeholder="如：残疾人手工编织技能培训班" />
        </Form.Item>
        <Form.Item name="content" label="培训内容" rules={[{ required: true, whitespace: true, message: '请填写培训内容' }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Space size={16} wrap align="start">
          <Form.Item
            name="startsOn"
            label="开班日期"
            extra="须在报送之日 10 天以后"
            rules={[{ required: true, message: '请选择开班日期' }]}
          >
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="endsOn" label="结业日期">
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
        <Space size={16} wrap align="start">
          <Form.Item name="location" label="培训地点">
            <Input maxLength={100} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="plannedTrainees" label="计划培训人数" rules={[{ required: true, message: '请填写计划培训人数' }]}>
            <InputNumber min={1} max={10_000} precision={0} addonAfter="人" style={{ width: 160 }} />
          </Form.Item>
        </Space>
      </Form>
    </Drawer>
  );
}

function TrainingPlans({ base, canFile }: { base: Base; canFile: boolean }) {
  const [filing, setFiling] = useState(false);
  const list = usePagedList<TrainingPlan>({
    key: ['training-plans', base.id],
    fetch: (cursor) =>
      call(
        api.GET('/subsidies/employment/bases/{id}/training-plans', {
          params: { path: { id: base.id }, query: cursor ? { cursor } : {} },
        }),
      ),
  });
  return (
    <Card
      title="培训计划"
      size="small"
      extra={
        canFile && (
          <Button icon={<FileAddOutlined />} onClick={() => setFiling(true)}>
            报送培训计划
          </Button>
        )
      }
    >
      <Table<TrainingPlan>
        size="small"
        rowKey="id"
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 700 }}
        columns={[
          { title: '培训名称', dataIndex: 'title' },
          {
            title: '开班 — 结业',
            key: 'dates',
            render: (_, plan) => `${dateText(plan.startsOn)}${plan.endsOn ? ` 至 ${dateText(plan.endsOn)}` : ''}`,
          },
          { title: '地点', dataIndex: 'location', render: (location?: string) => location ?? '—' },
          { title: '计划人数', dataIndex: 'plannedTrainees', align: 'right', render: (count: number) => `${count} 人` },
          { title: '报送日期', dataIndex: 'filedOn', render: (day: string) => dateText(day) },
        ]}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有报送培训计划。培训计划须在开班前至少 10 天报送。" />
          ),
        }}
      />
      {list.pager}
      <TrainingPlanDrawer base={base} open={filing} onClose={() => setFiling(false)} />
    </Card>
  );
}

function WithdrawModal({ base, open, onClose }: { base: Base; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const command = useBaseCommand(base);
  return (
    <ModalForm<{ reason: string }>
      form={form}
      open={open}
      title={`摘牌 · ${base.unitName}`}
      width={520}
      modalProps={{ onCancel: onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '确认摘牌', resetText: '取消' }, submitButtonProps: { danger: true } }}
      onFinish={async ({ reason }) => {
        const ok = await command.run(
          form,
          () =>
            call(
              api.POST('/subsidies/employment/bases/{id}/withdrawal', {
                params: { path: { id: base.id } },
                body: { reason, version: base.version },
              }),
            ),
          '已摘牌',
        );
        if (ok) onClose();
        return ok;
      }}
    >
      {command.alert}
      <Typography.Paragraph type="secondary">
        基地不搞终身制：复查不达标的，写明原因予以摘牌。摘牌后不能恢复。
      </Typography.Paragraph>
      <ProFormTextArea
        name="reason"
        label="摘牌原因"
        placeholder="如：复查不达标，安置残疾人不足 10 人"
        fieldProps={{ maxLength: 500, showCount: true }}
        rules={[{ required: true, whitespace: true, message: '请填写摘牌原因' }]}
      />
    </ModalForm>
  );
}

function Section(props: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <Card title={props.title} size="small" extra={props.extra}>
      {props.children}
    </Card>
  );
}

export default function EmploymentBasePage() {
  const { id = '' } = useParams();
  const user = useUser();
  const [filingStatistics, setFilingStatistics] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const query = useQuery({
    queryKey: ['employment-base', id],
    queryFn: () => call(api.GET('/subsidies/employment/bases/{id}', { params: { path: { id } } })),
  });
  const areaName = useAreaName(query.data?.area.split('-')[0]);
  if (query.isLoading) return <PageLoading />;
  const base = query.data;
  if (!base) {
    const error = query.error;
    return (
      <Result
        status={error instanceof ApiProblem && error.status === 404 ? '404' : 'error'}
        title={errorMessage(error, '读取基地失败')}
        extra={<Link to="/subsidy/employment">回到就业扶贫基地</Link>}
      />
    );
  }
  const plaqued = base.state === 'plaqued';
  const statistics = base.statistics;
  const step = base.state === 'applied' ? 1 : base.statistics ? 4 : base.fund ? 3 : 2;
  const canInspect = base.state === 'applied' && mayCall(user.role, 'inspectEmploymentBase');
  const canPay = plaqued && !base.fund && mayCall(user.role, 'payEmploymentBaseFunds');
  const canFileStatistics = plaqued && !base.statistics && mayCall(user.role, 'fileEmploymentBaseStatistics');
  const canFilePlan = (base.state === 'applied' || plaqued) && mayCall(user.role, 'fileEmploymentTrainingPlan');
  const canWithdraw = plaqued && mayCall(user.role, 'withdrawEmploymentBasePlaque');
  return (
    <PageContainer
      title={base.unitName}
      onBack={() => history.back()}
      tags={[
        <Tag key="type">{base.typeLabel}</Tag>,
        <Tag key="state" color={baseStateColors[base.state]} data-testid="base-state">
          {base.stateLabel}
        </Tag>,
      ]}
      extra={
        canWithdraw
          ? [
              <Button key="withdraw" danger onClick={() => setWithdrawing(true)}>
                摘牌
              </Button>,
            ]
          : []
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Steps
            size="small"
            current={step}
            status={base.state === 'not-approved' || base.state === 'withdrawn' ? 'error' : 'process'}
            items={[
              { title: '申报', description: dateText(base.appliedOn) },
              { title: '验收（7 月下旬）', description: base.inspection ? dateText(base.inspection.inspectedOn) : '待验收' },
              { title: '挂牌、拨付资金', description: base.fund ? dateText(base.fund.paidOn) : plaqued ? '待拨付' : '' },
              { title: '年度统计表（11 月 10 日前）', description: base.statistics ? dateText(base.statistics.filedOn) : '' },
            ]}
          />
          <Descriptions
            style={{ marginTop: 16 }}
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'area', label: '所在社区', children: areaName ?? '—' },
              { key: 'year', label: '年度', children: `${base.year} 年` },
              { key: 'contact', label: '联系人', children: base.contactName ?? '—' },
              { key: 'plaque', label: '挂牌日期', children: base.plaqueGrantedOn ? dateText(base.plaqueGrantedOn) : '—' },
              ...(base.withdrawal
                ? [
                    { key: 'withdrawn', label: '摘牌日期', children: dateText(base.withdrawal.withdrawnOn) },
                    { key: 'reason', label: '摘牌原因', children: base.withdrawal.reason },
                  ]
                : []),
            ]}
          />
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Section title="申报数据与标准核对">
              <CheckResults results={base.standards} />
            </Section>
          </Col>
          <Col xs={24} xl={12}>
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              <Section title="验收">
                {base.inspection ? (
                  <Descriptions
                    size="small"
                    column={1}
                    items={[
                      {
                        key: 'result',
                        label: '结论',
                        children: base.inspection.passed ? <Tag color="green">达标</Tag> : <Tag color="red">未达标</Tag>,
                      },
                      { key: 'on', label: '验收日期', children: dateText(base.inspection.inspectedOn) },
                      { key: 'findings', label: '验收意见', children: base.inspection.findings },
                      {
                        key: 'evidence',
                        label: '佐证材料',
                        children: (
                          <Space direction="vertical" size={0}>
                            {base.inspection.evidence.map((entry) => (
                              <span key={`${entry.kind}-${entry.description}`}>
                                {enumLabel('EvidenceKind', entry.kind)}：{entry.description}
                              </span>
                            ))}
                          </Space>
                        ),
                      },
                    ]}
                  />
                ) : canInspect ? (
                  <InspectionForm base={base} />
                ) : (
                  <Typography.Text type="secondary">
                    残联会同财政部门于 {base.year} 年 7 月 21 日至 31 日实地验收。
                  </Typography.Text>
                )}
              </Section>
              <Section title="扶持资金（直接拨付到基地，专款专用）">
                {base.fund ? (
                  <Descriptions
                    size="small"
                    column={{ xs: 1, md: 2 }}
                    items={[
                      {
                        key: 'amount',
                        label: '拨付金额',
                        children: <span data-testid="fund-amount">{yuanText(base.fund.amountYuan)}</span>,
                      },
                      { key: 'on', label: '拨付日期', children: dateText(base.fund.paidOn) },
                    ]}
                  />
                ) : canPay ? (
                  <FundsForm base={base} />
                ) : (
                  <Typography.Text type="secondary">
                    {plaqued ? '待区残联拨付。每个基地每年度拨付一次。' : '验收达标挂牌后，由区里直接拨付到基地。'}
                  </Typography.Text>
                )}
              </Section>
            </Space>
          </Col>
        </Row>
        <Section
          title="年度统计表"
          extra={
            canFileStatistics && (
              <Button icon={<FileAddOutlined />} onClick={() => setFilingStatistics(true)}>
                报送统计表
              </Button>
            )
          }
        >
          {statistics ? (
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                ...statisticsFields.map((field) => ({
                  key: field.name,
                  label: field.label,
                  children: field.money
                    ? yuanText(statistics[field.name] as number)
                    : `${(statistics[field.name] as number).toLocaleString('zh-CN')} ${field.unit}`,
                })),
                {
                  key: 'filed',
                  label: '报送日期',
                  children: (
                    <Space>
                      {dateText(statistics.filedOn)}
                      {statistics.late && <Tag color="orange">逾期</Tag>}
                    </Space>
                  ),
                },
                { key: 'summary', label: '当年工作总结', span: 3, children: statistics.summary },
                { key: 'plan', label: '下年度计划', span: 3, children: statistics.nextYearPlan },
              ]}
            />
          ) : (
            <Typography.Text type="secondary">
              {plaqued ? `挂牌基地应于 ${base.year} 年 11 月 10 日前报送。` : '挂牌后报送。'}
            </Typography.Text>
          )}
        </Section>
        <TrainingPlans base={base} canFile={canFilePlan} />
        <Section title="办理经过">
          <Timeline
            items={[...base.history].reverse().map((entry) => ({
              color: entry.to === 'plaqued' ? 'green' : entry.to === 'applied' ? 'blue' : 'gray',
              children: (
                <Space direction="vertical" size={0}>
                  <span>
                    {commandLabels[entry.command] ?? '办理'} → {enumLabel('EmploymentBaseState', entry.to)}
                  </span>
                  <Typography.Text type="secondary">{dateTimeText(entry.at)}</Typography.Text>
                  {entry.reason && <Typography.Text type="secondary">{entry.reason}</Typography.Text>}
                </Space>
              ),
            }))}
          />
        </Section>
      </Space>
      <StatisticsDrawer base={base} open={filingStatistics} onClose={() => setFilingStatistics(false)} />
      <WithdrawModal base={base} open={withdrawing} onClose={() => setWithdrawing(false)} />
    </PageContainer>
  );
}
