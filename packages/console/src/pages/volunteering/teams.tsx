import { PlusOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Form, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { PersonLink } from '../../components/person-link';
import { type Person, PersonPicker, PersonSummary } from '../../components/person-picker';
import { useUrlFilters } from '../../components/url-filters';
import { useVersionConflict, VersionConflictAlert } from '../../components/version-conflict';
import { enumOptions } from '../../labels';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';
import { type Team, VolunteerSelect } from './volunteer-common';

type PartyPost = components['schemas']['PartyPost'];
type TeamKind = Team['kind'];

interface TeamValues {
  kind: TeamKind;
  name: string;
  description?: string;
  leaderIds?: string[];
  buildings?: string[];
}

/** 成立队伍: a vanguard squad names the 6–7 buildings it walks; the others name none. */
function CreateTeamModal(props: { open: boolean; community: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<TeamValues>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const kind = Form.useWatch('kind', form);
  return (
    <ModalForm<TeamValues>
      form={form}
      open={props.open}
      title="成立志愿服务队"
      width={560}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '成立', resetText: '取消' } }}
      onFinish={async (values) => {
        try {
          const team = await call(
            api.POST('/volunteering/teams', {
              params: { header: idempotency.header },
              body: {
                community: props.community,
                kind: values.kind,
                name: values.name,
                ...(values.description?.trim() ? { description: values.description.trim() } : {}),
                leaderIds: values.leaderIds ?? [],
                ...(values.kind === 'vanguard' ? { buildings: values.buildings ?? [] } : {}),
              },
            }),
          );
          idempotency.renew();
          message.success(`已成立${team.name}`);
          void queryClient.invalidateQueries({ queryKey: ['teams'] });
          props.onClose();
          navigate(`/teams/${team.teamId}`);
          return true;
        } catch (error) {
          message.error(showProblemAtFields(form, error));
          return false;
        }
      }}
    >
      <ProFormSelect
        name="kind"
        label="队伍类型"
        options={enumOptions('VolunteerTeamKind')}
        rules={[{ required: true, message: '请选择队伍类型' }]}
      />
      <ProFormText
        name="name"
        label="队名"
        placeholder={kind === 'vanguard' ? '如：第一先锋小分队' : '如：小学社区巾帼志愿服务队'}
        rules={[{ required: true, whitespace: true, message: '请填写队名' }]}
        fieldProps={{ maxLength: 50 }}
      />
      {kind === 'vanguard' && (
        <Form.Item
          name="buildings"
          label="负责楼栋"
          extra="每支先锋小分队分片包 6–7 栋楼，一栋楼只能由一支小分队负责。输入楼栋后按回车。"
          rules={[
            { required: true, message: '先锋小分队须指定负责的楼栋' },
            { type: 'array', max: 7, message: '每支先锋小分队最多负责 7 栋楼' },
          ]}
        >
          <Select mode="tags" placeholder="如：12号楼" tokenSeparators={[',', '，', '、']} open={false} />
        </Form.Item>
      )}
      <Form.Item name="leaderIds" label="队长" extra="队长审核队员本人登记的服务时长；须为本社区已审核的志愿者，可稍后再定。">
        <VolunteerSelect community={props.community} multiple />
      </Form.Item>
      <ProFormTextArea name="description" label="简介" fieldProps={{ maxLength: 500, showCount: true }} />
    </ModalForm>
  );
}

function TeamList(props: { community: string }) {
  const user = useUser();
  const areaName = useAreaName(props.community);
  const [filters, setFilters] = useUrlFilters(['kind'] as const);
  const [creating, setCreating] = useState(false);
  const kind = filters.kind as TeamKind | undefined;
  const teams = useQuery({
    queryKey: ['teams', props.community, kind],
    queryFn: () =>
      call(api.GET('/volunteering/teams', { params: { query: { community: props.community, ...(kind ? { kind } : {}) } } })),
  });
  const columns: ColumnsType<Team> = [
    {
      title: '队名',
      dataIndex: 'name',
      render: (name: string, team) => <Link to={`/teams/${team.teamId}`}>{name}</Link>,
    },
    { title: '类型', dataIndex: 'kindLabel', render: (label: string) => <Tag color="red">{label}</Tag> },
    {
      title: '负责楼栋',
      dataIndex: 'buildings',
      render: (buildings?: string[]) =>
        buildings?.length ? buildings.join('、') : <Typography.Text type="secondary">—</Typography.Text>,
    },
    { title: '队长人数', dataIndex: 'leaderIds', render: (ids: string[]) => (ids.length ? `${ids.length} 名` : '未定') },
    { title: '成立日期', dataIndex: 'createdAt', render: (at: string) => dateText(at) },
  ];
  return (
    <Card>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Select
          allowClear
          placeholder="全部队伍类型"
          style={{ width: 200 }}
          value={kind}
          options={enumOptions('VolunteerTeamKind')}
          onChange={(value?: string) => setFilters({ kind: value })}
          aria-label="队伍类型"
        />
        {mayCall(user.role, 'createTeam') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            成立队伍
          </Button>
        )}
      </Space>
      {teams.error && <Alert type="error" showIcon message={errorMessage(teams.error, '读取队伍失败')} />}
      <Table<Team>
        rowKey="teamId"
        columns={columns}
        dataSource={teams.data?.items ?? []}
        loading={teams.isLoading}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                kind
                  ? '没有这类队伍，换一个类型看看。'
                  : `${areaName ?? '本社区'}还没有志愿服务队。点右上角“成立队伍”：党员巡逻队、青年、老年、巾帼、科普、文化志愿服务队或先锋小分队。`
              }
            />
          ),
        }}
      />
      <CreateTeamModal open={creating} community={props.community} onClose={() => setCreating(false)} />
    </Card>
  );
}

interface PostValues {
  name: string;
  duties: string;
}

/** 设岗定责: the post, the party member holding it (found by citizen ID) and what they answer for, one duty a line. */
function PostModal(props: { open: boolean; community: string; post?: PartyPost | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PostValues>();
  const [holder, setHolder] = useState<Person>();
  const versionConflict = useVersionConflict();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const { post } = props;
  const close = () => {
    setHolder(undefined);
    versionConflict.reset();
    props.onClose();
  };
  return (
    <ModalForm<PostValues>
      form={form}
      open={props.open}
      title={post ? `调整岗位：${post.name}` : '设立党员岗位'}
      width={600}
      initialValues={post ? { name: post.name, duties: post.duties.join('\n') } : undefined}
      modalProps={{ onCancel: close, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: post ? '保存' : '设立', resetText: '取消' } }}
      onFinish={async (values) => {
        const holderPersonId = holder?.id ?? post?.holderPersonId;
        if (!holderPersonId) {
          message.warning('请先用公民身份号码找到在岗党员');
          return false;
        }
        const duties = values.duties
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        versionConflict.reset();
        try {
          if (post) {
            await call(
              api.PUT('/volunteering/party-posts/{id}', {
                params: { path: { id: post.postId } },
                body: { name: values.name, holderPersonId, duties, version: post.version },
              }),
            );
          } else {
            await call(
              api.POST('/volunteering/party-posts', {
                params: { header: idempotency.header },
                body: { community: props.community, name: values.name, holderPersonId, duties },
              }),
            );
            idempotency.renew();
          }
          message.success(post ? '已保存岗位' : '已设立岗位');
          void queryClient.invalidateQueries({ queryKey: ['party-posts'] });
          close();
          return true;
        } catch (error) {
          if (!versionConflict.caught(error)) message.error(showProblemAtFields(form, error));
          return false;
        }
      }}
    >
      {versionConflict.shown && (
        <VersionConflictAlert
          onRefresh={() => {
            void queryClient.invalidateQueries({ queryKey: ['party-posts'] });
            close();
          }}
        />
      )}
      <ProFormText
        name="name"
        label="岗位名称"
        placeholder="如：楼道长岗、政策宣传岗、矛盾调解岗"
        rules={[{ required: true, whitespace: true, message: '请填写岗位名称' }]}
      />
      <Form.Item label="在岗党员" required>
        {holder ? (
          <PersonSummary person={holder} onChange={() => setHolder(undefined)} />
        ) : post ? (
          <Typography.Text>
            现任：
            <PersonLink id={post.holderPersonId} name={post.holderName} />
          </Typography.Text>
        ) : (
          <PersonPicker label="在岗党员的公民身份号码" onPick={setHolder} />
        )}
        {post && !holder && (
          <div style={{ marginTop: 8 }}>
            <PersonPicker label="更换在岗党员（公民身份号码）" onPick={setHolder} />
          </div>
        )}
      </Form.Item>
      <ProFormTextArea
        name="duties"
        label="岗位职责"
        placeholder={'每行一项，如：\n每周巡查负责楼道一次\n收集居民意见并按时反馈'}
        fieldProps={{ rows: 4 }}
        rules={[{ required: true, whitespace: true, message: '请至少填写一项岗位职责' }]}
      />
    </ModalForm>
  );
}

function PartyPosts(props: { community: string }) {
  const user = useUser();
  const [editing, setEditing] = useState<PartyPost | 'new'>();
  const posts = useQuery({
    queryKey: ['party-posts', props.community],
    queryFn: () => call(api.GET('/volunteering/party-posts', { params: { query: { community: props.community } } })),
  });
  const canEdit = mayCall(user.role, 'updatePartyPost');
  const columns: ColumnsType<PartyPost> = [
    { title: '岗位', dataIndex: 'name' },
    {
      title: '在岗党员',
      dataIndex: 'holderName',
      render: (name: string, post) => <PersonLink id={post.holderPersonId} name={name} />,
    },
    {
      title: '岗位职责',
      dataIndex: 'duties',
      render: (duties: string[]) => (
        <ol style={{ margin: 0, paddingLeft: 18 }}>
          {duties.map((duty) => (
            <li key={duty}>{duty}</li>
          ))}
        </ol>
      ),
    },
    { title: '设立日期', dataIndex: 'createdAt', render: (at: string) => dateText(at) },
    ...(canEdit
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, post: PartyPost) => (
              <Button size="small" onClick={() => setEditing(post)}>
                调整
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      title="党员设岗定责"
      extra={
        mayCall(user.role, 'createPartyPost') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            设立岗位
          </Button>
        )
      }
    >
      {posts.error && <Alert type="error" showIcon message={errorMessage(posts.error, '读取党员岗位失败')} />}
      <Table<PartyPost>
        rowKey="postId"
        columns={columns}
        dataSource={posts.data?.items ?? []}
        loading={posts.isLoading}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description="还没有设立党员岗位。点右上角“设立岗位”，用公民身份号码找到在岗党员并写明职责。"
            />
          ),
        }}
      />
      <PostModal
        open={editing !== undefined}
        community={props.community}
        post={editing === 'new' ? undefined : editing}
        onClose={() => setEditing(undefined)}
      />
    </Card>
  );
}

export default function TeamsPage() {
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const [filters, setFilters] = useUrlFilters(['tab'] as const);
  const tab = filters.tab === 'posts' ? 'posts' : 'teams';
  return (
    <PageContainer
      title="志愿服务队"
      subTitle="社区的志愿服务队、先锋小分队分片包楼，党员设岗定责"
      tabActiveKey={tab}
      onTabChange={(key) => setFilters({ tab: key === 'teams' ? undefined : key })}
      tabList={[
        { key: 'teams', tab: '队伍' },
        { key: 'posts', tab: '党员岗位' },
      ]}
    >
      {!community ? (
        <Empty description="请先在页面顶部选择一个社区。" />
      ) : tab === 'teams' ? (
        <TeamList community={community} />
      ) : (
        <PartyPosts community={community} />
      )}
    </PageContainer>
  );
}
