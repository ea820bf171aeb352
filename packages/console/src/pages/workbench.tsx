import { PageContainer, StatisticCard } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, Col, Empty, List, Progress, Row, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import { mayCall } from '../auth/access';
import { useUser } from '../auth/auth-context';
import { useGrids } from '../layout/area-hooks';
import { areaLevel, useWorkArea } from '../layout/work-area';

function Panel(props: {
  title: string;
  extra?: ReactNode;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card title={props.title} extra={props.extra} loading={props.loading} style={{ height: '100%' }} data-testid={props.testId}>
      {props.error ? (
        <Alert
          type="warning"
          showIcon
          message="暂时读取不到"
          description="服务器正忙或网络不稳，请稍后重试。"
          action={
            props.onRetry && (
              <Button size="small" onClick={props.onRetry}>
                重试
              </Button>
            )
          }
        />
      ) : (
        props.children
      )}
    </Card>
  );
}

function Figures({ area }: { area: string }) {
  const population = useQuery({
    queryKey: ['population', area],
    queryFn: () => call(api.GET('/statistics/population', { params: { query: { area } } })),
  });
  const figures = population.data;
  const items: [string, number | undefined, string?][] = [
    ['总人口', figures?.total],
    ['流动人口', figures?.migrant],
    ['育龄妇女', figures?.women15to49, '15–49 周岁女性'],
    ['60 岁以上', figures?.elderly60plus],
    ['80 岁以上', figures?.elderly80plus],
  ];
  // Figures are summed from registration events as they are handled: right after a large import (or the
  // demo's first start) they fill in over a few minutes, and a zero then means "not yet", not "nobody".
  const notYet = figures?.total === 0;
  return (
    <>
      {notYet && (
        <Alert type="info" showIcon banner message="人口数字由登记自动汇总：刚导入或刚登记的人员要过几分钟才计入，请稍后刷新。" />
      )}
      <StatisticCard.Group direction="row" loading={population.isLoading} data-testid="population-figures">
        {items.map(([title, value, tip]) => (
          <StatisticCard
            key={title}
            statistic={{ title, value: value ?? '—', ...(tip ? { tip } : {}), suffix: value === undefined ? '' : '人' }}
          />
        ))}
      </StatisticCard.Group>
    </>
  );
}

function DueVisits({ area, mine }: { area: string; mine: boolean }) {
  const today = dayjs().format('YYYY-MM-DD');
  const due = useQuery({
    queryKey: ['visits-due', mine ? 'mine' : area],
    queryFn: () =>
      mine
        ? call(api.GET('/registry/visits/due/mine', { params: { query: { limit: 50 } } }))
        : call(api.GET('/registry/visits/due', { params: { query: { area, limit: 50 } } })),
  });
  const items = due.data?.items ?? [];
  const overdue = items.filter((item) => item.overdue).length;
  return (
    <Panel
      title={mine ? '我的待走访' : '待走访'}
      testId="due-visits"
      loading={due.isLoading}
      error={due.error}
      onRetry={() => void due.refetch()}
      extra={<Link to="/visits">全部</Link>}
    >
      <Space style={{ marginBottom: 12 }}>
        <Badge status="error" text={`已逾期 ${overdue}${due.data?.cursor ? '+' : ''}`} />
        <Badge status="processing" text={`今天到期 ${items.filter((item) => item.nextDue === today).length}`} />
      </Space>
      {items.length === 0 ? (
        <Empty description="今天没有要走访的人" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={items.slice(0, 6)}
          renderItem={(item) => (
            <List.Item
              extra={
                <Typography.Text type={item.overdue ? 'danger' : 'secondary'}>
                  {item.overdue ? `逾期 · ${item.nextDue}` : item.nextDue}
                </Typography.Text>
              }
            >
              <Link to={`/persons/${item.personId}`}>{item.personName ?? '（姓名未知）'}</Link>
            </List.Item>
          )}
        />
      )}
    </Panel>
  );
}

function WaitingCertificates({ area }: { area: string }) {
  const waiting = useQuery({
    queryKey: ['certificates', area, 'applied'],
    queryFn: () => call(api.GET('/registry/certificates', { params: { query: { area, status: 'applied', limit: 50 } } })),
  });
  const items = waiting.data?.items ?? [];
  return (
    <Panel
      title="待签发的证照"
      testId="waiting-certificates"
      loading={waiting.isLoading}
      error={waiting.error}
      onRetry={() => void waiting.refetch()}
      extra={<Link to="/certificates?status=applied">去签发</Link>}
    >
      <Typography.Paragraph type="secondary">在办证日签发；三证月末归档移交街道。</Typography.Paragraph>
      {items.length === 0 ? (
        <Empty description="没有等待签发的证照" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={items.slice(0, 6)}
          footer={
            waiting.data?.cursor || items.length > 6 ? (
              <Typography.Text type="secondary">
                共 {items.length}
                {waiting.data?.cursor ? '+' : ''} 件
              </Typography.Text>
            ) : null
          }
          renderItem={(item) => (
            <List.Item extra={<Tag>{item.typeLabel}</Tag>}>
              <Link to={`/persons/${item.personId}`}>{item.personName}</Link>
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {dayjs(item.appliedAt).format('M月D日')}申请
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Panel>
  );
}

function RunningImports({ community }: { community: string }) {
  const imports = useQuery({
    queryKey: ['imports', community, 'workbench'],
    queryFn: () => call(api.GET('/registry/imports', { params: { query: { area: community, limit: 10 } } })),
    refetchInterval: (query) =>
      query.state.data?.items.some((job) => job.status === 'queued' || job.status === 'running') ? 2000 : false,
  });
  const running = (imports.data?.items ?? []).filter((job) => job.status === 'queued' || job.status === 'running');
  return (
    <Panel
      title="进行中的导入"
      testId="running-imports"
      loading={imports.isLoading}
      error={imports.error}
      onRetry={() => void imports.refetch()}
      extra={<Link to="/imports">批量导入</Link>}
    >
      {running.length === 0 ? (
        <Empty description="没有进行中的导入" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={running}
          renderItem={(job) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Link to={`/imports?job=${job.id}`}>{job.fileName}</Link>
                <Progress percent={job.percent} size="small" status="active" />
              </div>
            </List.Item>
          )}
        />
      )}
    </Panel>
  );
}

function Inbox() {
  const inbox = useQuery({
    queryKey: ['inbox'],
    queryFn: () => call(api.GET('/notifications/inbox', { params: { query: { limit: 5 } } })),
  });
  return (
    <Panel
      title={`未读消息${inbox.data ? ` · ${inbox.data.unread}` : ''}`}
      testId="inbox"
      loading={inbox.isLoading}
      error={inbox.error}
      onRetry={() => void inbox.refetch()}
    >
      {(inbox.data?.items ?? []).length === 0 ? (
        <Empty description="没有消息" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={inbox.data?.items ?? []}
          renderItem={(item) => (
            <List.Item extra={<Typography.Text type="secondary">{dayjs(item.createdAt).format('M月D日 HH:mm')}</Typography.Text>}>
              <Typography.Text strong={!item.read}>{item.title}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Panel>
  );
}

function GroupFigures({ area }: { area: string }) {
  const groups = useQuery({
    queryKey: ['group-statistics', area],
    queryFn: () => call(api.GET('/statistics/groups', { params: { query: { area } } })),
  });
  const items = (groups.data?.groups ?? []).filter((group) => group.members > 0);
  return (
    <Panel
      title="特殊群体"
      testId="group-figures"
      loading={groups.isLoading}
      error={groups.error}
      onRetry={() => void groups.refetch()}
      extra={<Link to="/groups">特殊群体台账</Link>}
    >
      {items.length === 0 ? (
        <Empty description="还没有登记特殊群体" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Space wrap size={[8, 8]}>
          {items.map((group) => (
            <Link key={group.group} to={`/groups?group=${group.group}`}>
              <Tag style={{ fontSize: 14, padding: '4px 10px' }}>
                {group.label} <Typography.Text strong>{group.members}</Typography.Text>
              </Tag>
            </Link>
          ))}
        </Space>
      )}
    </Panel>
  );
}

/** What needs the worker today, for their community or grid: one Query per panel, nothing scanned. */
export default function WorkbenchPage() {
  const user = useUser();
  const { area } = useWorkArea();
  const { community, communityName, gridName } = useGrids(area);
  if (!area || !community) {
    return (
      <PageContainer title="工作台">
        <Alert type="info" showIcon message="请先在页面右上角选择您负责的社区或网格。" />
      </PageContainer>
    );
  }
  const grid = areaLevel(area) === 'grid';
  const mine = user.role === 'grid-worker';
  return (
    <PageContainer
      title="工作台"
      subTitle={`${communityName ?? ''}${grid ? ` · ${gridName(area) ?? area}` : ''} · ${dayjs().format('YYYY年M月D日 dddd')}`}
    >
      <Card style={{ marginBottom: 16 }} styles={{ body: { padding: 0 } }}>
        <Figures area={area} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <DueVisits area={area} mine={mine} />
        </Col>
        {mayCall(user.role, 'listCertificates') && (
          <Col xs={24} lg={12}>
            <WaitingCertificates area={area} />
          </Col>
        )}
        {mayCall(user.role, 'listImports') && (
          <Col xs={24} lg={12}>
            <RunningImports community={community} />
          </Col>
        )}
        <Col xs={24} lg={12}>
          <Inbox />
        </Col>
        <Col xs={24}>
          <GroupFigures area={area} />
        </Col>
      </Row>
    </PageContainer>
  );
}
