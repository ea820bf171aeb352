import { Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { components } from '../api/openapi';
import { personStatusLabel, residenceLabel, sexLabel } from '../labels';

export type PersonView = components['schemas']['Person'];

/** The facts people scan a register for: derived groups (60+, 育龄妇女) as tags, not columns of booleans. */
export function personTags(person: PersonView) {
  return (
    <Space size={4} wrap>
      {person.status !== 'active' && <Tag color="default">{personStatusLabel(person.status)}</Tag>}
      {person.residence === 'migrant' && <Tag color="orange">流动</Tag>}
      {person.elderly && <Tag color="gold">60岁以上</Tag>}
      {person.womanOfChildbearingAge && <Tag color="magenta">育龄妇女</Tag>}
    </Space>
  );
}

/** A grid by its name when the community named it, else by its number; a person in no grid says so. */
export function gridLabel(area: string, gridName?: (area: string) => string | undefined): string {
  if (!area.includes('-')) return '未划网格';
  return gridName?.(area) ?? `第 ${area.split('-')[1]} 网格`;
}

export function PersonTable(props: {
  persons: PersonView[];
  loading?: boolean;
  gridName?: (area: string) => string | undefined;
}) {
  const columns: ColumnsType<PersonView> = [
    {
      title: '姓名',
      dataIndex: 'name',
      render: (name: string, person) => <Link to={`/persons/${person.id}`}>{name}</Link>,
    },
    { title: '性别', dataIndex: 'sex', width: 64, render: (sex: string) => sexLabel(sex) },
    { title: '年龄', dataIndex: 'age', width: 64 },
    {
      title: '公民身份号码',
      dataIndex: 'citizenId',
      render: (id: string) => <Typography.Text style={{ fontFamily: 'monospace' }}>{id}</Typography.Text>,
    },
    { title: '电话', dataIndex: 'phone', render: (phone?: string) => phone ?? '—' },
    { title: '户籍类型', dataIndex: 'residence', width: 90, render: (residence: string) => residenceLabel(residence) },
    {
      title: '网格',
      dataIndex: 'area',
      render: (area: string) => gridLabel(area, props.gridName),
    },
    {
      title: '楼栋 / 房号',
      key: 'address',
      render: (_, person) => [person.building, person.room].filter(Boolean).join(' ') || '—',
    },
    { title: '标记', key: 'tags', render: (_, person) => personTags(person) },
  ];
  return (
    <Table<PersonView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.persons}
      loading={props.loading}
      pagination={false}
      // Not while loading: "nobody" under a spinner reads as an answer.
      locale={{ emptyText: props.loading ? ' ' : '没有符合条件的人员' }}
      scroll={{ x: 900 }}
    />
  );
}
