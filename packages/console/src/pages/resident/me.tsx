import { RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { enumLabel, residenceLabel, sexLabel } from '../../labels';
import { useAreaName } from '../../layout/work-area';
import { screensFor } from '../../routes';

function Failed({ error, what }: { error: unknown; what: string }) {
  return <Alert type="error" showIcon message={errorMessage(error, `读取${what}失败`)} />;
}

/**
 * The resident's screens that have no tab of their own (the tab bar holds five at a phone's width): one
 * line each, for the services the resident's role may use.
 */
function MoreServices() {
  const user = useUser();
  const more = screensFor('resident').filter(
    (screen) =>
      screen.hidden && !screen.path.includes(':') && screen.path !== '/me/cases/new' && mayCall(user.role, screen.operation),
  );
  if (more.length === 0) return null;
  return (
    <Card title="更多服务" size="small">
      <List
        dataSource={more}
        renderItem={(screen) => (
          <List.Item extra={<RightOutlined />} style={{ padding: '12px 0' }}>
            <Link to={screen.path} style={{ flex: 1 }} data-testid={`more-${screen.path}`}>
              {screen.name}
            </Link>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** My record as the registry keeps it (numbers masked), my household, my groups and my cards. */
export default function MyRecordPage() {
  const user = useUser();
  const personId = user.person;
  if (!personId) {
    return (
      <Empty description="您的账号还没有关联到社区登记的人员信息，请带身份证到社区居委会办理关联。" style={{ marginTop: 48 }} />
    );
  }
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <MyIdentity personId={personId} />
      <MyHousehold personId={personId} />
      <MyGroups personId={personId} />
      <MyCertificates personId={personId} />
      <MoreServices />
    </Space>
  );
}

function MyIdentity({ personId }: { personId: string }) {
  const person = useQuery({
    queryKey: ['person', personId],
    queryFn: () => call(api.GET('/registry/persons/{id}', { params: { path: { id: personId } } })),
  });
  const area = useAreaName(person.data?.area);
  if (person.error) return <Failed error={person.error} what="您的信息" />;
  const data = person.data;
  return (
    <Card title="我的信息" size="small">
      {!data ? (
        <Skeleton active />
      ) : (
        <Descriptions column={1} size="small" data-testid="my-record">
          <Descriptions.Item label="姓名">{data.name}</Descriptions.Item>
          <Descriptions.Item label="身份证号">{data.citizenId}</Descriptions.Item>
          <Descriptions.Item label="性别 · 年龄">
            {sexLabel(data.sex)} · {data.age} 岁
          </Descriptions.Item>
          <Descriptions.Item label="电话">{data.phone ?? '未登记'}</Descriptions.Item>
          <Descriptions.Item label="户籍类型">{residenceLabel(data.residence)}</Descriptions.Item>
          <Descriptions.Item label="所在网格">{area ?? data.area}</Descriptions.Item>
          {(data.building || data.room) && (
            <Descriptions.Item label="住址">{[data.building, data.room].filter(Boolean).join(' ')}</Descriptions.Item>
          )}
        </Descriptions>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        证件号和电话只显示部分数字。信息有误请到社区居委会更正。
      </Typography.Paragraph>
    </Card>
  );
}

function MyHousehold({ personId }: { personId: string }) {
  const household = useQuery({
    queryKey: ['person', personId, 'household'],
    queryFn: () => call(api.GET('/registry/persons/{id}/household', { params: { path: { id: personId } } })),
  });
  if (household.error) return <Failed error={household.error} what="户信息" />;
  const data = household.data?.household;
  return (
    <Card title="我的户" size="small">
      {household.isLoading ? (
        <Skeleton active />
      ) : !data ? (
        <Empty description="还没有编入户，请到社区居委会办理。" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={data.members}
          header={
            <Typography.Text type="secondary">
              共 {data.size} 人{data.housingHardship.kind !== 'none' && ` · ${data.housingHardship.label}`}
            </Typography.Text>
          }
          renderItem={(member) => (
            <List.Item>
              <Space>
                <span>{member.person?.name ?? '—'}</span>
                {member.personId === data.headPersonId && <Tag color="blue">户主</Tag>}
              </Space>
              <Typography.Text type="secondary">{member.relationshipLabel}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function MyGroups({ personId }: { personId: string }) {
  const groups = useQuery({
    queryKey: ['person', personId, 'groups'],
    queryFn: () => call(api.GET('/registry/persons/{id}/groups', { params: { path: { id: personId } } })),
  });
  if (groups.error) return <Failed error={groups.error} what="群体信息" />;
  const memberships = groups.data?.memberships ?? [];
  return (
    <Card title="享受关爱的类别" size="small">
      {groups.isLoading ? (
        <Skeleton active />
      ) : memberships.length === 0 ? (
        <Typography.Text type="secondary">暂无</Typography.Text>
      ) : (
        <Space wrap>
          {memberships.map((membership) => (
            <Tag key={membership.group} color="geekblue">
              {membership.label}
              {membership.categoryLabel && ` · ${membership.categoryLabel}`}
              {membership.gradeLabel && ` ${membership.gradeLabel}`}
            </Tag>
          ))}
        </Space>
      )}
    </Card>
  );
}

function MyCertificates({ personId }: { personId: string }) {
  const certificates = useQuery({
    queryKey: ['person', personId, 'certificates'],
    queryFn: () => call(api.GET('/registry/persons/{id}/certificates', { params: { path: { id: personId } } })),
  });
  if (certificates.error) return <Failed error={certificates.error} what="证照" />;
  const items = certificates.data?.items ?? [];
  return (
    <Card title="我的证件和卡" size="small">
      {certificates.isLoading ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Typography.Text type="secondary">暂无</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(certificate) => (
            <List.Item>
              <span>{certificate.typeLabel}</span>
              <Typography.Text type="secondary">
                {enumLabel('CertificateStatus', certificate.status)} · {dateText(certificate.issuedAt ?? certificate.appliedAt)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
