import { CheckCircleOutlined, CloseCircleOutlined, SendOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Row,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiProblem, api, call } from '../../api/client';
import { errorMessage, problemText, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { usePagedList } from '../../components/paged-list';
import { useUrlFilters } from '../../components/url-filters';
import { enumLabel, enumOptions } from '../../labels';
import { useAreaName } from '../../layout/work-area';
import {
  type Base,
  type BaseType,
  baseStateColors,
  CheckResults,
  FigureFields,
  type Standards,
  type StandardsCheck,
} from './employment-common';
import { yuanText } from './money';
import { useCommunityChoices, useScopeOptions } from './scope-options';

type BaseState = Base['state'];

function AreaName({ code }: { code: string }) {
  return <>{useAreaName(code) ?? '—'}</>;
}

function useStandards() {
  return useQuery({
    queryKey: ['employment-standards'],
    staleTime: 5 * 60_000,
    queryFn: () => call(api.GET('/subsidies/employment/standards')),
  });
}

/** The standards of both types and the year's deadlines, as the federation's plan sets them. */
function StandardsCard({ standards }: { standards: Standards }) {
  return (
    <Card title="基地标准" size="small">
      <Row gutter={[16, 16]}>
        {standards.types.map((type) => (
          <Col xs={24} lg={12} key={type.type}>
            <Typography.Title level={5}>{type.label}</Typography.Title>
            <Table
              size="small"
              rowKey="figure"
              pagination={false}
              dataSource={type.criteria}
              columns={[
                { title: '项目', dataIndex: 'label' },
                { title: '标准', dataIndex: 'required' },
              ]}
            />
          </Col>
        ))}
      </Row>
      <Descriptions
        style={{ marginTop: 16 }}
        size="small"
        column={{ xs: 1, md: 2 }}
        title="时限"
        items={[
          { key: 'application', label: '申报', children: standards.deadlines.application },
          { key: 'inspection', label: '验收', children: standards.deadlines.inspection },
          { key: 'statistics', label: '年度统计表', children: standards.deadlines.statistics },
          { key: 'training', label: '培训计划', children: `开班前至少 ${standards.deadlines.trainingPlanLeadDays} 天报送` },
          {
            key: 'wage',
            label: '当地最低工资标准（区设）',
            children: `${standards.districtParameters.minimumMonthlyWageYuan.toLocaleString('zh-CN')} 元/月`,
          },
        ]}
      />
    </Card>
  );
}

interface CheckValues {
  type: BaseType;
  figures: Record<string, number | boolean>;
}

interface ApplyValues {
  community: string;
  unitId: string;
  year: number;
  contactName?: string;
}

/** Self-check against the standards, then — if met — the application for a base with the same figures. */
function SelfCheck({ standards }: { standards: Standards }) {
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const _scope = useScopeOptions();
  const [form] = Form.useForm<CheckValues>();
  const [applyForm] = Form.useForm<ApplyValues>();
  const type = Form.useWatch('type', form);
  const [result, setResult] = useState<StandardsCheck>();
  const [checking, setChecking] = useState(false);
  const [applying, setApplying] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const idempotency = useIdempotencyKey();
  const communities = useCommunityChoices();
  const community = Form.useWatch('community', applyForm);
  const [unitSearch, setUnitSearch] = useState('');
  const units = useQuery({
    queryKey: ['units', community, unitSearch],
    enabled: Boolean(community),
    queryFn: () =>
      call(
        api.GET('/registry/units', {
          params: { query: { area: community ?? '', ...(unitSearch.trim() ? { name: unitSearch.trim() } : {}) } },
        }),
      ),
  });
  const canApply = mayCall(user.role, 'applyForEmploymentBase');
  const check = async (values: CheckValues) => {
    setChecking(true);
    setRefusal(undefined);
    try {
      const checked = await call(
        api.POST('/subsidies/employment/standards/check', { body: { type: values.type, figures: values.figures } as never }),
      );
      setResult(checked);
    } catch (error) {
      message.error(showProblemAtFields(form, error));
    } finally {
      setChecking(false);
    }
  };
  const apply = async (values: ApplyValues) => {
    const figures = form.getFieldsValue(true) as CheckValues;
    const unit = units.data?.items.find((candidate) => candidate.id === values.unitId);
    if (!unit) return;
    setApplying(true);
    setRefusal(undefined);
    try {
      const base = await call(
        api.POST('/subsidies/employment/bases', {
          params: { header: idempotency.header },
          body: {
            type: figures.type,
            figures: figures.figures,
            unitId: unit.id,
            unitName: unit.name,
            area: unit.area,
            year: values.year,
            ...(values.contactName?.trim() ? { contactName: values.contactName.trim() } : {}),
          } as never,
        }),
      );
      idempotency.renew();
      message.success(`已受理 ${base.unitName} ${base.year} 年度${base.typeLabel}基地申报，待 7 月下旬验收`);
      navigate(`/subsidy/employment/bases/${base.id}`);
    } catch (error) {
      // Figures the standards refuse go back to the self-check form; the deadline and a second application here.
      const figuresText = showProblemAtFields(form, error);
      const text = showProblemAtFields(applyForm, error);
      setRefusal(error instanceof ApiProblem ? problemText(error.problem) : text || figuresText);
    } finally {
      setApplying(false);
    }
  };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title="对照标准自查" size="small">
          <Form<CheckValues>
            form={form}
            layout="vertical"
            initialValues={{ type: 'placement' }}
            onFinish={check}
            onValuesChange={() => setResult(undefined)}
          >
            <Form.Item name="type" label="基地类型" rules={[{ required: true, message: '请选择基地类型' }]}>
              <Radio.Group optionType="button" buttonStyle="solid" options={enumOptions('EmploymentBaseType')} />
            </Form.Item>
            <FigureFields standards={standards} type={type} />
            <Button type="primary" htmlType="submit" loading={checking} icon={<CheckCircleOutlined />}>
              逐项自查
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {result ? (
            <Card size="small" title="自查结果">
              <div data-testid="check-verdict">
                <Alert
                  type={result.passed ? 'success' : 'warning'}
                  showIcon
                  icon={result.passed ? <CheckCircleOutlined /> : <CloseCircleOutlined />}
                  style={{ marginBottom: 12 }}
                  message={
                    result.passed
                      ? '各项均达到基地标准，可以申报'
                      : `有 ${result.results.filter((entry) => !entry.passed).length} 项未达标，达标后才能申报`
                  }
                />
              </div>
              <CheckResults results={result.results} />
            </Card>
          ) : (
            <Card size="small">
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description="在左侧选择基地类型、填写本单位的数据后点“逐项自查”，这里逐项列出达标或未达标。"
              />
            </Card>
          )}
          {result?.passed && canApply && (
            <Card size="small" title="申报基地">
              <Typography.Paragraph type="secondary">
                按自查的数据申报，申报截止：{standards.deadlines.application}。每个单位每年度只能申报一次。
              </Typography.Paragraph>
              <Form<ApplyValues>
                form={applyForm}
                layout="vertical"
                initialValues={{ year: dayjs().year(), community: communities.first }}
                onFinish={apply}
              >
                <Form.Item name="community" label="单位所在社区" rules={[{ required: true, message: '请选择社区' }]}>
                  <Select
                    options={communities.options}
                    onChange={() => applyForm.setFieldsValue({ unitId: undefined as never })}
                    placeholder="选择社区"
                  />
                </Form.Item>
                <Form.Item
                  name="unitId"
                  label="申报单位"
                  rules={[{ required: true, message: '请选择申报单位' }]}
                  extra="在社区登记的辖内单位；未登记的单位请社区先在“地区 → 辖内单位”中登记"
                >
                  <Select
                    showSearch
                    filterOption={false}
                    onSearch={setUnitSearch}
                    loading={units.isFetching}
                    disabled={!community}
                    placeholder="输入单位名称查找"
                    options={(units.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
                    notFoundContent={units.isFetching ? '正在查找…' : '本社区没有这个单位'}
                  />
                </Form.Item>
                <Space size={16} wrap>
                  <Form.Item name="year" label="申报年度" rules={[{ required: true, message: '请填写申报年度' }]}>
                    <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} addonAfter="年" />
                  </Form.Item>
                  <Form.Item name="contactName" label="联系人">
                    <Input maxLength={50} style={{ width: 200 }} />
                  </Form.Item>
                </Space>
                {refusal && <Alert type="error" showIcon style={{ marginBottom: 12 }} message="未能受理" description={refusal} />}
                <Button type="primary" htmlType="submit" loading={applying} icon={<SendOutlined />}>
                  提交申报
                </Button>
              </Form>
            </Card>
          )}
        </Space>
      </Col>
    </Row>
  );
}

function BaseList() {
  const scope = useScopeOptions();
  const user = useUser();
  const [filters, setFilters] = useUrlFilters(['year', 'state', 'area'] as const);
  const year = /^\d{4}$/.test(filters.year ?? '') ? Number(filters.year) : dayjs().year();
  const state = enumOptions('EmploymentBaseState').some((option) => option.value === filters.state)
    ? (filters.state as BaseState)
    : undefined;
  const options = scope.options;
  const area =
    filters.area && options.some((option) => option.value === filters.area) ? filters.area : (scope.first ?? user.areas[0]);
  const query = { area: area ?? '', year, ...(state ? { state } : {}) };
  const list = usePagedList<Base>({
    key: ['employment-bases', query],
    enabled: Boolean(area),
    fetch: (cursor) =>
      call(api.GET('/subsidies/employment/bases', { params: { query: { ...query, ...(cursor ? { cursor } : {}) } } })),
  });
  const columns: ColumnsType<Base> = [
    {
      title: '单位',
      dataIndex: 'unitName',
      render: (name: string, base) => <Link to={`/subsidy/employment/bases/${base.id}`}>{name}</Link>,
    },
    { title: '类型', dataIndex: 'typeLabel' },
    { title: '所在社区', dataIndex: 'area', render: (code: string) => <AreaName code={code.split('-')[0] ?? code} /> },
    { title: '申报日期', dataIndex: 'appliedOn', render: (day: string) => dateText(day) },
    {
      title: '状态',
      dataIndex: 'state',
      render: (value: string) => <Tag color={baseStateColors[value]}>{enumLabel('EmploymentBaseState', value)}</Tag>,
    },
    { title: '扶持资金', key: 'fund', align: 'right', render: (_, base) => (base.fund ? yuanText(base.fund.amountYuan) : '—') },
    {
      title: '年度统计表',
      key: 'statistics',
      render: (_, base) =>
        base.statistics ? (
          <Tag color={base.statistics.late ? 'orange' : 'green'}>{base.statistics.late ? '逾期报送' : '已报送'}</Tag>
        ) : (
          '未报送'
        ),
    },
  ];
  const error = list.query.error;
  return (
    <Card>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Space wrap size={12}>
          <DatePicker
            picker="year"
            allowClear={false}
            format="YYYY年"
            value={dayjs(`${year}-01-01`)}
            onChange={(value) => setFilters({ year: value ? String(value.year()) : undefined })}
          />
          {options.length > 1 && (
            <Select
              style={{ minWidth: 180 }}
              value={area}
              options={options}
              onChange={(value: string) => setFilters({ area: value })}
            />
          )}
          <Segmented
            value={state ?? 'all'}
            onChange={(value) => setFilters({ state: value === 'all' ? undefined : String(value) })}
            options={[{ value: 'all', label: '全部' }, ...enumOptions('EmploymentBaseState')]}
          />
        </Space>
        {error && <Alert type="error" showIcon message={errorMessage(error, '读取基地失败')} />}
        <Table<Base>
          rowKey="id"
          columns={columns}
          dataSource={list.items}
          loading={list.loading}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={`${year} 年度还没有基地申报。单位对照标准自查达标后，在“标准与自查”中申报（每年 4 月 30 日前）。`}
              />
            ),
          }}
        />
        {list.pager}
      </Space>
    </Card>
  );
}

export default function EmploymentBasesPage() {
  const user = useUser();
  const standards = useStandards();
  const [filters, setFilters] = useUrlFilters(['tab'] as const);
  const canList = mayCall(user.role, 'listEmploymentBases');
  const tab = filters.tab === 'standards' || !canList ? 'standards' : 'bases';
  return (
    <PageContainer
      title="残疾人就业扶贫基地"
      subTitle="申报 → 7 月下旬验收 → 挂牌并拨付扶持资金 → 11 月 10 日前报送年度统计表"
      tabActiveKey={tab}
      onTabChange={(key) => setFilters({ tab: key === 'bases' ? undefined : key })}
      tabList={[...(canList ? [{ key: 'bases', tab: '基地' }] : []), { key: 'standards', tab: '标准与自查' }]}
    >
      {tab === 'bases' ? (
        <BaseList />
      ) : standards.data ? (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <SelfCheck standards={standards.data} />
          <StandardsCard standards={standards.data} />
        </Space>
      ) : standards.error ? (
        <Result status="error" title={errorMessage(standards.error, '读取基地标准失败')} />
      ) : (
        <Card loading />
      )}
    </PageContainer>
  );
}
