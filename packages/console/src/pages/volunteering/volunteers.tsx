import { PlusOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer, ProFormTextArea } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Drawer, Empty, Form, Popconfirm, Select, Space, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { usePagedList } from '../../components/paged-list';
import { PagedTable } from '../../components/paged-table';
import { type Person, PersonPicker, PersonSummary } from '../../components/person-picker';
import { useDrawerWidth } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import { enumOptions } from '../../labels';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';
import { availabilityText, type Volunteer, VolunteerStatusTag } from './volunteer-common';
import { ProfileFields, type ProfileValues, profileBody } from './volunteer-profile-fields';

/** Staff register a volunteer found in the registry: approved at once (residents who register themselves wait for review). */
function RegisterDrawer(props: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const [person, setPerson] = useState<Person>();
  const [submitting, setSubmitting] = useState(false);
  const width = useDrawerWidth(560);
  const idempotency = useIdempotencyKey();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const close = () => {
    setPerson(undefined);
    props.onClose();
  };
  const submit = async (values: ProfileValues) => {
    if (!person) return;
    setSubmitting(true);
    try {
      const volunteer = await call(
        api.POST('/volunteering/volunteers', {
          params: { header: idempotency.header },
          body: { personId: person.id, ...profileBody(values) },
        }),
      );
      idempotency.renew();
      message.success(`已登记志愿者 ${volunteer.name}`);
      void queryClient.invalidateQueries({ queryKey: ['volunteers'] });
      close();
      navigate(`/volunteers/${volunteer.volunteerId}`);
    } catch (error) {
      message.error({ content: showProblemAtFields(form, error), duration: 8 });
    } finally {
      setSubmitting(false);
    }
  };
  return (
    <Drawer
      open={props.open}
      width={width}
      title="登记志愿者"
      onClose={close}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={close}>取消</Button>
          <Button type="primary" disabled={!person} loading={submitting} onClick={() => form.submit()}>
            登记
          </Button>
        </Space>
      }
    >
      {person ? (
        <PersonSummary person={person} onChange={() => setPerson(undefined)} />
      ) : (
        <Card size="small" style={{ marginBottom: 16 }}>
          <PersonPicker label="志愿者的公民身份号码" onPick={setPerson} />
        </Card>
      )}
      <Form<ProfileValues> form={form} layout="vertical" disabled={!person} onFinish={submit}>
        <ProfileFields />
      </Form>
    </Drawer>
  );
}

function RejectModal(props: { volunteer: Volunteer | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const { volunteer } = props;
  return (
    <ModalForm<{ reason: string }>
      form={form}
      open={Boolean(volunteer)}
      title={volunteer ? `驳回 ${volunteer.name} 的志愿者注册` : '驳回'}
      width={480}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '驳回', resetText: '取消' }, submitButtonProps: { danger: true } }}
      onFinish={async ({ reason }) => {
        if (!volunteer) return false;
        try {
          await call(
            api.POST('/volunteering/volunteers/{id}/decision', {
              params: { path: { id: volunteer.volunteerId } },
              body: { decision: 'reject', reason, version: volunteer.version },
            }),
          );
          message.success('已驳回，居民会看到驳回理由');
          void queryClient.invalidateQueries({ queryKey: ['volunteers'] });
          props.onClose();
          return true;
        } catch (error) {
          message.error(showProblemAtFields(form, error));
          return false;
        }
      }}
    >
      <ProFormTextArea
        name="reason"
        label="驳回理由"
        placeholder="如：非本社区居民，请到居住地社区注册"
        fieldProps={{ maxLength: 300, showCount: true }}
        rules={[{ required: true, whitespace: true, message: '驳回须说明理由' }]}
      />
    </ModalForm>
  );
}

const statusTabs = [
  { key: 'pending', label: '待审核' },
  { key: 'approved', label: '已通过' },
  { key: 'rejected', label: '已驳回' },
  { key: 'all', label: '全部' },
];

function VolunteerList(props: { community: string }) {
  const user = useUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const areaName = useAreaName(props.community);
  const [filters, setFilters] = useUrlFilters(['status', 'skill'] as const);
  const [registering, setRegistering] = useState(false);
  const [rejecting, setRejecting] = useState<Volunteer>();
  const [approving, setApproving] = useState<string>();
  const status = filters.status ?? 'approved';
  const query = {
    community: props.community,
    ...(status !== 'all' ? { status: status as Volunteer['status'] } : {}),
    ...(filters.skill ? { skill: filters.skill as Volunteer['skills'][number] } : {}),
  };
  const list = usePagedList<Volunteer>({
    key: ['volunteers', query],
    fetch: (cursor) =>
      call(api.GET('/volunteering/volunteers', { params: { query: { ...query, ...(cursor ? { cursor } : {}) } } })),
  });
  const canDecide = mayCall(user.role, 'decideVolunteer');
  const approve = async (volunteer: Volunteer) => {
    setApproving(volunteer.volunteerId);
    try {
      await call(
        api.POST('/volunteering/volunteers/{id}/decision', {
          params: { path: { id: volunteer.volunteerId } },
          body: { decision: 'approve', version: volunteer.version },
        }),
      );
      message.success(`${volunteer.name} 已成为本社区志愿者`);
      void queryClient.invalidateQueries({ queryKey: ['volunteers'] });
    } catch (error) {
      message.error({ content: errorMessage(error, '审核失败，请重试'), duration: 8 });
    } finally {
      setApproving(undefined);
    }
  };
  const columns: ColumnsType<Volunteer> = [
    {
      title: '姓名',
      dataIndex: 'name',
      render: (name: string, volunteer) => <Link to={`/volunteers/${volunteer.volunteerId}`}>{name}</Link>,
    },
    {
      title: '技能特长',
      dataIndex: 'skillLabels',
      render: (labels: string[], volunteer) =>
        [...labels, ...(volunteer.otherSkills ? [volunteer.otherSkills] : [])].join('、') || '—',
    },
    { title: '可服务时间', dataIndex: 'availability', render: (_, volunteer) => availabilityText(volunteer.availability) },
    { title: '来源', dataIndex: 'selfRegistered', render: (self: boolean) => (self ? '本人注册' : '社区登记') },
    { title: '注册日期', dataIndex: 'registeredAt', render: (at: string) => dateText(at) },
    {
      title: '状态',
      dataIndex: 'status',
      render: (value: Volunteer['status'], volunteer) => (
        <Space direction="vertical" size={0}>
          <VolunteerStatusTag status={value} />
          {volunteer.rejectReason && <Typography.Text type="secondary">{volunteer.rejectReason}</Typography.Text>}
        </Space>
      ),
    },
    ...(canDecide
      ? [
          {
            title: '审核',
            key: 'decide',
            render: (_: unknown, volunteer: Volunteer) =>
              volunteer.status === 'pending' && (
                <Space size={4}>
                  <Popconfirm
                    title={`通过 ${volunteer.name} 的注册？`}
                    okText="通过"
                    cancelText="取消"
                    onConfirm={() => approve(volunteer)}
                  >
                    <Button type="primary" size="small" loading={approving === volunteer.volunteerId}>
                      通过
                    </Button>
                  </Popconfirm>
                  <Button size="small" danger onClick={() => setRejecting(volunteer)}>
                    驳回
                  </Button>
                </Space>
              ),
          },
        ]
      : []),
  ];
  const empty: Record<string, string> = {
    pending: '没有待审核的注册。居民在手机上注册志愿者后，会出现在这里等您审核。',
    approved: `${areaName ?? '本社区'}还没有志愿者。点右上角“登记志愿者”，或审核居民本人的注册。`,
    rejected: '没有被驳回的注册。',
    all: `${areaName ?? '本社区'}还没有志愿者。`,
  };
  return (
    <Card>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Tabs
          activeKey={status}
          items={statusTabs}
          onChange={(key) => setFilters({ status: key === 'approved' ? undefined : key })}
        />
        <Space wrap>
          <Select
            allowClear
            placeholder="按技能筛选"
            style={{ width: 180 }}
            value={filters.skill}
            options={enumOptions('VolunteerSkill')}
            onChange={(skill?: string) => setFilters({ skill })}
            aria-label="技能"
          />
          {mayCall(user.role, 'registerVolunteer') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              登记志愿者
            </Button>
          )}
        </Space>
      </Space>
      <PagedTable<Volunteer>
        rowKey="volunteerId"
        columns={columns}
        scroll={{ x: 960 }}
        list={list}
        failure="读取志愿者名册失败"
        empty={filters.skill ? '没有具备这项技能的志愿者。' : (empty[status] ?? empty.all)}
      />
      <RegisterDrawer open={registering} onClose={() => setRegistering(false)} />
      <RejectModal volunteer={rejecting} onClose={() => setRejecting(undefined)} />
    </Card>
  );
}

export default function VolunteersPage() {
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  return (
    <PageContainer title="志愿者" subTitle="社区的志愿者名册：技能特长和可服务时间，审核居民本人的注册">
      {community ? <VolunteerList community={community} /> : <Empty description="请先在页面顶部选择一个社区。" />}
    </PageContainer>
  );
}
