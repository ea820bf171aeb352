import { EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { useVersionConflict, VersionConflictAlert } from '../../components/version-conflict';
import { useAreaName } from '../../layout/work-area';
import { PendingHours } from './hours-review';
import { hoursText, type Team, VolunteerSelect } from './volunteer-common';

interface Member {
  volunteerId: string;
  name: string;
  joinedAt: string;
  leader: boolean;
}

interface EditValues {
  name: string;
  description?: string;
  leaderIds?: string[];
  buildings?: string[];
}

function EditTeamModal(props: { team: Team | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const versionConflict = useVersionConflict();
  const queryClient = useQueryClient();
  const { team } = props;
  return (
    <ModalForm<EditValues>
      form={form}
      open={Boolean(team)}
      title="修改队伍"
      width={560}
      initialValues={
        team
          ? { name: team.name, description: team.description, leaderIds: team.leaderIds, buildings: team.buildings ?? [] }
          : undefined
      }
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '保存', resetText: '取消' } }}
      onFinish={async (values) => {
        if (!team) return false;
        versionConflict.reset();
        try {
          await call(
            api.PUT('/volunteering/teams/{id}', {
              params: { path: { id: team.teamId } },
              body: {
                name: values.name,
                ...(values.description?.trim() ? { description: values.description.trim() } : {}),
                leaderIds: values.leaderIds ?? [],
                ...(team.kind === 'vanguard' ? { buildings: values.buildings ?? [] } : {}),
                version: team.version,
              },
            }),
          );
          message.success('已保存');
          void queryClient.invalidateQueries({ queryKey: ['team', team.teamId] });
          void queryClient.invalidateQueries({ queryKey: ['teams'] });
          props.onClose();
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
            void queryClient.invalidateQueries({ queryKey: ['team'] });
            props.onClose();
          }}
        />
      )}
      <ProFormText name="name" label="队名" rules={[{ required: true, whitespace: true, message: '请填写队名' }]} />
      {team?.kind === 'vanguard' && (
        <Form.Item
          name="buildings"
          label="负责楼栋"
          extra="输入楼栋后按回车；最多 7 栋，一栋楼只能由一支小分队负责。"
          rules={[
            { required: true, message: '先锋小分队须指定负责的楼栋' },
            { type: 'array', max: 7, message: '每支先锋小分队最多负责 7 栋楼' },
          ]}
        >
          <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
      )}
      <Form.Item name="leaderIds" label="队长" extra="队长审核队员本人登记的服务时长。">
        <VolunteerSelect community={team?.community} multiple />
      </Form.Item>
      <ProFormTextArea name="description" label="简介" fieldProps={{ maxLength: 500, showCount: true }} />
    </ModalForm>
  );
}

function Members(props: { team: Team; members: Member[] }) {
  const user = useUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const { team } = props;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['team', team.teamId] });
  const add = async () => {
    if (!adding) return;
    setBusy('add');
    try {
      const member = await call(
        api.PUT('/volunteering/teams/{id}/members/{volunteerId}', { params: { path: { id: team.teamId, volunteerId: adding } } }),
      );
      message.success(`${member.name} 已入队`);
      setAdding(undefined);
      refresh();
    } catch (error) {
      message.error({ content: errorMessage(error, '入队失败，请重试'), duration: 8 });
    } finally {
      setBusy(undefined);
    }
  };
  const remove = async (member: Member) => {
    setBusy(member.volunteerId);
    try {
      await call(
        api.DELETE('/volunteering/teams/{id}/members/{volunteerId}', {
          params: { path: { id: team.teamId, volunteerId: member.volunteerId } },
        }),
      );
      message.success(`${member.name} 已离队`);
      refresh();
    } catch (error) {
      message.error({ content: errorMessage(error, '离队失败，请重试'), duration: 8 });
    } finally {
      setBusy(undefined);
    }
  };
  const canAdd = mayCall(user.role, 'addTeamMember');
  const canRemove = mayCall(user.role, 'removeTeamMember');
  const columns: ColumnsType<Member> = [
    {
      title: '姓名',
      dataIndex: 'name',
      render: (name: string, member) => (
        <Space>
          <Link to={`/volunteers/${member.volunteerId}`}>{name}</Link>
          {member.leader && <Tag color="gold">队长</Tag>}
        </Space>
      ),
    },
    { title: '入队日期', dataIndex: 'joinedAt', render: (at: string) => dateText(at) },
    ...(canRemove
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, member: Member) =>
              member.leader ? (
                <Typography.Text type="secondary">队长须先卸任才能离队</Typography.Text>
              ) : (
                <Popconfirm title={`让 ${member.name} 离队？`} okText="离队" cancelText="取消" onConfirm={() => remove(member)}>
                  <Button size="small" danger loading={busy === member.volunteerId}>
                    离队
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];
  return (
    <Card title={`队员（${props.members.length} 名）`}>
      {canAdd && (
        <Space.Compact style={{ width: '100%', maxWidth: 520, marginBottom: 16 }}>
          <VolunteerSelect
            community={team.community}
            value={adding}
            onChange={(value) => setAdding(typeof value === 'string' ? value : undefined)}
            exclude={props.members.map((member) => member.volunteerId)}
            placeholder="输入姓名，把已审核的志愿者加入本队"
          />
          <Button type="primary" icon={<UserAddOutlined />} disabled={!adding} loading={busy === 'add'} onClick={add}>
            入队
          </Button>
        </Space.Compact>
      )}
      <Table<Member>
        rowKey="volunteerId"
        columns={columns}
        dataSource={props.members}
        pagination={false}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="队里还没有队员。在上面输入志愿者姓名，点“入队”。" />
          ),
        }}
      />
    </Card>
  );
}

function TeamHours(props: { team: Team; members: Member[] }) {
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const monthKey = month.format('YYYY-MM');
  const hours = useQuery({
    queryKey: ['hours', 'team', props.team.teamId, monthKey],
    queryFn: () =>
      call(
        api.GET('/volunteering/teams/{id}/hours', { params: { path: { id: props.team.teamId }, query: { month: monthKey } } }),
      ),
  });
  const names = new Map(props.members.map((member) => [member.volunteerId, member.name]));
  return (
    <Card
      title="队伍月度服务时长"
      extra={
        <DatePicker
          picker="month"
          format="YYYY年M月"
          allowClear={false}
          value={month}
          onChange={(value) => value && setMonth(value)}
          aria-label="月份"
        />
      }
    >
      {hours.error && <Alert type="error" showIcon message={errorMessage(hours.error, '读取服务时长失败')} />}
      {hours.isLoading ? (
        <Skeleton active />
      ) : (
        hours.data && (
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Statistic title={`${month.format('YYYY年M月')}已确认时长`} value={hours.data.totalHours} suffix="小时" />
            <Table
              size="small"
              rowKey="volunteerId"
              pagination={false}
              dataSource={hours.data.members}
              columns={[
                {
                  title: '队员',
                  dataIndex: 'name',
                  render: (name: string, row: { volunteerId: string }) => (
                    <Link to={`/volunteers/${row.volunteerId}`}>{name}</Link>
                  ),
                },
                { title: '已确认时长', dataIndex: 'hours', render: (value: number) => hoursText(value) },
                { title: '记录条数', dataIndex: 'entries' },
              ]}
              locale={{ emptyText: '本月还没有已确认的时长' }}
            />
            <Typography.Title level={5} style={{ margin: 0 }}>
              待审核（队员本人登记）
            </Typography.Title>
            <PendingHours entries={hours.data.pending} names={names} linkVolunteers compact />
          </Space>
        )
      )}
    </Card>
  );
}

export default function TeamPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const [editing, setEditing] = useState(false);
  const team = useQuery({
    queryKey: ['team', id],
    queryFn: () => call(api.GET('/volunteering/teams/{id}', { params: { path: { id } } })),
  });
  const communityName = useAreaName(team.data?.community);
  const data = team.data;
  const leaders = data?.members.filter((member) => member.leader).map((member) => member.name) ?? [];
  return (
    <PageContainer
      title={data?.name ?? '队伍详情'}
      onBack={() => history.back()}
      tags={data ? <Tag color="red">{data.kindLabel}</Tag> : undefined}
      extra={
        data &&
        mayCall(user.role, 'updateTeam') && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            修改队伍
          </Button>
        )
      }
    >
      {team.error && <Alert type="error" showIcon message={errorMessage(team.error, '读取队伍失败')} />}
      {!data ? (
        team.isLoading && <Skeleton active />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'community', label: '所属社区', children: communityName ?? '—' },
                { key: 'kind', label: '队伍类型', children: data.kindLabel },
                { key: 'leaders', label: '队长', children: leaders.length > 0 ? leaders.join('、') : '未定' },
                { key: 'created', label: '成立日期', children: dateText(data.createdAt) },
                ...(data.buildings?.length
                  ? [
                      {
                        key: 'buildings',
                        label: '负责楼栋',
                        children: `${data.buildings.join('、')}（${data.buildings.length} 栋）`,
                      },
                    ]
                  : []),
                ...(data.description ? [{ key: 'description', label: '简介', children: data.description }] : []),
              ]}
            />
          </Card>
          <Members team={data} members={data.members} />
          <TeamHours team={data} members={data.members} />
        </Space>
      )}
      <EditTeamModal team={editing ? data : undefined} onClose={() => setEditing(false)} />
    </PageContainer>
  );
}
