import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, Col, Empty, Row, Segmented, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { useIsPhone } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import { enumLabel } from '../../labels';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';
import { type Case, type CaseStatus, DueText, endStatuses, LevelTag, StatusTag, stages, useCaseCategories } from './case-parts';

type Category = components['schemas']['CaseCategoryCode'];
type CasePage = components['schemas']['CasePage'];

/** One status of one community, 100 at a time (the API filters after reading, so a page may hold fewer). */
function useStatusCases(community: string | undefined, status: CaseStatus | undefined, category?: string, overdue?: boolean) {
  return useInfiniteQuery({
    queryKey: ['cases', community, status ?? 'ended', category ?? '', overdue ?? ''],
    enabled: Boolean(community),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: CasePage) => last.cursor,
    queryFn: ({ pageParam }): Promise<CasePage> =>
      call(
        api.GET('/cases', {
          params: {
            query: {
              community: community ?? '',
              limit: 100,
              ...(status ? { status } : {}),
              ...(category ? { category: category as Category } : {}),
              ...(overdue ? { overdue: 'true' as const } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
  });
}

function CaseCard({ item }: { item: Case }) {
  return (
    <Card
      size="small"
      style={{
        marginBottom: 8,
        borderColor: item.overdue ? '#ff4d4f' : undefined,
        background: item.overdue ? '#fff1f0' : undefined,
      }}
      data-testid={`case-card-${item.id}`}
    >
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        <Space size={4} wrap>
          <Link to={`/case/items/${item.id}`}>
            <Typography.Text strong>{item.topic}</Typography.Text>
          </Link>
          <Tag>{item.categoryLabel}</Tag>
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {item.personName ?? '匿名'} · {item.channelLabel} · {dateText(item.filedOn)} 登记
        </Typography.Text>
        {item.assignee && <Typography.Text style={{ fontSize: 12 }}>承办：{item.assignee.name}</Typography.Text>}
        {item.status === 'accepted' && <DueText item={item} />}
        {item.publication && (
          <Typography.Text style={{ fontSize: 12 }}>公示至 {dateText(item.publication.postedUntil)}</Typography.Text>
        )}
        <Space size={4} wrap>
          <LevelTag item={item} />
          {item.reopenings > 0 && <Tag color="orange">重新办理 {item.reopenings} 次</Tag>}
          {item.possibleDuplicates.length > 0 && <Tag color="warning">疑似重复</Tag>}
        </Space>
      </Space>
    </Card>
  );
}

function StageColumn(props: {
  stage: (typeof stages)[number];
  community: string | undefined;
  category: string | undefined;
  overdue: boolean;
}) {
  const { stage } = props;
  const query = useStatusCases(props.community, stage.status, props.category, props.overdue);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const overdueCount = items.filter((item) => item.overdue).length;
  return (
    <Card
      size="small"
      data-testid={`stage-${stage.key}`}
      title={
        <Space>
          <span>{stage.name}</span>
          <Badge count={items.length} showZero color="#8c8c8c" />
          {overdueCount > 0 && <Badge count={`逾期 ${overdueCount}`} color="#ff4d4f" />}
        </Space>
      }
      styles={{ body: { background: '#fafafa', minHeight: 240, padding: 8 } }}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '0 0 8px' }}>
        {stage.hint}
      </Typography.Paragraph>
      {query.error && <Alert type="error" showIcon message={errorMessage(query.error, '读取诉求失败')} />}
      {query.isLoading ? (
        <Card size="small" loading />
      ) : items.length === 0 && !query.error ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无" />
      ) : (
        items.map((item) => <CaseCard key={item.id} item={item} />)
      )}
      {query.hasNextPage && (
        <Button block loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          加载更多
        </Button>
      )}
    </Card>
  );
}

function EndedTable(props: { community: string | undefined; category: string | undefined }) {
  const [filters, setFilters] = useUrlFilters(['ended'] as const);
  const status = endStatuses.includes(filters.ended as CaseStatus) ? (filters.ended as CaseStatus) : 'closed';
  const query = useStatusCases(props.community, status, props.category);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const columns: ColumnsType<Case> = [
    { title: '登记日期', dataIndex: 'filedOn', width: 110, render: (day: string) => dateText(day) },
    {
      title: '诉求事项',
      dataIndex: 'topic',
      render: (topic: string, item) => <Link to={`/case/items/${item.id}`}>{topic}</Link>,
    },
    { title: '类别', dataIndex: 'categoryLabel' },
    { title: '诉求人', dataIndex: 'personName', render: (name?: string) => name ?? '匿名' },
    { title: '状态', dataIndex: 'status', render: (_, item) => <StatusTag item={item} /> },
    {
      title: '按期办结',
      dataIndex: 'handledInTime',
      render: (inTime?: boolean) =>
        inTime === undefined ? '—' : inTime ? <Tag color="green">按期</Tag> : <Tag color="red">逾期办结</Tag>,
    },
    {
      title: '居民评价',
      key: 'satisfaction',
      render: (_, item) => {
        const last = item.followUps.at(-1);
        return last ? enumLabel('CaseSatisfaction', last.satisfaction) : '—';
      },
    },
    { title: '原因 / 去向', key: 'reason', render: (_, item) => item.referredTo ?? item.reason ?? '—' },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Segmented
        value={status}
        onChange={(value) => setFilters({ ended: String(value) })}
        options={endStatuses.map((value) => ({ value, label: enumLabel('CaseStatus', value) }))}
      />
      <Table<Case>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={query.isLoading}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有这一类已结束的诉求" /> }}
      />
      {query.hasNextPage && (
        <Button loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          加载更多
        </Button>
      )}
    </Space>
  );
}

/** 流水线看板: a community's open cases by stage, deadlines and escalations in sight; ended ones in a list. */
export default function CaseBoardPage() {
  const user = useUser();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const communityName = useAreaName(community);
  const categories = useCaseCategories();
  const [filters, setFilters] = useUrlFilters(['view', 'category', 'overdue'] as const);
  const view = filters.view === 'ended' ? 'ended' : 'board';
  return (
    <PageContainer
      title="流水线看板"
      subTitle={isPhone ? undefined : `${communityName ?? ''} 民生流水线：受理 → 限期办理 → 公示反馈 → 跟踪监督`}
      extra={
        mayCall(user.role, 'fileCase')
          ? [
              <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => navigate('/case/new')}>
                登记诉求
              </Button>,
            ]
          : []
      }
    >
      {!community && <Alert type="info" showIcon message="请在页面上方选择一个社区，查看它的民生流水线" />}
      <Space wrap size={12} style={{ marginBottom: 12 }}>
        <Segmented
          value={view}
          onChange={(value) => setFilters({ view: value === 'board' ? undefined : String(value) })}
          options={[
            { value: 'board', label: '办理中' },
            { value: 'ended', label: '已结束' },
          ]}
        />
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder="全部类别"
          value={filters.category}
          onChange={(value?: string) => setFilters({ category: value })}
          options={(categories.data?.items ?? []).map((category) => ({ value: category.code, label: category.label }))}
          aria-label="类别"
        />
        {view === 'board' && (
          <Space>
            <Switch
              checked={filters.overdue === 'true'}
              onChange={(checked) => setFilters({ overdue: checked ? 'true' : undefined })}
              aria-label="只看逾期"
            />
            <span>只看逾期</span>
          </Space>
        )}
      </Space>
      {view === 'board' ? (
        <Row gutter={[12, 12]}>
          {stages.map((stage) => (
            <Col key={stage.key} xs={24} md={12} xl={6}>
              <StageColumn stage={stage} community={community} category={filters.category} overdue={filters.overdue === 'true'} />
            </Col>
          ))}
        </Row>
      ) : (
        <Card>
          <EndedTable community={community} category={filters.category} />
        </Card>
      )}
    </PageContainer>
  );
}
