import { PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage } from '../../api/problem';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { usePagedList } from '../../components/paged-list';
import { communityOf } from '../../layout/work-area';
import { type Case, StatusTag } from './case-parts';

/** What a resident is told about where their case stands, in a line. */
export function residentStep(item: Case): string {
  switch (item.status) {
    case 'received':
      return '社区已收到，正在安排受理';
    case 'accepted':
      return item.dueOn ? `${item.assignee?.name ?? '社区'}办理中，${dateText(item.dueOn)} 前办结` : '办理中';
    case 'handled':
      return '已办结，即将在社区公示栏公示结果';
    case 'published':
      return '办理结果已公示，请您评价';
    case 'closed':
      return '已办结，感谢您的评价';
    default:
      return item.reason ?? item.statusLabel;
  }
}

/** The resident's tab 诉求: their cases and progress, the way to file a new one, and open needs questionnaires. */
export default function MyCasesPage() {
  const user = useUser();
  const navigate = useNavigate();
  const mine = usePagedList<Case>({
    key: ['my-cases', user.person],
    enabled: Boolean(user.person),
    fetch: (cursor) => call(api.GET('/cases/mine', { params: { query: { limit: 20, ...(cursor ? { cursor } : {}) } } })),
  });
  const community = user.areas.map(communityOf).find(Boolean);
  const surveys = useQuery({
    queryKey: ['open-questionnaires', community],
    enabled: Boolean(community),
    queryFn: () =>
      call(api.GET('/cases/questionnaires', { params: { query: { community: community ?? '', status: 'open', limit: 10 } } })),
  });
  if (!user.person) {
    return (
      <Empty
        description="您的账号还没有关联到社区登记的人员信息，请带身份证到社区居委会办理关联后再提交诉求。"
        style={{ marginTop: 48 }}
      />
    );
  }
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Button type="primary" size="large" block icon={<PlusOutlined />} onClick={() => navigate('/me/cases/new')}>
        我要反映
      </Button>
      {(surveys.data?.items.length ?? 0) > 0 && (
        <Card size="small" title="社区需求问卷" data-testid="open-questionnaires">
          <List
            dataSource={surveys.data?.items ?? []}
            renderItem={(survey) => (
              <List.Item
                extra={<RightOutlined />}
                onClick={() => navigate(`/me/questionnaires/${survey.id}`)}
                style={{ cursor: 'pointer' }}
              >
                <List.Item.Meta title={survey.title} description={`${survey.month} 服务周 · 请花一分钟填写`} />
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card size="small" title="我的诉求">
        {mine.query.error && <Alert type="error" showIcon message={errorMessage(mine.query.error, '读取诉求失败')} />}
        <List
          loading={mine.loading}
          dataSource={mine.items}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description="您还没有提交过诉求。小区里遇到的问题、困难，点上方“我要反映”告诉社区。"
              />
            ),
          }}
          renderItem={(item) => (
            <List.Item key={item.id} extra={<RightOutlined />}>
              <Link to={`/me/cases/${item.id}`} style={{ color: 'inherit', display: 'block', width: '100%' }}>
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Space size={4} wrap>
                    <Typography.Text strong>{item.topic}</Typography.Text>
                    <StatusTag item={item} />
                    {item.status === 'published' && <Tag color="magenta">待评价</Tag>}
                  </Space>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.categoryLabel} · {dateText(item.filedOn)} 提交
                  </Typography.Text>
                  <Typography.Text style={{ fontSize: 13 }}>{residentStep(item)}</Typography.Text>
                </Space>
              </Link>
            </List.Item>
          )}
        />
        {mine.pager}
      </Card>
    </Space>
  );
}
