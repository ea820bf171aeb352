import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Row, Space, Statistic, Table, Typography } from 'antd';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { useUser } from '../../auth/auth-context';
import { areaLevel, useAreaName } from '../../layout/work-area';
import { childLevelName, useChildNames, useStatisticsArea, useUrlState } from './areas';

type Figures = components['schemas']['SpecialFigures'];
type ChildRow = Figures['children'][number];

export default function FiguresPage() {
  const user = useUser();
  const [filters, setFilters] = useUrlState(['area'] as const);
  const area = useStatisticsArea(filters.area);
  const areaName = useAreaName(area);
  const nameOf = useChildNames(area);
  const figures = useQuery({
    queryKey: ['statistics', 'figures', area],
    enabled: Boolean(area),
    queryFn: () => call(api.GET('/statistics/figures', { params: { query: { area: area ?? '' } } })),
  });
  if (!area) return <Alert type="warning" showIcon message="您的账号没有管辖地区，无法查看统计。" />;
  const data = figures.data;
  const drillable = areaLevel(area) !== 'grid';
  const level = childLevelName(area);
  const columns = [
    {
      title: level || '地区',
      dataIndex: 'name',
      fixed: 'left' as const,
      width: 170,
      render: (name: string, row: ChildRow) =>
        drillable ? (
          <Typography.Link onClick={() => setFilters({ area: row.area })}>{nameOf(row.area, name)}</Typography.Link>
        ) : (
          nameOf(row.area, name)
        ),
    },
    {
      title: '住房困难',
      children: [
        { title: '户数', dataIndex: 'housingHardship', align: 'right' as const },
        { title: '人数', dataIndex: 'housingHardshipPersons', align: 'right' as const },
        ...(data?.housingKinds ?? []).map((kind) => ({
          title: kind.label,
          key: kind.kind,
          align: 'right' as const,
          render: (_: unknown, row: ChildRow) => row.housing[kind.kind] ?? 0,
        })),
      ],
    },
    {
      title: '优抚对象',
      children: [
        { title: '军属', dataIndex: 'militaryFamily', align: 'right' as const },
        { title: '烈属', dataIndex: 'martyrFamily', align: 'right' as const },
        { title: '现役军人', dataIndex: 'activeMilitary', align: 'right' as const },
        { title: '军转干部', dataIndex: 'transferredOfficer', align: 'right' as const },
      ],
    },
    {
      title: '三留守',
      children: [
        { title: '合计（人）', dataIndex: 'leftBehind', align: 'right' as const },
        { title: '留守儿童', dataIndex: 'leftBehindChildren', align: 'right' as const },
        { title: '留守妇女', dataIndex: 'leftBehindWomen', align: 'right' as const },
        { title: '留守老人', dataIndex: 'leftBehindElderly', align: 'right' as const },
      ],
    },
  ];
  const cards = [
    { title: '住房困难户', value: data?.housingHardship, suffix: '户', note: `${data?.housingHardshipPersons ?? 0} 人` },
    { title: '军属', value: data?.militaryFamily, suffix: '人' },
    { title: '烈属', value: data?.martyrFamily, suffix: '人' },
    { title: '现役军人', value: data?.activeMilitary, suffix: '人' },
    { title: '三留守人员', value: data?.leftBehind, suffix: '人', note: '一人多类只计一次' },
    { title: '在册户数', value: data?.households, suffix: '户' },
  ];
  return (
    <PageContainer
      title="专项统计"
      subTitle={`${areaName ?? ''} 住房困难户、优抚对象和三留守人员${level ? `，按${level}列出` : ''}`}
      extra={
        filters.area && area !== user.areas[0] ? <Button onClick={() => setFilters({ area: undefined })}>回到本级</Button> : null
      }
    >
      {figures.error && <Alert type="error" showIcon message={errorMessage(figures.error, '读取统计失败')} />}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={[16, 16]}>
          {cards.map((card) => (
            <Col key={card.title} xs={12} md={8} xl={4}>
              <Card size="small" loading={figures.isLoading}>
                <Statistic title={card.title} value={card.value ?? 0} suffix={card.suffix} />
                {card.note && <Typography.Text type="secondary">{card.note}</Typography.Text>}
              </Card>
            </Col>
          ))}
        </Row>
        <Card title={level ? `各${level}` : '明细'} size="small">
          <Table<ChildRow>
            data-testid="figures-table"
            size="small"
            bordered
            rowKey="area"
            loading={figures.isLoading}
            columns={columns}
            dataSource={data?.children ?? []}
            pagination={false}
            scroll={{ x: 1300 }}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description="下级地区还没有数字：登记户的住房情况、把人员加入军属、三留守等群体后，这里会按地区统计。"
                />
              ),
            }}
          />
        </Card>
      </Space>
    </PageContainer>
  );
}
