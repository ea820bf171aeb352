import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Empty,
  Form,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { DATE_FORMAT, dateText, dayOf } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { usePagedList } from '../../components/paged-list';
import { useDrawerWidth } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import { enumLabel } from '../../labels';
import { useAreaName } from '../../layout/work-area';
import { yuanText } from './money';
import { useScopeOptions } from './scope-options';

type Drive = components['schemas']['DonationDrive'];
type DriveStatus = components['schemas']['DonationDriveStatus'];

interface DriveValues {
  area: string;
  name: string;
  purpose: string;
  earmark?: string;
  startsOn: Dayjs;
  endsOn: Dayjs;
}

function AreaName({ code }: { code: string }) {
  return <>{useAreaName(code) ?? (code.length === 9 ? '街道' : '社区')}</>;
}

/** Starts a drive for the sub-district or one community; the drive's page opens once it exists. */
function CreateDriveDrawer(props: {
  open: boolean;
  onClose: () => void;
  areaOptions: { value: string; label: string }[];
  area?: string;
}) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DriveValues>();
  const idempotency = useIdempotencyKey();
  const width = useDrawerWidth(560);
  const [saving, setSaving] = useState(false);
  return (
    <Drawer
      open={props.open}
      title="发起慈善募捐"
      width={width}
      onClose={props.onClose}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={props.onClose}>取消</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            发起募捐
          </Button>
        </Space>
      }
    >
      <Form<DriveValues>
        form={form}
        layout="vertical"
        initialValues={{ area: props.area, startsOn: dayjs() }}
        onFinish={async (values) => {
          setSaving(true);
          try {
            const drive = await call(
              api.POST('/subsidies/drives', {
                params: { header: idempotency.header },
                body: {
                  area: values.area,
                  name: values.name,
                  purpose: values.purpose,
                  ...(values.earmark?.trim() ? { earmark: values.earmark.trim() } : {}),
                  startsOn: dayOf(values.startsOn) ?? '',
                  endsOn: dayOf(values.endsOn) ?? '',
                },
              }),
            );
            idempotency.renew();
            message.success(`已发起“${drive.name}”，现在可以登记捐赠`);
            void queryClient.invalidateQueries({ queryKey: ['drives'] });
            props.onClose();
            navigate(`/subsidy/drives/${drive.id}`);
          } catch (error) {
            const text = showProblemAtFields(form, error);
            if (!text.startsWith('请按表单')) message.error(text);
          } finally {
            setSaving(false);
          }
        }}
      >
        <ProFormSelect
          name="area"
          label="举办单位"
          options={props.areaOptions}
          rules={[{ required: true, message: '请选择由街道还是社区举办' }]}
          extra="街道举办的募捐，所辖各社区的工作人员都能看到"
        />
        <ProFormText
          name="name"
          label="活动名称"
          placeholder="如：2026 年冬季送温暖募捐"
          fieldProps={{ maxLength: 50, showCount: true }}
          rules={[{ required: true, whitespace: true, message: '请填写活动名称' }]}
        />
        <ProFormTextArea
          name="purpose"
          label="募捐目的"
          placeholder="如：为辖区困难家庭、孤寡老人筹集过冬衣物和慰问金"
          fieldProps={{ maxLength: 500, showCount: true }}
          rules={[{ required: true, whitespace: true, message: '请填写募捐目的' }]}
        />
        <ProFormText
          name="earmark"
          label="专款用途（专款专用时填写）"
          placeholder="如：困难家庭冬季取暖"
          fieldProps={{ maxLength: 100, showCount: true }}
        />
        <Space size={16} wrap>
          <Form.Item name="startsOn" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="endsOn" label="结束日期" rules={[{ required: true, message: '请选择结束日期' }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
      </Form>
    </Drawer>
  );
}

export default function DrivesPage() {
  const user = useUser();
  const scope = useScopeOptions();
  const [filters, setFilters] = useUrlFilters(['area', 'status'] as const);
  const [creating, setCreating] = useState(false);
  const area = filters.area && scope.options.some((option) => option.value === filters.area) ? filters.area : scope.first;
  const status = filters.status === 'open' || filters.status === 'closed' ? (filters.status as DriveStatus) : undefined;
  const canCreate = mayCall(user.role, 'createDrive');
  const query = { area: area ?? '', ...(status ? { status } : {}) };
  const list = usePagedList<Drive>({
    key: ['drives', query],
    enabled: Boolean(area),
    fetch: (cursor) => call(api.GET('/subsidies/drives', { params: { query: { ...query, ...(cursor ? { cursor } : {}) } } })),
  });
  const columns: ColumnsType<Drive> = [
    {
      title: '活动名称',
      dataIndex: 'name',
      render: (name: string, drive) => (
        <Space direction="vertical" size={0}>
          <Link to={`/subsidy/drives/${drive.id}`}>{name}</Link>
          {drive.earmark && <Tag color="purple">专款专用 · {drive.earmark}</Tag>}
        </Space>
      ),
    },
    { title: '举办单位', dataIndex: 'area', render: (code: string) => <AreaName code={code} /> },
    { title: '起止日期', key: 'dates', render: (_, drive) => `${dateText(drive.startsOn)} 至 ${dateText(drive.endsOn)}` },
    {
      title: '状态',
      dataIndex: 'status',
      render: (value: string) => (
        <Tag color={value === 'open' ? 'green' : 'default'}>{enumLabel('DonationDriveStatus', value)}</Tag>
      ),
    },
    { title: '善款合计', key: 'money', align: 'right', render: (_, drive) => yuanText(drive.totals.money) },
    {
      title: '物资',
      key: 'goods',
      render: (_, drive) =>
        drive.totals.goods.length > 0
          ? drive.totals.goods.map((line) => `${line.item} ${line.quantity.toLocaleString('zh-CN')} ${line.unit}`).join('、')
          : '—',
    },
    { title: '捐赠笔数', key: 'count', align: 'right', render: (_, drive) => drive.totals.donationCount },
  ];
  const error = list.query.error;
  return (
    <PageContainer
      title="慈善募捐"
      subTitle="募捐活动：按居民、单位、党费分列登记善款和物资，合计随登记更新"
      extra={
        canCreate
          ? [
              <Button key="new" type="primary" icon={<PlusOutlined />} disabled={!area} onClick={() => setCreating(true)}>
                发起募捐
              </Button>,
            ]
          : []
      }
    >
      <Card>
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Space wrap size={12}>
            {scope.options.length > 1 && (
              <Select
                style={{ minWidth: 200 }}
                value={area}
                options={scope.options}
                onChange={(value: string) => setFilters({ area: value })}
                aria-label="举办单位"
              />
            )}
            <Segmented
              value={status ?? 'all'}
              onChange={(value) => setFilters({ status: value === 'all' ? undefined : String(value) })}
              options={[
                { value: 'all', label: '全部' },
                { value: 'open', label: '进行中' },
                { value: 'closed', label: '已结束' },
              ]}
            />
          </Space>
          {!area && <Alert type="info" showIcon message="请先在页头选择社区，再查看它和所属街道的募捐活动" />}
          {error && <Alert type="error" showIcon message={errorMessage(error, '读取募捐活动失败')} />}
          <Table<Drive>
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
                  description={
                    canCreate ? '还没有募捐活动。点右上角“发起募捐”，之后在活动页逐笔登记善款和物资。' : '还没有募捐活动。'
                  }
                />
              ),
            }}
          />
          {list.pager}
          <Typography.Text type="secondary">按街道查看时，列出街道及其所辖社区举办的全部活动，新开始的在前。</Typography.Text>
        </Space>
      </Card>
      <CreateDriveDrawer
        open={creating}
        onClose={() => setCreating(false)}
        areaOptions={scope.options}
        {...(area ? { area } : {})}
      />
    </PageContainer>
  );
}
