import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Drawer, Empty, Menu, Modal, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { useGrids } from '../../components/grid-names';
import {
  type AnyGroup,
  attributeText,
  type GroupEntry,
  isShownAttribute,
  mayJoin,
  mayLeave,
  mayRecord,
  useGroupCatalogue,
} from '../../components/group-catalogue';
import { GroupMembershipModal, LeaveGroupModal } from '../../components/group-membership-form';
import { PersonGroups } from '../../components/group-person-panel';
import { usePagedList } from '../../components/paged-list';
import { PersonPicker } from '../../components/person-picker';
import { useUrlFilters } from '../../components/url-filters';
import { useDownload } from '../../components/use-download';
import { sexLabel } from '../../labels';
import { areaLevel, useWorkArea } from '../../layout/work-area';

type Member = components['schemas']['GroupMember'];

const PAGE_SIZE = 20;
const filterNames = ['group', 'grid', 'category', 'grade'] as const;

/** How the 台账 are kept on paper: the side list follows it; a group not named here is listed under 其他. */
const sections: { title: string; groups: string[] }[] = [
  { title: '残疾人', groups: ['disabled'] },
  { title: '老年人', groups: ['elderly', 'elderly-80', 'empty-nest', 'living-alone', 'solitary-elderly'] },
  { title: '三留守', groups: ['left-behind-child', 'left-behind-woman', 'left-behind-elderly'] },
  { title: '困难群众', groups: ['dibao', 'tekun'] },
  { title: '就业', groups: ['unemployed', 'laid-off'] },
  { title: '优抚对象', groups: ['military-family', 'martyr-family', 'active-military', 'transferred-officer'] },
  { title: '长期服药', groups: ['mental-illness'] },
  { title: '计生', groups: ['women-childbearing-age'] },
];

/** Derived groups are counted by the population figures, the stored ones by the group figures. */
const populationFigure: Record<string, 'elderly60plus' | 'elderly80plus' | 'women15to49'> = {
  elderly: 'elderly60plus',
  'elderly-80': 'elderly80plus',
  'women-childbearing-age': 'women15to49',
};

/** Members in the side list: one read of the group figures and one of the population for the area. */
function useGroupCounts(area: string | undefined) {
  const groups = useQuery({
    queryKey: ['statistics', 'groups', area],
    enabled: Boolean(area),
    queryFn: () => call(api.GET('/statistics/groups', { params: { query: { area: area ?? '' } } })),
  });
  const population = useQuery({
    queryKey: ['statistics', 'population', area],
    enabled: Boolean(area),
    queryFn: () => call(api.GET('/statistics/population', { params: { query: { area: area ?? '' } } })),
  });
  return (group: string): number | undefined => {
    const figure = populationFigure[group];
    if (figure) return population.data?.[figure];
    return groups.data?.groups.find((item) => item.group === group)?.members;
  };
}

function GroupList(props: {
  items: GroupEntry[];
  selected: string;
  onSelect: (group: string) => void;
  count: (group: string) => number | undefined;
}) {
  const named = new Set(sections.flatMap((section) => section.groups));
  const others = props.items.filter((entry) => !named.has(entry.group)).map((entry) => entry.group);
  const entryOf = (group: string) => props.items.find((entry) => entry.group === group);
  return (
    <Menu
      mode="inline"
      selectedKeys={[props.selected]}
      onClick={({ key }) => props.onSelect(key)}
      style={{ borderInlineEnd: 'none' }}
      items={[...sections, { title: '其他', groups: others }]
        .filter((section) => section.groups.some(entryOf))
        .map((section) => ({
          type: 'group' as const,
          key: section.title,
          label: section.title,
          children: section.groups.flatMap((group) => {
            const entry = entryOf(group);
            if (!entry) return [];
            const count = props.count(group);
            return [
              {
                key: group,
                title: entry.label,
                label: (
                  <span style={{ display: 'flex', gap: 8 }}>
                    <span style={{ flex: 1, overflow: 'hidden', textOverflow: 'ellipsis' }}>{entry.label}</span>
                    <span style={{ color: count ? undefined : '#bfbfbf' }}>{count ?? '…'}</span>
                  </span>
                ),
              },
            ];
          }),
        }))}
    />
  );
}

/** 类别 × 等级 of the disabled in the area; a number filters the list to its cell. */
function DisabledTable(props: {
  area: string;
  onPick: (category?: string, grade?: string) => void;
  category?: string;
  grade?: string;
}) {
  const counts = useQuery({
    queryKey: ['statistics', 'disabled', props.area],
    queryFn: () => call(api.GET('/statistics/disabled', { params: { query: { area: props.area } } })),
  });
  const grades = ['1', '2', '3', '4'];
  const gradeNames: Record<string, string> = { 1: '一级', 2: '二级', 3: '三级', 4: '四级' };
  const cell = (value: number | undefined, category?: string, grade?: string) => {
    const active = props.category === category && props.grade === grade;
    return (
      <Typography.Link strong={active} onClick={() => props.onPick(category, grade)} disabled={!value}>
        {value ?? 0}
      </Typography.Link>
    );
  };
  type Row = { category: string; label: string; total: number; byGrade: Record<string, number> };
  const rows: Row[] = counts.data?.categories ?? [];
  return (
    <Table<Row>
      size="small"
      bordered
      loading={counts.isLoading}
      pagination={false}
      rowKey="category"
      dataSource={rows}
      style={{ marginBottom: 16 }}
      columns={[
        { title: '残疾类别', dataIndex: 'label' },
        ...grades.map((grade) => ({
          title: gradeNames[grade],
          key: grade,
          align: 'right' as const,
          render: (_: unknown, row: Row) => cell(row.byGrade[grade], row.category, grade),
        })),
        { title: '合计', key: 'total', align: 'right', render: (_, row) => cell(row.total, row.category) },
      ]}
      summary={() =>
        counts.data && (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            {grades.map((grade, index) => (
              <Table.Summary.Cell key={grade} index={index + 1} align="right">
                {cell(counts.data.byGrade[grade], undefined, grade)}
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={5} align="right">
              {cell(counts.data.total)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}

/** The attributes a 台账 shows as columns: the short ones, at most four (notes and plans are on the person's page). */
const keyAttributes = (entry: GroupEntry) =>
  entry.attributes.filter((attribute) => attribute.type !== 'long-text' && isShownAttribute(attribute)).slice(0, 4);

export default function GroupsPage() {
  const user = useUser();
  const { area: workArea } = useWorkArea();
  const catalogue = useGroupCatalogue();
  const [filters, setFilters] = useUrlFilters(filterNames);
  const { grids, gridName, community } = useGrids(workArea);
  const fixedGrid = workArea && areaLevel(workArea) === 'grid' ? workArea : undefined;
  const listArea = fixedGrid ?? filters.grid ?? community;
  const group = filters.group ?? 'disabled';
  const entry = catalogue.entryOf(group);
  const count = useGroupCounts(listArea);
  const [picking, setPicking] = useState(false);
  const [editing, setEditing] = useState<{ personId: string; group: string }>();
  const [leaving, setLeaving] = useState<{ personId: string; group: string }>();
  const [viewing, setViewing] = useState<Member>();
  const exporter = useDownload();
  const faceted = Boolean(entry?.facets);
  // The list's own filters, so the spreadsheet holds exactly the members on screen.
  const facetFilters = {
    ...(faceted && filters.category ? { category: filters.category } : {}),
    ...(faceted && filters.grade ? { grade: filters.grade } : {}),
  };

  const list = usePagedList<Member>({
    key: ['group-members', group, listArea, filters.category, filters.grade],
    enabled: Boolean(listArea && entry),
    fetch: (cursor) =>
      call(
        api.GET('/registry/groups/{group}/members', {
          params: {
            path: { group: group as AnyGroup },
            query: {
              area: listArea ?? '',
              limit: PAGE_SIZE,
              ...(facetFilters.category ? { category: facetFilters.category } : {}),
              ...(facetFilters.grade ? { grade: Number(facetFilters.grade) } : {}),
              ...(cursor ? { cursor } : {}),
            },
          },
        }),
      ),
  });

  const exportList = async () => {
    if (!listArea || !entry) return;
    const query = new URLSearchParams({ area: listArea, ...facetFilters });
    await exporter.run(`/registry/groups/${encodeURIComponent(group)}/members/export?${query}`, `${entry.label}台账.xlsx`);
  };

  if (!workArea) {
    return (
      <PageContainer title="特殊群体台账">
        <Alert type="info" showIcon message="请先在页面右上角选择要查看的社区或网格。" />
      </PageContainer>
    );
  }

  const mayWrite = mayCall(user.role, 'setGroupMembership');
  const columns: ColumnsType<Member> = [
    {
      title: '姓名',
      dataIndex: 'name',
      render: (name: string, member) => <Link to={`/persons/${member.personId}`}>{name}</Link>,
    },
    { title: '性别 / 年龄', key: 'sex', render: (_, member) => `${sexLabel(member.sex)} · ${member.age} 岁` },
    { title: '网格', dataIndex: 'area', render: (area: string) => gridName(area) },
    ...(entry ? keyAttributes(entry) : []).map((attribute) => ({
      title: attribute.label,
      key: attribute.name,
      render: (_: unknown, member: Member) => attributeText(attribute, member.attributes?.[attribute.name]),
    })),
    ...(entry?.kind === 'managed'
      ? [{ title: '纳入日期', dataIndex: 'joinedAt', width: 110, render: (at: string | undefined) => dateText(at) }]
      : [{ title: '出生日期', dataIndex: 'birthDate', width: 110 }]),
  ];
  const managed = entry?.kind === 'managed' && mayWrite;
  const mayAdjust = managed && entry.attributes.some((attribute) => mayRecord(attribute, user.role));
  const mayRemove = managed && mayLeave(entry, user.role);
  columns.push({
    title: '操作',
    key: 'actions',
    fixed: 'right',
    render: (_, member) => (
      <Space size="small">
        {mayAdjust && <Typography.Link onClick={() => setEditing({ personId: member.personId, group })}>调整</Typography.Link>}
        {mayRemove && (
          <Typography.Link type="danger" onClick={() => setLeaving({ personId: member.personId, group })}>
            退出
          </Typography.Link>
        )}
        <Typography.Link onClick={() => setViewing(member)}>全部群体</Typography.Link>
      </Space>
    ),
  });

  const total = count(group);
  const selectGroup = (next: string) => setFilters({ group: next, category: undefined, grade: undefined });

  return (
    <PageContainer title="特殊群体台账" subTitle="按群体查看本社区（网格）的名单和人数">
      <Row gutter={16} wrap={false}>
        <Col flex="250px">
          <Card size="small" styles={{ body: { padding: 4 } }} loading={catalogue.query.isLoading}>
            <GroupList items={catalogue.items} selected={group} onSelect={selectGroup} count={count} />
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card
            title={
              <Space>
                {entry?.label ?? '特殊群体'}
                {total !== undefined && <Typography.Text type="secondary">共 {total} 人</Typography.Text>}
              </Space>
            }
            extra={
              <Space>
                <Button
                  icon={<DownloadOutlined />}
                  loading={exporter.busy}
                  disabled={!listArea || !entry}
                  onClick={exportList}
                  data-testid="group-export"
                >
                  导出 Excel
                </Button>
                {entry?.kind === 'managed' && mayWrite && mayJoin(entry, user.role) && (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setPicking(true)} data-testid="group-join">
                    纳入{entry.label}
                  </Button>
                )}
              </Space>
            }
          >
            {entry && (
              <Space wrap style={{ marginBottom: 16 }}>
                {entry.kind === 'derived' ? (
                  <Tag color="blue">按出生日期每天推算，无需登记</Tag>
                ) : (
                  <Tag>
                    {entry.managedBy === 'community' ? '纳入和退出由社区工作者办理，网格员可记录部分属性' : '网格员可纳入和退出'}
                  </Tag>
                )}
                {entry.eligibility && <Tag>{entry.eligibility}</Tag>}
              </Space>
            )}
            {group === 'disabled' && listArea && (
              <DisabledTable
                area={listArea}
                {...(filters.category ? { category: filters.category } : {})}
                {...(filters.grade ? { grade: filters.grade } : {})}
                onPick={(category, grade) => setFilters({ category, grade })}
              />
            )}
            <Space wrap style={{ marginBottom: 16 }}>
              {!fixedGrid && (
                <Select
                  style={{ width: 200 }}
                  allowClear
                  placeholder="全部网格"
                  value={filters.grid}
                  onChange={(grid?: string) => setFilters({ grid })}
                  options={grids.map((grid) => ({ value: grid.code, label: grid.name }))}
                  aria-label="网格"
                />
              )}
              {entry?.facets?.category && (
                <Select
                  style={{ width: 160 }}
                  allowClear
                  placeholder="全部类别"
                  value={filters.category}
                  onChange={(category?: string) => setFilters({ category })}
                  options={entry.facets.category.options.map((option) => ({ value: String(option.value), label: option.label }))}
                  aria-label="残疾类别"
                />
              )}
              {entry?.facets?.grade && (
                <Select
                  style={{ width: 120 }}
                  allowClear
                  placeholder="全部等级"
                  value={filters.grade}
                  onChange={(grade?: string) => setFilters({ grade })}
                  options={entry.facets.grade.options.map((option) => ({ value: String(option.value), label: option.label }))}
                  aria-label="残疾等级"
                />
              )}
            </Space>
            <Table<Member>
              rowKey="personId"
              size="middle"
              loading={list.loading}
              dataSource={list.items}
              columns={columns}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: <Empty description={`${listArea ? '' : '请选择社区，'}没有符合条件的人员`} /> }}
              data-testid="group-members"
            />
            {list.pager}
          </Card>
        </Col>
      </Row>
      <Modal
        open={picking}
        onCancel={() => setPicking(false)}
        footer={null}
        destroyOnHidden
        title={`纳入${entry?.label ?? ''}：先找到这个人`}
      >
        <PersonPicker
          onPick={(person) => {
            setPicking(false);
            setEditing({ personId: person.id, group });
          }}
        />
      </Modal>
      {editing && (
        <GroupMembershipModal personId={editing.personId} group={editing.group} open onClose={() => setEditing(undefined)} />
      )}
      <Drawer
        open={Boolean(viewing)}
        onClose={() => setViewing(undefined)}
        width={720}
        destroyOnHidden
        title={viewing && `${viewing.name}的特殊群体`}
        extra={viewing && <Link to={`/persons/${viewing.personId}`}>打开人员页</Link>}
      >
        {viewing && <PersonGroups personId={viewing.personId} />}
      </Drawer>
      {leaving && (
        <LeaveGroupModal personId={leaving.personId} group={leaving.group} open onClose={() => setLeaving(undefined)} />
      )}
    </PageContainer>
  );
}
