import { GiftOutlined, MoneyCollectOutlined, StopOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer, ProFormTextArea } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
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
  Progress,
  Radio,
  Result,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
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
import { useUrlFilters } from '../../components/url-filters';
import { isVersionConflict, VersionConflictAlert } from '../../components/version-conflict';
import { enumLabel, enumOptions } from '../../labels';
import { useAreaName } from '../../layout/work-area';
import { yuanText } from './money';

type Drive = components['schemas']['DonationDrive'];
type Donation = components['schemas']['Donation'];
type DonationKind = components['schemas']['DonationKind'];
type DonationSource = components['schemas']['DonationSource'];

interface DonationValues {
  source?: DonationSource;
  amount?: number;
  item?: string;
  quantity?: number;
  unit?: string;
  donorName?: string;
  receivedOn?: Dayjs;
  note?: string;
}

const sourceColors: Record<string, string> = {
  residents: '#1677ff',
  units: '#52c41a',
  'party-dues': '#cf1322',
  other: '#8c8c8c',
};

/**
 * Records one donation: money by its source and amount, or goods by item, quantity and unit. One drawer per
 * kind, each with its own form, so money's source never carries over to goods and goods always start in 件.
 */
function DonationDrawer(props: { drive: Drive; kind: DonationKind; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DonationValues>();
  const idempotency = useIdempotencyKey();
  const width = useDrawerWidth(520);
  const [saving, setSaving] = useState(false);
  const [again, setAgain] = useState(true);
  const kind = props.kind;
  const submit = async (values: DonationValues) => {
    setSaving(true);
    const common = {
      ...(values.donorName?.trim() ? { donorName: values.donorName.trim() } : {}),
      ...(values.receivedOn ? { receivedOn: dayOf(values.receivedOn) ?? '' } : {}),
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
    };
    try {
      const donation = await call(
        api.POST('/subsidies/drives/{id}/donations', {
          params: { path: { id: props.drive.id }, header: idempotency.header },
          body:
            kind === 'money'
              ? { kind, source: values.source ?? 'residents', amount: values.amount ?? 0, ...common }
              : {
                  kind,
                  ...(values.source ? { source: values.source } : {}),
                  item: values.item ?? '',
                  quantity: values.quantity ?? 0,
                  unit: values.unit ?? '',
                  ...common,
                },
        }),
      );
      idempotency.renew();
      message.success(
        donation.kind === 'money'
          ? `已登记${donation.sourceLabel ?? ''}善款 ${yuanText(donation.amount)}`
          : `已登记物资 ${donation.item} ${donation.quantity} ${donation.unit}`,
      );
      void queryClient.invalidateQueries({ queryKey: ['drive', props.drive.id] });
      void queryClient.invalidateQueries({ queryKey: ['donations', props.drive.id] });
      void queryClient.invalidateQueries({ queryKey: ['drives'] });
      if (again) {
        // The next line of the paper register usually has the same source: keep it, clear the rest.
        form.setFieldsValue({ amount: undefined, item: undefined, quantity: undefined, donorName: undefined, note: undefined });
      } else props.onClose();
    } catch (error) {
      const text = showProblemAtFields(form, error);
      if (!text.startsWith('请按表单')) message.error(text);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer
      open={props.open}
      title={kind === 'goods' ? '登记物资' : '登记善款'}
      width={width}
      onClose={props.onClose}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Radio.Group value={again} onChange={(event) => setAgain(event.target.value as boolean)} size="small">
            <Radio value={true}>保存后继续登记</Radio>
            <Radio value={false}>保存后关闭</Radio>
          </Radio.Group>
          <Space>
            <Button onClick={props.onClose}>完成</Button>
            <Button type="primary" loading={saving} onClick={() => form.submit()}>
              保存
            </Button>
          </Space>
        </Space>
      }
    >
      <Form<DonationValues>
        form={form}
        layout="vertical"
        initialValues={kind === 'money' ? { source: 'residents' } : { unit: '件' }}
        onFinish={submit}
      >
        <Form.Item
          name="source"
          label={kind === 'goods' ? '来源（可不填）' : '来源'}
          rules={kind === 'money' ? [{ required: true, message: '请选择善款来源' }] : []}
        >
          <Radio.Group optionType="button" buttonStyle="solid" options={enumOptions('DonationSource')} />
        </Form.Item>
        {kind === 'money' ? (
          <Form.Item name="amount" label="金额（元）" rules={[{ required: true, message: '请填写金额' }]}>
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} placeholder="如 18248" />
          </Form.Item>
        ) : (
          <Space size={12} align="start" wrap>
            <Form.Item name="item" label="物品" rules={[{ required: true, whitespace: true, message: '请填写物品名称' }]}>
              <Input maxLength={50} placeholder="如 棉衣" style={{ width: 180 }} />
            </Form.Item>
            <Form.Item name="quantity" label="数量" rules={[{ required: true, message: '请填写数量' }]}>
              <InputNumber min={1} precision={0} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="unit" label="单位" rules={[{ required: true, whitespace: true, message: '请填写计量单位' }]}>
              <Input maxLength={10} placeholder="件、箱、袋" style={{ width: 100 }} />
            </Form.Item>
          </Space>
        )}
        <Form.Item name="donorName" label="捐赠人" extra="不填为匿名捐赠">
          <Input maxLength={50} placeholder="如：某某小区业主 / 某某公司" />
        </Form.Item>
        <Form.Item
          name="receivedOn"
          label="接收日期"
          extra={`不填为今天；须在活动起止日期（${dateText(props.drive.startsOn)} 至 ${dateText(props.drive.endsOn)}）内`}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={200} placeholder="如收据编号" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

/** Ends the drive with the version read: a donation recorded meanwhile is a conflict to look at first. */
function CloseDriveModal(props: { drive: Drive; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const [form] = Form.useForm<{ note?: string }>();
  const [conflict, setConflict] = useState(false);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['drive', props.drive.id] });
    void queryClient.invalidateQueries({ queryKey: ['donations', props.drive.id] });
    setConflict(false);
  };
  return (
    <ModalForm<{ note?: string }>
      form={form}
      open={props.open}
      title={`结束“${props.drive.name}”`}
      width={520}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '确认结束', resetText: '取消' }, submitButtonProps: { danger: true } }}
      onFinish={async (values) => {
        try {
          await call(
            api.POST('/subsidies/drives/{id}/close', {
              params: { path: { id: props.drive.id }, header: idempotency.header },
              body: { version: props.drive.version, ...(values.note?.trim() ? { note: values.note.trim() } : {}) },
            }),
          );
          idempotency.renew();
          message.success('募捐活动已结束，合计已定稿');
          refresh();
          void queryClient.invalidateQueries({ queryKey: ['drives'] });
          props.onClose();
          return true;
        } catch (error) {
          if (isVersionConflict(error)) {
            setConflict(true);
            return false;
          }
          message.error(showProblemAtFields(form, error));
          return false;
        }
      }}
    >
      {conflict && <VersionConflictAlert onRefresh={refresh} />}
      <Typography.Paragraph>
        结束后不能再登记捐赠。当前合计：善款 <Typography.Text strong>{yuanText(props.drive.totals.money)}</Typography.Text>
        {props.drive.totals.goods.length > 0 &&
          `，物资 ${props.drive.totals.goods.map((line) => `${line.item} ${line.quantity} ${line.unit}`).join('、')}`}
        ，共 {props.drive.totals.donationCount} 笔。
      </Typography.Paragraph>
      <ProFormTextArea
        name="note"
        label="结束说明"
        placeholder="如：善款已全部转入街道慈善专户，物资已分发至各社区"
        fieldProps={{ maxLength: 200, showCount: true }}
      />
    </ModalForm>
  );
}

function Totals({ drive }: { drive: Drive }) {
  const total = drive.totals.moneyFen;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8}>
        <Card size="small" style={{ height: '100%' }}>
          <div data-testid="drive-total">
            <Statistic title="善款合计" value={Number(drive.totals.money)} precision={2} suffix="元" />
          </div>
          <Typography.Text type="secondary">共 {drive.totals.donationCount} 笔捐赠（含物资）</Typography.Text>
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" title="按来源" style={{ height: '100%' }}>
          <Space direction="vertical" style={{ width: '100%' }} size={4}>
            {drive.totals.bySource.map((line) => (
              <div key={line.source} data-testid={`source-${line.source}`}>
                <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                  <span>{line.label}</span>
                  <Typography.Text strong>{yuanText(line.amount)}</Typography.Text>
                </Space>
                <Progress
                  percent={total > 0 ? Math.round((line.amountFen / total) * 1000) / 10 : 0}
                  strokeColor={sourceColors[line.source]}
                  size="small"
                />
              </div>
            ))}
          </Space>
        </Card>
      </Col>
      <Col xs={24} lg={6}>
        <Card size="small" title="物资" style={{ height: '100%' }}>
          {drive.totals.goods.length === 0 ? (
            <Typography.Text type="secondary">尚未收到物资</Typography.Text>
          ) : (
            <Space direction="vertical">
              {drive.totals.goods.map((line) => (
                <div key={`${line.item}-${line.unit}`} data-testid="goods-line">
                  <Statistic title={line.item} value={line.quantity} suffix={line.unit} />
                </div>
              ))}
            </Space>
          )}
        </Card>
      </Col>
    </Row>
  );
}

function DonationList({ drive }: { drive: Drive }) {
  const [filters, setFilters] = useUrlFilters(['kind', 'source'] as const);
  const kind = filters.kind === 'money' || filters.kind === 'goods' ? (filters.kind as DonationKind) : undefined;
  const source = enumOptions('DonationSource').some((option) => option.value === filters.source)
    ? (filters.source as DonationSource)
    : undefined;
  const query = { ...(kind ? { kind } : {}), ...(source ? { source } : {}) };
  const list = usePagedList<Donation>({
    key: ['donations', drive.id, query],
    fetch: (cursor) =>
      call(
        api.GET('/subsidies/drives/{id}/donations', {
          params: { path: { id: drive.id }, query: { ...query, ...(cursor ? { cursor } : {}) } },
        }),
      ),
  });
  const columns: ColumnsType<Donation> = [
    { title: '接收日期', dataIndex: 'receivedOn', width: 120, render: (day: string) => dateText(day) },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 80,
      render: (value: string) => <Tag color={value === 'money' ? 'gold' : 'cyan'}>{enumLabel('DonationKind', value)}</Tag>,
    },
    { title: '来源', dataIndex: 'sourceLabel', render: (label?: string) => label ?? '—' },
    {
      title: '捐赠人',
      dataIndex: 'donorName',
      render: (name: string | undefined, donation) =>
        donation.anonymous ? <Typography.Text type="secondary">匿名</Typography.Text> : name,
    },
    {
      title: '金额或物资',
      key: 'what',
      align: 'right',
      render: (_, donation) =>
        donation.kind === 'money' ? yuanText(donation.amount) : `${donation.item} ${donation.quantity} ${donation.unit}`,
    },
    { title: '备注', dataIndex: 'note', render: (note?: string) => note ?? '' },
    { title: '登记时间', dataIndex: 'recordedAt', render: (at: string) => dateTimeText(at) },
  ];
  return (
    <Card title="捐赠明细">
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={kind ?? 'all'}
          onChange={(value) => setFilters({ kind: value === 'all' ? undefined : String(value) })}
          options={[{ value: 'all', label: '全部' }, ...enumOptions('DonationKind')]}
        />
        <Segmented
          value={source ?? 'all'}
          onChange={(value) => setFilters({ source: value === 'all' ? undefined : String(value) })}
          options={[{ value: 'all', label: '全部来源' }, ...enumOptions('DonationSource')]}
        />
      </Space>
      <Table<Donation>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                kind || source
                  ? '没有符合筛选条件的捐赠'
                  : drive.status === 'open'
                    ? '还没有登记捐赠。点上方“登记善款”或“登记物资”，按收据逐笔登记。'
                    : '这次活动没有登记捐赠。'
              }
            />
          ),
        }}
      />
      {list.pager}
    </Card>
  );
}

export default function DrivePage() {
  const { id = '' } = useParams();
  const user = useUser();
  const [recording, setRecording] = useState<DonationKind>();
  const [closing, setClosing] = useState(false);
  const drive = useQuery({
    queryKey: ['drive', id],
    queryFn: () => call(api.GET('/subsidies/drives/{id}', { params: { path: { id } } })),
  });
  const areaName = useAreaName(drive.data?.area);
  if (drive.isLoading) return <PageLoading />;
  if (!drive.data) {
    const error = drive.error;
    return (
      <Result
        status={error instanceof ApiProblem && error.status === 404 ? '404' : 'error'}
        title={errorMessage(error, '读取募捐活动失败')}
        extra={<Link to="/subsidy/drives">回到慈善募捐</Link>}
      />
    );
  }
  const current = drive.data;
  const open = current.status === 'open';
  const canRecord = open && mayCall(user.role, 'recordDonation');
  const canClose = open && mayCall(user.role, 'closeDrive');
  return (
    <PageContainer
      title={current.name}
      onBack={() => history.back()}
      tags={<Tag color={open ? 'green' : 'default'}>{enumLabel('DonationDriveStatus', current.status)}</Tag>}
      extra={[
        ...(canRecord
          ? [
              <Button key="money" type="primary" icon={<MoneyCollectOutlined />} onClick={() => setRecording('money')}>
                登记善款
              </Button>,
              <Button key="goods" icon={<GiftOutlined />} onClick={() => setRecording('goods')}>
                登记物资
              </Button>,
            ]
          : []),
        ...(canClose
          ? [
              <Button key="close" danger icon={<StopOutlined />} onClick={() => setClosing(true)}>
                结束活动
              </Button>,
            ]
          : []),
      ]}
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'area', label: '举办单位', children: areaName ?? '—' },
              { key: 'dates', label: '起止日期', children: `${dateText(current.startsOn)} 至 ${dateText(current.endsOn)}` },
              {
                key: 'earmark',
                label: '专款用途',
                children: current.earmark ? <Tag color="purple">{current.earmark}</Tag> : '未指定（一般用途）',
              },
              { key: 'purpose', label: '募捐目的', span: 3, children: current.purpose },
              ...(current.closedAt
                ? [
                    { key: 'closed', label: '结束时间', children: dateTimeText(current.closedAt) },
                    { key: 'closing', label: '结束说明', span: 2, children: current.closingNote ?? '—' },
                  ]
                : []),
            ]}
          />
        </Card>
        {!open && <Alert type="info" showIcon message="活动已结束，合计已定稿，不能再登记捐赠。" />}
        <Totals drive={current} />
        <DonationList drive={current} />
      </Space>
      {(['money', 'goods'] as const).map((kind) => (
        <DonationDrawer
          key={kind}
          drive={current}
          kind={kind}
          open={recording === kind}
          onClose={() => setRecording(undefined)}
        />
      ))}
      <CloseDriveModal drive={current} open={closing} onClose={() => setClosing(false)} />
    </PageContainer>
  );
}
