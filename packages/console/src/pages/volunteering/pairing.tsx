import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProFormDatePicker, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Drawer, Empty, Form, List, Segmented, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText, dayOf } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { usePagedList } from '../../components/paged-list';
import { PagedTable } from '../../components/paged-table';
import { type Person, PersonPicker, PersonSummary } from '../../components/person-picker';
import { useDrawerWidth } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import { enumLabel, enumOptions } from '../../labels';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';

export type Pairing = components['schemas']['Pairing'];
type HelperKind = Pairing['helpers'][number]['kind'];
type Helper = { kind: HelperKind; id: string; name: string };
type Household = components['schemas']['Household'];

/** Next visit: red with 逾期 when it has passed without one (the API says so, on its own clock). */
export function NextDue({ pairing }: { pairing: Pairing }) {
  if (pairing.status === 'ended') return <span>—</span>;
  if (!pairing.behind) return <span>{dateText(pairing.nextDue)}</span>;
  return (
    <Space size={4} wrap>
      <Typography.Text type="danger" strong>
        {dateText(pairing.nextDue)}
      </Typography.Text>
      <Tag color="red">逾期未走访</Tag>
    </Space>
  );
}

export function helpersText(pairing: Pairing): string {
  return pairing.helpers.map((helper) => `${helper.name}（${enumLabel('PairingHelperKind', helper.kind)}）`).join('、');
}

/** One helper being chosen: the worker signed in, a party member by citizen ID, or an approved volunteer. */
function HelperPicker(props: { community: string; onPick: (helper: Helper) => void; taken: string[] }) {
  const user = useUser();
  const [kind, setKind] = useState<HelperKind>('volunteer');
  const volunteers = useQuery({
    queryKey: ['volunteers', props.community, 'approved'],
    enabled: kind === 'volunteer',
    queryFn: () =>
      call(
        api.GET('/volunteering/volunteers', {
          params: { query: { community: props.community, status: 'approved', limit: 100 } },
        }),
      ),
  });
  return (
    <Card size="small" title="添加帮扶人">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Segmented value={kind} onChange={(value) => setKind(value as HelperKind)} options={enumOptions('PairingHelperKind')} />
        {kind === 'worker' && (
          <Button
            disabled={props.taken.includes(user.sub)}
            onClick={() => props.onPick({ kind: 'worker', id: user.sub, name: user.name ?? '社区工作者' })}
          >
            由我（{user.name ?? '当前工作人员'}）帮扶
          </Button>
        )}
        {kind === 'party-member' && (
          <PersonPicker
            label="党员的公民身份号码"
            onPick={(person: Person) => props.onPick({ kind: 'party-member', id: person.id, name: person.name })}
          />
        )}
        {kind === 'volunteer' && (
          <Select
            showSearch
            style={{ width: '100%' }}
            placeholder={volunteers.isLoading ? '正在读取志愿者…' : '选择已审核的志愿者'}
            optionFilterProp="label"
            notFoundContent="本社区还没有审核通过的志愿者"
            options={(volunteers.data?.items ?? [])
              .filter((volunteer) => !props.taken.includes(volunteer.volunteerId))
              .map((volunteer) => ({
                value: volunteer.volunteerId,
                label: `${volunteer.name}${volunteer.skillLabels.length ? `（${volunteer.skillLabels.join('、')}）` : ''}`,
                name: volunteer.name,
              }))}
            onChange={(value: string, option) => {
              const name = Array.isArray(option) ? '' : String(option?.name ?? '');
              props.onPick({ kind: 'volunteer', id: value, name });
            }}
            value={null}
          />
        )}
      </Space>
    </Card>
  );
}

interface PairValues {
  every: Pairing['every'];
  startOn: string;
  needs?: string;
}

/** 建立结对: the household (found by any member's citizen ID), one or two helpers, the visit rhythm. */
function CreatePairingDrawer(props: { open: boolean; community: string; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<PairValues>();
  const [member, setMember] = useState<Person>();
  const [helpers, setHelpers] = useState<Helper[]>([]);
  const [refusal, setRefusal] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const idempotency = useIdempotencyKey();
  const queryClient = useQueryClient();
  const width = useDrawerWidth(600);
  const household = useQuery({
    queryKey: ['person', member?.id, 'household'],
    enabled: Boolean(member),
    queryFn: () => call(api.GET('/registry/persons/{id}/household', { params: { path: { id: member?.id ?? '' } } })),
  });
  const found: Household | null | undefined = household.data?.household;
  const head = found?.members.find((each) => each.personId === found.headPersonId);
  const close = () => {
    setMember(undefined);
    setHelpers([]);
    setRefusal(undefined);
    props.onClose();
  };
  const create = async (values: PairValues) => {
    if (!found?.headPersonId) return;
    if (helpers.length === 0) {
      setRefusal('请至少添加 1 名帮扶人');
      return;
    }
    setSubmitting(true);
    setRefusal(undefined);
    try {
      const pairing = await call(
        api.POST('/volunteering/pairings', {
          params: { header: idempotency.header },
          body: {
            householdId: found.id,
            headPersonId: found.headPersonId,
            helpers: helpers.map((helper) => ({
              kind: helper.kind,
              id: helper.id,
              ...(helper.kind === 'worker' ? { name: helper.name } : {}),
            })),
            every: values.every,
            startOn: dayOf(values.startOn) ?? '',
            ...(values.needs?.trim() ? { needs: values.needs.trim() } : {}),
          },
        }),
      );
      idempotency.renew();
      message.success(`已为 ${pairing.headName} 户建立${pairing.mode}结对`);
      void queryClient.invalidateQueries({ queryKey: ['pairings'] });
      close();
      navigate(`/pairings/${pairing.pairingId}`);
    } catch (error) {
      setRefusal(showProblemAtFields(form, error));
    } finally {
      setSubmitting(false);
    }
  };
  return (
    <Drawer
      open={props.open}
      title="建立结对帮扶"
      width={width}
      onClose={close}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={close}>取消</Button>
          <Button
            type="primary"
            disabled={!found?.headPersonId || helpers.length === 0}
            loading={submitting}
            onClick={() => form.submit()}
          >
            建立结对
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          1. 困难家庭
        </Typography.Title>
        {member ? (
          <>
            <PersonSummary person={member} onChange={() => setMember(undefined)} />
            {household.isLoading && <Typography.Text type="secondary">正在读取户信息…</Typography.Text>}
            {household.data && !found && (
              <Alert type="warning" showIcon message={`${member.name} 尚未编入户，请先在人员详情中为其建户，再建立结对`} />
            )}
            {found && (
              <Card size="small" title={`户主：${head?.person?.name ?? '—'}（共 ${found.size} 人）`}>
                <Typography.Text type="secondary">
                  {found.members.map((each) => `${each.person?.name ?? '—'}（${each.relationshipLabel}）`).join('、')}
                  {found.housingHardship.kind !== 'none' ? ` · ${found.housingHardship.label}` : ''}
                </Typography.Text>
              </Card>
            )}
          </>
        ) : (
          <PersonPicker label="户内任一成员的公民身份号码" onPick={setMember} />
        )}
        <Typography.Title level={5} style={{ margin: 0 }}>
          2. 帮扶人（一帮一或二帮一）
        </Typography.Title>
        <List
          size="small"
          bordered
          dataSource={helpers}
          locale={{ emptyText: '还没有添加帮扶人' }}
          renderItem={(helper, index) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  size="small"
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={`移除${helper.name}`}
                  onClick={() => setHelpers(helpers.filter((_, at) => at !== index))}
                />,
              ]}
            >
              {helper.name} <Tag>{enumLabel('PairingHelperKind', helper.kind)}</Tag>
            </List.Item>
          )}
        />
        {helpers.length < 2 && (
          <HelperPicker
            community={props.community}
            taken={helpers.map((helper) => helper.id)}
            onPick={(helper) => setHelpers((current) => (current.length < 2 ? [...current, helper] : current))}
          />
        )}
        <Typography.Title level={5} style={{ margin: 0 }}>
          3. 走访安排
        </Typography.Title>
        <Form<PairValues>
          form={form}
          layout="vertical"
          initialValues={{ every: 'month', startOn: dayjs() }}
          onFinish={create}
          disabled={!found?.headPersonId}
        >
          <ProFormSelect
            name="every"
            label="走访周期"
            options={enumOptions('PairingFrequency')}
            rules={[{ required: true, message: '请选择走访周期' }]}
          />
          <ProFormDatePicker
            name="startOn"
            label="首次走访日期"
            fieldProps={{ style: { width: '100%' } }}
            rules={[{ required: true, message: '请选择首次走访日期' }]}
          />
          <ProFormTextArea
            name="needs"
            label="困难情况"
            placeholder="如：户主重度残疾，子女在外务工，需要定期代购药品、陪同就医"
            fieldProps={{ maxLength: 500, showCount: true }}
          />
        </Form>
        {refusal && <Alert type="error" showIcon message="未能建立结对" description={refusal} />}
      </Space>
    </Drawer>
  );
}

/** 结对帮扶: the community's pairings, the next visit of each (overdue in red), and new pairings. */
export default function PairingsPage() {
  const user = useUser();
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const communityName = useAreaName(community);
  const [filters, setFilters] = useUrlFilters(['status'] as const);
  const [creating, setCreating] = useState(false);
  const status = filters.status === 'ended' ? 'ended' : 'active';
  const canCreate = mayCall(user.role, 'createPairing');
  const list = usePagedList<Pairing>({
    key: ['pairings', community, status],
    enabled: Boolean(community),
    fetch: (cursor) =>
      call(
        api.GET('/volunteering/pairings', {
          params: { query: { community: community ?? '', status, limit: 50, ...(cursor ? { cursor } : {}) } },
        }),
      ),
  });
  const behind = list.items.filter((pairing) => pairing.behind).length;
  const columns: ColumnsType<Pairing> = [
    {
      title: '帮扶对象（户主）',
      dataIndex: 'headName',
      render: (name: string, pairing) => (
        <Space direction="vertical" size={0}>
          <Link to={`/pairings/${pairing.pairingId}`}>{name} 户</Link>
          {pairing.needs && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: pairing.needs }}>
              {pairing.needs}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: '方式', dataIndex: 'mode', render: (mode: string) => <Tag color="geekblue">{mode}</Tag> },
    { title: '帮扶人', dataIndex: 'helpers', render: (_, pairing) => helpersText(pairing) },
    {
      title: '走访周期',
      dataIndex: 'every',
      responsive: ['md'],
      render: (every: string) => enumLabel('PairingFrequency', every),
    },
    ...(status === 'active'
      ? [
          { title: '下次走访', dataIndex: 'nextDue', render: (_: unknown, pairing: Pairing) => <NextDue pairing={pairing} /> },
          {
            title: '最近走访',
            dataIndex: 'lastVisitedOn',
            responsive: ['md' as const],
            render: (day: string | undefined, pairing: Pairing) =>
              day ? `${dateText(day)}（共 ${pairing.visits} 次）` : '尚未走访',
          },
        ]
      : [
          { title: '结束日期', dataIndex: 'endedOn', render: (day?: string) => dateText(day) },
          { title: '结束理由', dataIndex: 'endReason' },
        ]),
    {
      title: '操作',
      key: 'actions',
      render: (_, pairing) => (
        <Link to={`/pairings/${pairing.pairingId}`}>
          <Button size="small">{pairing.status === 'active' ? '走访记录' : '查看'}</Button>
        </Link>
      ),
    },
  ];
  return (
    <PageContainer
      title="结对帮扶"
      subTitle={`${communityName ? `${communityName} · ` : ''}一帮一、二帮一，定期入户走访困难家庭`}
      extra={
        canCreate &&
        community && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            建立结对
          </Button>
        )
      }
    >
      {!community ? (
        <Empty description="请先在页面顶部选择一个社区" />
      ) : (
        <Card>
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            <Space wrap>
              <Segmented
                value={status}
                onChange={(value) => setFilters({ status: value === 'active' ? undefined : String(value) })}
                options={enumOptions('PairingStatus')}
              />
              {status === 'active' && behind > 0 && <Typography.Text type="danger">{behind} 户逾期未走访</Typography.Text>}
            </Space>
            <PagedTable<Pairing>
              rowKey="pairingId"
              columns={columns}
              onRow={(pairing) => (pairing.behind ? { style: { background: '#fff1f0' } } : {})}
              list={list}
              failure="读取结对失败"
              empty={
                status === 'ended'
                  ? '没有已结束的结对'
                  : '还没有结对帮扶。点右上角“建立结对”，为低保、特困、残疾等困难家庭安排帮扶人。'
              }
            />
          </Space>
        </Card>
      )}
      {community && <CreatePairingDrawer open={creating} community={community} onClose={() => setCreating(false)} />}
    </PageContainer>
  );
}
