import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Drawer,
  Empty,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
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
import { useGrids } from '../../components/grid-names';
import { useIdempotencyKey } from '../../components/idempotency';
import { usePagedList } from '../../components/paged-list';
import { useDrawerWidth } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import { enumLabel, enumOptions } from '../../labels';
import { useAreaName } from '../../layout/work-area';
import { yuanText } from './money';
import { useCommunityChoices, useScopeOptions } from './scope-options';

type Opening = components['schemas']['JobOpening'];
type SeekerGroup = components['schemas']['SeekerGroup'];

interface OpeningValues {
  community: string;
  grid?: string;
  unitId?: string;
  unitName: string;
  title: string;
  description?: string;
  positions: number;
  monthlyWageYuan: number;
  welcomes: SeekerGroup[];
  closesOn: Dayjs;
  contactName?: string;
}

export const openingStatusColors: Record<string, string> = { open: 'green', filled: 'blue', closed: 'default' };

function AreaName({ code }: { code: string }) {
  return <>{useAreaName(code.split('-')[0]) ?? '—'}</>;
}

/** Posts an opening for a unit registered in the community (or typed in when the community posts it for one). */
function PostOpeningDrawer(props: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<OpeningValues>();
  const idempotency = useIdempotencyKey();
  const width = useDrawerWidth(600);
  const [saving, setSaving] = useState(false);
  const communities = useCommunityChoices();
  const community = Form.useWatch('community', form) ?? communities.first;
  const { grids } = useGrids(community);
  const units = useQuery({
    queryKey: ['units', community, ''],
    enabled: Boolean(community),
    queryFn: () => call(api.GET('/registry/units', { params: { query: { area: community ?? '' } } })),
  });
  return (
    <Drawer
      open={props.open}
      title="发布就业岗位"
      width={width}
      onClose={props.onClose}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={props.onClose}>取消</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            发布
          </Button>
        </Space>
      }
    >
      <Form<OpeningValues>
        form={form}
        layout="vertical"
        initialValues={{ community: communities.first, positions: 1, welcomes: ['disabled'], closesOn: dayjs().add(30, 'day') }}
        onFinish={async (values) => {
          setSaving(true);
          try {
            const opening = await call(
              api.POST('/subsidies/employment/openings', {
                params: { header: idempotency.header },
                body: {
                  area: values.grid ?? values.community,
                  ...(values.unitId ? { unitId: values.unitId } : {}),
                  unitName: values.unitName,
                  title: values.title,
                  ...(values.description?.trim() ? { description: values.description.trim() } : {}),
                  positions: values.positions,
                  monthlyWageYuan: values.monthlyWageYuan,
                  welcomes: values.welcomes,
                  closesOn: dayOf(values.closesOn) ?? '',
                  ...(values.contactName?.trim() ? { contactName: values.contactName.trim() } : {}),
                },
              }),
            );
            idempotency.renew();
            message.success(`已发布“${opening.title}”，招聘 ${opening.positions} 人`);
            void queryClient.invalidateQueries({ queryKey: ['job-openings'] });
            props.onClose();
            navigate(`/subsidy/jobs/${opening.id}`);
          } catch (error) {
            const text = showProblemAtFields(form, error);
            if (!text.startsWith('请按表单')) message.error(text);
          } finally {
            setSaving(false);
          }
        }}
      >
        <Space size={16} wrap align="start">
          <Form.Item name="community" label="岗位所在社区" rules={[{ required: true, message: '请选择社区' }]}>
            <Select
              options={communities.options}
              style={{ width: 240 }}
              onChange={() => form.setFieldsValue({ grid: undefined, unitId: undefined })}
            />
          </Form.Item>
          <Form.Item name="grid" label="网格（可不选）">
            <Select allowClear options={grids.map((grid) => ({ value: grid.code, label: grid.name }))} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Form.Item name="unitId" label="辖内单位" extra="从社区登记的单位中选择；社区代为发布时可不选，直接填写用人单位">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={units.isLoading}
            options={(units.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            onChange={(unitId?: string) => {
              const unit = units.data?.items.find((candidate) => candidate.id === unitId);
              if (unit)
                form.setFieldsValue({ unitName: unit.name, ...(unit.contactName ? { contactName: unit.contactName } : {}) });
            }}
          />
        </Form.Item>
        <Form.Item name="unitName" label="用人单位" rules={[{ required: true, whitespace: true, message: '请填写用人单位' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="title" label="岗位名称" rules={[{ required: true, whitespace: true, message: '请填写岗位名称' }]}>
          <Input maxLength={50} placeholder="如：超市理货员" />
        </Form.Item>
        <Form.Item name="description" label="岗位说明">
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder="工作内容、时间、要求" />
        </Form.Item>
        <Space size={16} wrap align="start">
          <Form.Item name="positions" label="招聘人数" rules={[{ required: true, message: '请填写招聘人数' }]}>
            <InputNumber min={1} max={1000} precision={0} addonAfter="人" style={{ width: 140 }} />
          </Form.Item>
          <Form.Item
            name="monthlyWageYuan"
            label="月工资"
            rules={[{ required: true, message: '请填写月工资' }]}
            extra="不得低于当地最低工资标准"
          >
            <InputNumber min={0} precision={2} addonAfter="元" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="closesOn" label="报名截止日期" rules={[{ required: true, message: '请选择报名截止日期' }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
        <Form.Item name="welcomes" label="面向人群" rules={[{ required: true, message: '请至少选择一类面向人群' }]}>
          <Checkbox.Group options={enumOptions('SeekerGroup')} />
        </Form.Item>
        <Form.Item name="contactName" label="联系人">
          <Input maxLength={50} style={{ width: 240 }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

export default function JobOpeningsPage() {
  const user = useUser();
  const scope = useScopeOptions();
  // The drawer picks the opening's community among these: a sub-district's staff need none picked in the header.
  const communities = useCommunityChoices();
  const [filters, setFilters] = useUrlFilters(['area'] as const);
  const [posting, setPosting] = useState(false);
  const area = filters.area && scope.options.some((option) => option.value === filters.area) ? filters.area : scope.first;
  const canPost = mayCall(user.role, 'postJobOpening');
  const list = usePagedList<Opening>({
    key: ['job-openings', area],
    enabled: Boolean(area),
    fetch: (cursor) =>
      call(api.GET('/subsidies/employment/openings', { params: { query: { area: area ?? '', ...(cursor ? { cursor } : {}) } } })),
  });
  const columns: ColumnsType<Opening> = [
    {
      title: '岗位',
      dataIndex: 'title',
      render: (title: string, opening) => <Link to={`/subsidy/jobs/${opening.id}`}>{title}</Link>,
    },
    { title: '用人单位', dataIndex: 'unitName' },
    { title: '所在社区', dataIndex: 'area', render: (code: string) => <AreaName code={code} /> },
    { title: '月工资', dataIndex: 'monthlyWageYuan', align: 'right', render: (value: number) => yuanText(value) },
    {
      title: '名额',
      key: 'positions',
      render: (_, opening) => `${opening.filled} / ${opening.positions}（余 ${opening.remaining}）`,
    },
    { title: '面向', dataIndex: 'welcomesLabel' },
    { title: '报名截止', dataIndex: 'closesOn', render: (day: string) => dateText(day) },
    {
      title: '状态',
      dataIndex: 'status',
      render: (value: string) => <Tag color={openingStatusColors[value]}>{enumLabel('JobOpeningStatus', value)}</Tag>,
    },
  ];
  const error = list.query.error;
  return (
    <PageContainer
      title="就业岗位"
      subTitle="辖内单位提供的岗位，面向流动人口、残疾人和下岗失业人员；登记安置"
      extra={
        canPost
          ? [
              <Button
                key="post"
                type="primary"
                icon={<PlusOutlined />}
                disabled={!communities.first}
                onClick={() => setPosting(true)}
              >
                发布岗位
              </Button>,
            ]
          : []
      }
    >
      <Card>
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {scope.options.length > 1 && (
            <Select
              style={{ minWidth: 200 }}
              value={area}
              options={scope.options}
              onChange={(value: string) => setFilters({ area: value })}
            />
          )}
          {error && <Alert type="error" showIcon message={errorMessage(error, '读取岗位失败')} />}
          <Table<Opening>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 1000 }}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description="目前没有招聘中的岗位（报名已截止或名额已满的不在此列）。辖内单位有用工需求时，点右上角“发布岗位”。"
                />
              ),
            }}
          />
          {list.pager}
        </Space>
      </Card>
      <PostOpeningDrawer open={posting} onClose={() => setPosting(false)} />
    </PageContainer>
  );
}
