import { UserAddOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  Radio,
  Result,
  Space,
  Table,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
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
import { PersonLink } from '../../components/person-link';
import { type Person, PersonPicker, PersonSummary } from '../../components/person-picker';
import { useDrawerWidth } from '../../components/responsive';
import { enumLabel } from '../../labels';
import { useAreaName } from '../../layout/work-area';
import { openingStatusColors } from './employment-jobs';
import { yuanText } from './money';

type Opening = components['schemas']['JobOpening'];
type Placement = components['schemas']['JobPlacement'];
type SeekerGroup = components['schemas']['SeekerGroup'];

interface PlacementValues {
  group: SeekerGroup;
  startsOn: Dayjs;
  note?: string;
}

/** Registers a job seeker, found by citizen ID, as taken on by this opening. */
function PlacementDrawer(props: { opening: Opening; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PlacementValues>();
  const [person, setPerson] = useState<Person>();
  const [refusal, setRefusal] = useState<string>();
  const idempotency = useIdempotencyKey();
  const width = useDrawerWidth(560);
  const [saving, setSaving] = useState(false);
  const close = () => {
    setPerson(undefined);
    setRefusal(undefined);
    props.onClose();
  };
  return (
    <Drawer
      open={props.open}
      title={`登记安置 · ${props.opening.title}`}
      width={width}
      onClose={close}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={close}>取消</Button>
          <Button type="primary" disabled={!person} loading={saving} onClick={() => form.submit()}>
            登记安置
          </Button>
        </Space>
      }
    >
      {person ? (
        <PersonSummary person={person} onChange={() => setPerson(undefined)} />
      ) : (
        <Card size="small" style={{ marginBottom: 16 }}>
          <PersonPicker label="求职人员的公民身份号码" onPick={setPerson} />
        </Card>
      )}
      <Form<PlacementValues>
        form={form}
        layout="vertical"
        disabled={!person}
        initialValues={{ group: props.opening.welcomes[0], startsOn: dayjs() }}
        onFinish={async (values) => {
          if (!person) return;
          setSaving(true);
          setRefusal(undefined);
          try {
            await call(
              api.POST('/subsidies/employment/openings/{id}/placements', {
                params: { path: { id: props.opening.id }, header: idempotency.header },
                body: {
                  personId: person.id,
                  group: values.group,
                  startsOn: dayOf(values.startsOn) ?? '',
                  ...(values.note?.trim() ? { note: values.note.trim() } : {}),
                },
              }),
            );
            idempotency.renew();
            message.success(`已登记 ${person.name} 到岗`);
            void queryClient.invalidateQueries({ queryKey: ['job-opening', props.opening.id] });
            void queryClient.invalidateQueries({ queryKey: ['job-placements', props.opening.id] });
            void queryClient.invalidateQueries({ queryKey: ['job-openings'] });
            close();
          } catch (error) {
            const text = showProblemAtFields(form, error);
            if (error instanceof ApiProblem && (error.status === 409 || error.status === 422)) setRefusal(text);
            else if (!text.startsWith('请按表单')) message.error(text);
          } finally {
            setSaving(false);
          }
        }}
      >
        <Form.Item name="group" label="求职人员类别" rules={[{ required: true, message: '请选择类别' }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={props.opening.welcomes.map((group) => ({ value: group, label: enumLabel('SeekerGroup', group) }))}
          />
        </Form.Item>
        <Form.Item name="startsOn" label="到岗日期" rules={[{ required: true, message: '请选择到岗日期' }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      {refusal && <Alert type="error" showIcon message="未能登记" description={refusal} />}
    </Drawer>
  );
}

function Placements({ opening }: { opening: Opening }) {
  const list = usePagedList<Placement>({
    key: ['job-placements', opening.id],
    fetch: (cursor) =>
      call(
        api.GET('/subsidies/employment/openings/{id}/placements', {
          params: { path: { id: opening.id }, query: cursor ? { cursor } : {} },
        }),
      ),
  });
  return (
    <>
      <Table<Placement>
        rowKey="id"
        size="middle"
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        columns={[
          { title: '姓名', dataIndex: 'personId', render: (id: string) => <PersonLink id={id} /> },
          { title: '类别', dataIndex: 'groupLabel' },
          { title: '到岗日期', dataIndex: 'startsOn', render: (day: string) => dateText(day) },
          { title: '备注', dataIndex: 'note', render: (note?: string) => note ?? '' },
          { title: '登记时间', dataIndex: 'registeredAt', render: (at: string) => dateTimeText(at) },
        ]}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有人通过这个岗位就业。录用后点“登记安置”。" />,
        }}
      />
      {list.pager}
    </>
  );
}

export default function JobOpeningPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const [placing, setPlacing] = useState(false);
  const query = useQuery({
    queryKey: ['job-opening', id],
    queryFn: () => call(api.GET('/subsidies/employment/openings/{id}', { params: { path: { id } } })),
  });
  const areaName = useAreaName(query.data?.area.split('-')[0]);
  if (query.isLoading) return <PageLoading />;
  const opening = query.data;
  if (!opening) {
    const error = query.error;
    return (
      <Result
        status={error instanceof ApiProblem && error.status === 404 ? '404' : 'error'}
        title={errorMessage(error, '读取岗位失败')}
        extra={<Link to="/subsidy/jobs">回到就业岗位</Link>}
      />
    );
  }
  const canPlace = opening.status === 'open' && mayCall(user.role, 'registerJobPlacement');
  const canList = mayCall(user.role, 'listJobPlacements');
  return (
    <PageContainer
      title={opening.title}
      onBack={() => history.back()}
      tags={<Tag color={openingStatusColors[opening.status]}>{enumLabel('JobOpeningStatus', opening.status)}</Tag>}
      extra={
        canPlace
          ? [
              <Button key="place" type="primary" icon={<UserAddOutlined />} onClick={() => setPlacing(true)}>
                登记安置
              </Button>,
            ]
          : []
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'unit', label: '用人单位', children: opening.unitName },
              { key: 'area', label: '所在社区', children: areaName ?? '—' },
              { key: 'wage', label: '月工资', children: yuanText(opening.monthlyWageYuan) },
              {
                key: 'positions',
                label: '名额',
                children: `招 ${opening.positions} 人，已安置 ${opening.filled} 人，剩余 ${opening.remaining} 人`,
              },
              { key: 'welcomes', label: '面向', children: opening.welcomesLabel },
              { key: 'closes', label: '报名截止', children: dateText(opening.closesOn) },
              { key: 'contact', label: '联系人', children: opening.contactName ?? '—' },
              { key: 'posted', label: '发布日期', children: dateText(opening.postedOn) },
              ...(opening.description ? [{ key: 'description', label: '岗位说明', span: 3, children: opening.description }] : []),
            ]}
          />
        </Card>
        {canList && (
          <Card title="安置名单" size="small">
            <Placements opening={opening} />
          </Card>
        )}
      </Space>
      <PlacementDrawer opening={opening} open={placing} onClose={() => setPlacing(false)} />
    </PageContainer>
  );
}
