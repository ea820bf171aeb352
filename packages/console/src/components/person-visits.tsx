import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, List, Space, Tag, Typography } from 'antd';
import { api, call } from '../api/client';
import { errorMessage } from '../api/problem';
import { enumLabel } from '../labels';
import { dateText } from './date-text';

/** A person's 民情日记, newest first, ten at a time with 加载更多. */
export function PersonVisits(props: { personId: string; onRecord?: () => void }) {
  const visits = useInfiniteQuery({
    queryKey: ['visits', props.personId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/registry/persons/{id}/visits', {
          params: { path: { id: props.personId }, query: { limit: 10, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.cursor,
  });
  if (visits.error) {
    const text = errorMessage(visits.error, '读取走访记录失败');
    return <Alert type="error" showIcon message={text} />;
  }
  const items = visits.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <List
      loading={visits.isLoading}
      dataSource={items}
      locale={{
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有走访记录">
            {props.onRecord && (
              <Button type="primary" onClick={props.onRecord}>
                记录第一次走访
              </Button>
            )}
          </Empty>
        ),
      }}
      renderItem={(visit) => (
        <List.Item key={visit.id}>
          <List.Item.Meta
            title={
              <Space wrap size={8}>
                <span>{dateText(visit.visitedOn)}</span>
                <Tag color="blue">{enumLabel('VisitKind', visit.kind)}</Tag>
                <Typography.Text type="secondary">走访人：{visit.visitorName ?? visit.visitor}</Typography.Text>
              </Space>
            }
            description={
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{visit.findings}</Typography.Paragraph>
                {visit.needs && visit.needs.length > 0 && (
                  <Space wrap size={4}>
                    <Typography.Text type="secondary">需求：</Typography.Text>
                    {visit.needs.map((need) => (
                      <Tag key={need}>{need}</Tag>
                    ))}
                  </Space>
                )}
                {visit.followUp && <Typography.Text type="secondary">后续跟进：{visit.followUp}</Typography.Text>}
              </Space>
            }
          />
        </List.Item>
      )}
      loadMore={
        visits.hasNextPage ? (
          <div style={{ textAlign: 'center', marginTop: 12 }}>
            <Button onClick={() => void visits.fetchNextPage()} loading={visits.isFetchingNextPage}>
              加载更多
            </Button>
          </div>
        ) : null
      }
    />
  );
}
