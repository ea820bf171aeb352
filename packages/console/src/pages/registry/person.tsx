import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { PageContainer, ProDescriptions } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Result, Skeleton, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiProblem, api, call } from '../../api/client';
import { problemText } from '../../api/problem';
import { mayCall, mayReveal } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { PersonGroups } from '../../components/group-person-panel';
import { MoveOutButton, MovePersonButton, RecordDeathButton } from '../../components/person-actions';
import { PersonCertificates } from '../../components/person-certificates';
import { PersonHousehold } from '../../components/person-household';
import { type PersonView, personTags } from '../../components/person-table';
import { PersonVisits } from '../../components/person-visits';
import { VisitDrawer } from '../../components/visit-form';
import { personStatusLabel, residenceLabel, sexLabel } from '../../labels';
import { useGrids } from '../../layout/area-hooks';

function AuditTrail({ personId }: { personId: string }) {
  const audit = useQuery({
    queryKey: ['person', personId, 'audit'],
    queryFn: () => call(api.GET('/registry/persons/{id}/audit', { params: { path: { id: personId }, query: { limit: 50 } } })),
  });
  return (
    <Table
      rowKey={(entry) => `${entry.at}-${entry.action}`}
      size="small"
      loading={audit.isLoading}
      dataSource={audit.data?.items ?? []}
      pagination={false}
      columns={[
        { title: '时间', dataIndex: 'at', render: (at: string) => new Date(at).toLocaleString('zh-CN') },
        { title: '操作', dataIndex: 'action' },
        { title: '办理人', dataIndex: 'actor' },
        { title: '涉及字段', dataIndex: 'fields', render: (fields?: string[]) => fields?.join('、') ?? '—' },
        { title: '原因', dataIndex: 'reason', render: (reason?: string) => reason ?? '—' },
      ]}
    />
  );
}

function Identity({ person, gridName }: { person: PersonView; gridName: (code: string) => string | undefined }) {
  return (
    <ProDescriptions<PersonView>
      column={{ xs: 1, sm: 2, md: 3 }}
      dataSource={person}
      columns={[
        { title: '姓名', dataIndex: 'name' },
        {
          title: '公民身份号码',
          dataIndex: 'citizenId',
          render: (_, record) => (
            <Typography.Text copyable={!record.citizenId.includes('*')} style={{ fontFamily: 'monospace' }}>
              {record.citizenId}
            </Typography.Text>
          ),
        },
        { title: '性别', dataIndex: 'sex', render: (_, record) => sexLabel(record.sex) },
        { title: '出生日期', dataIndex: 'birthDate' },
        { title: '年龄', dataIndex: 'age', render: (_, record) => `${record.age} 岁` },
        { title: '电话', dataIndex: 'phone', render: (_, record) => record.phone ?? '未登记' },
        { title: '户籍类型', dataIndex: 'residence', render: (_, record) => residenceLabel(record.residence) },
        ...(person.migrant
          ? [
              { title: '流出地', key: 'origin', render: () => person.migrant?.origin },
              { title: '来本地日期', key: 'arrival', render: () => person.migrant?.arrivalDate },
            ]
          : []),
        {
          title: '所属网格',
          dataIndex: 'area',
          render: (_, record) => (record.area.includes('-') ? (gridName(record.area) ?? record.area) : '未划网格'),
        },
        {
          title: '楼栋 / 房号',
          key: 'address',
          render: () => [person.building, person.room].filter(Boolean).join(' ') || '未登记',
        },
        { title: '状态', dataIndex: 'status', render: (_, record) => personStatusLabel(record.status) },
        ...(person.movedOut
          ? [{ title: '迁出', key: 'movedOut', render: () => `${person.movedOut?.date} 迁往 ${person.movedOut?.destination}` }]
          : []),
        ...(person.death ? [{ title: '死亡日期', key: 'death', render: () => person.death?.dateOfDeath }] : []),
        { title: '登记时间', dataIndex: 'createdAt', render: (_, record) => new Date(record.createdAt).toLocaleString('zh-CN') },
      ]}
    />
  );
}

export default function PersonPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [revealed, setRevealed] = useState(false);
  const [visiting, setVisiting] = useState(false);
  const person = useQuery({
    queryKey: ['person', id, revealed],
    queryFn: () =>
      call(api.GET('/registry/persons/{id}', { params: { path: { id }, query: revealed ? { reveal: 'true' } : {} } })),
  });
  const { gridName } = useGrids(person.data?.area);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['person', id] });
  const done = (updated: PersonView) => {
    queryClient.setQueryData(['person', id, revealed], updated);
    void refresh();
  };

  if (person.isLoading) {
    return (
      <PageContainer title="人员详情">
        <Card>
          <Skeleton active />
        </Card>
      </PageContainer>
    );
  }
  if (person.error || !person.data) {
    const problem = person.error instanceof ApiProblem ? person.error.problem : undefined;
    return (
      <Result
        status={problem?.status === 403 ? '403' : '404'}
        title={problem?.status === 403 ? '无权查看此人' : '没有找到这个人'}
        subTitle={problem ? problemText(problem) : undefined}
        extra={<Button onClick={() => navigate('/persons')}>回到人员台账</Button>}
      />
    );
  }
  const data = person.data;
  const active = data.status === 'active';
  const actionProps = { person: data, onDone: done, onRefresh: refresh };
  const tabs = [
    { key: 'identity', label: '基本信息', children: <Identity person={data} gridName={gridName} /> },
    { key: 'household', label: '户', children: <PersonHousehold personId={id} /> },
    { key: 'groups', label: '特殊群体', children: <PersonGroups personId={id} reveal={revealed} /> },
    {
      key: 'visits',
      label: '走访',
      children: (
        <>
          {active && mayCall(user.role, 'recordVisit') && (
            <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setVisiting(true)}>
              记录走访
            </Button>
          )}
          <PersonVisits personId={id} />
        </>
      ),
    },
    {
      key: 'certificates',
      label: '证照',
      children: <PersonCertificates personId={id} mayApply={active && mayCall(user.role, 'applyForCertificate')} />,
    },
    ...(mayCall(user.role, 'listPersonAudit')
      ? [{ key: 'audit', label: '审计记录', children: <AuditTrail personId={id} /> }]
      : []),
  ];
  return (
    <PageContainer
      title={data.name}
      subTitle={personTags(data)}
      onBack={() => navigate(-1)}
      extra={
        <Space wrap>
          {mayReveal(user.role) && !revealed && (
            <Button
              icon={<EyeOutlined />}
              onClick={() => {
                setRevealed(true);
                message.info('已显示完整号码；本次查看已记入审计');
              }}
            >
              查看完整号码
            </Button>
          )}
          {active && mayCall(user.role, 'updatePerson') && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/persons/${id}/edit`)}>
              修改
            </Button>
          )}
          {active && mayCall(user.role, 'movePerson') && <MovePersonButton {...actionProps} />}
          {active && mayCall(user.role, 'movePersonOut') && <MoveOutButton {...actionProps} />}
          {active && mayCall(user.role, 'recordPersonDeath') && <RecordDeathButton {...actionProps} />}
        </Space>
      }
    >
      {!active && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`此人${personStatusLabel(data.status)}：记录保留，仅供查阅`}
        />
      )}
      <Card>
        <Tabs items={tabs} />
      </Card>
      <VisitDrawer
        person={visiting ? { id, name: data.name } : undefined}
        onClose={() => {
          setVisiting(false);
          void queryClient.invalidateQueries({ queryKey: ['visits', id] });
        }}
      />
    </PageContainer>
  );
}
