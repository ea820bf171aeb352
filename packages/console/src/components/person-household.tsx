import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Empty, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import type { components } from '../api/openapi';
import { errorMessage } from '../api/problem';
import { sexLabel } from '../labels';

type Member = components['schemas']['HouseholdMember'];

/** The person's 户: head, members and their relationship to the head, income and housing (for 低保 and 廉租房). */
export function PersonHousehold({ personId }: { personId: string }) {
  const household = useQuery({
    queryKey: ['person', personId, 'household'],
    queryFn: () => call(api.GET('/registry/persons/{id}/household', { params: { path: { id: personId } } })),
  });
  if (household.error) {
    return <Alert type="error" showIcon message={errorMessage(household.error, '读取户信息失败')} />;
  }
  const data = household.data?.household;
  if (household.isLoading) return <Table loading dataSource={[]} />;
  if (!data) return <Empty description="此人尚未编入任何户；可在“户”台账中建立户或加入已有的户" />;
  const head = data.members.find((member) => member.personId === data.headPersonId);
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="户主">{head?.person?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="户成员">{data.size} 人</Descriptions.Item>
        <Descriptions.Item label="家庭人均月收入">
          {data.perCapitaIncome === undefined ? '未登记' : `${data.perCapitaIncome} 元`}
        </Descriptions.Item>
        <Descriptions.Item label="住房">
          {data.housingHardship.kind === 'none' ? '无住房困难' : <Tag color="orange">{data.housingHardship.label}</Tag>}
        </Descriptions.Item>
        {data.address && <Descriptions.Item label="地址">{data.address}</Descriptions.Item>}
      </Descriptions>
      <Table<Member>
        rowKey="personId"
        size="small"
        pagination={false}
        dataSource={data.members}
        columns={[
          {
            title: '姓名',
            key: 'name',
            render: (_, member) =>
              member.personId === personId ? (
                <strong>{member.person?.name ?? '本人'}</strong>
              ) : (
                <Link to={`/persons/${member.personId}`}>{member.person?.name ?? member.personId}</Link>
              ),
          },
          { title: '与户主关系', dataIndex: 'relationshipLabel' },
          { title: '性别', key: 'sex', render: (_, member) => sexLabel(member.person?.sex) },
          { title: '年龄', key: 'age', render: (_, member) => (member.person ? `${member.person.age} 岁` : '—') },
          { title: '公民身份号码', key: 'id', render: (_, member) => member.person?.citizenId ?? '—' },
        ]}
      />
    </>
  );
}
