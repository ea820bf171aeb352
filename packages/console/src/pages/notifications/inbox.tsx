import { SettingOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Drawer, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { useUser } from '../../auth/auth-context';
import { dateTimeText } from '../../components/date-text';
import { usePagedList } from '../../components/paged-list';
import { useDrawerWidth } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import { enumLabel } from '../../labels';
import { INBOX_KEY, useUnreadCount } from './inbox-hooks';

type Entry = components['schemas']['InboxEntry'];

const kindColors: Record<string, string> = {
  application: 'blue',
  payment: 'green',
  notice: 'purple',
  reminder: 'orange',
  case: 'cyan',
  broadcast: 'red',
  task: 'geekblue',
};

const isResident = (role: string) => role === 'resident' || role === 'volunteer';

/** 我的消息: unread first (the list opens on them while there are any), a message opens in a drawer and counts as read. */
export default function InboxPage() {
  const user = useUser();
  const resident = isResident(user.role);
  const settings = resident ? '/me/inbox/settings' : '/notification-settings';
  const body = <Inbox resident={resident} />;
  if (resident) {
    return (
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        {body}
        <Link to={settings}>
          <Button block icon={<SettingOutlined />}>
            消息设置（短信、免打扰时段）
          </Button>
        </Link>
      </Space>
    );
  }
  return (
    <PageContainer
      title="我的消息"
      extra={
        <Link to={settings}>
          <Button icon={<SettingOutlined />}>消息设置</Button>
        </Link>
      }
    >
      {body}
    </PageContainer>
  );
}

function Inbox({ resident }: { resident: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const unread = useUnreadCount();
  const [filters, setFilters] = useUrlFilters(['show'] as const);
  // Open on the unread ones while there are any; the choice, once made, stays in the URL.
  const show = filters.show ?? (unread.data === 0 ? 'all' : 'unread');
  const [opened, setOpened] = useState<Entry>();
  const desktopWidth = useDrawerWidth(520);
  // The resident's frame is one phone-wide column: the message takes the whole screen there.
  const width = resident ? '100%' : desktopWidth;
  const list = usePagedList<Entry>({
    key: [...INBOX_KEY, 'list', show],
    enabled: unread.isFetched,
    fetch: (cursor) =>
      call(
        api.GET('/notifications/inbox', {
          params: {
            query: { limit: 20, ...(show === 'unread' ? { unread: 'true' as const } : {}), ...(cursor ? { cursor } : {}) },
          },
        }),
      ),
  });
  const open = async (entry: Entry) => {
    setOpened(entry);
    if (entry.read) return;
    try {
      await call(api.POST('/notifications/inbox/{id}/read', { params: { path: { id: entry.messageId } } }));
      void queryClient.invalidateQueries({ queryKey: INBOX_KEY });
    } catch (error) {
      message.error(errorMessage(error, '标记已读失败'));
    }
  };
  const count = unread.data ?? 0;
  let empty: ReactNode = '还没有消息。补助申请进度、活动提醒、社区通知等都会发到这里。';
  if (show === 'unread') empty = '没有未读消息。点上面的“全部”查看读过的消息。';
  return (
    <Card size="small" data-testid="inbox">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Segmented
          value={show}
          onChange={(value) => setFilters({ show: String(value) })}
          options={[
            { value: 'unread', label: count > 0 ? `未读（${count}）` : '未读' },
            { value: 'all', label: '全部' },
          ]}
        />
        <Typography.Text type="secondary">{count > 0 ? `${count} 条未读` : '全部已读'}</Typography.Text>
      </Space>
      {list.query.error && (
        <Alert
          type="error"
          showIcon
          message={errorMessage(list.query.error, '读取消息失败')}
          action={
            <Button size="small" onClick={() => void list.query.refetch()}>
              重试
            </Button>
          }
        />
      )}
      <List<Entry>
        dataSource={list.items}
        loading={list.loading || !unread.isFetched}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
        renderItem={(entry) => (
          <List.Item
            key={entry.messageId}
            onClick={() => void open(entry)}
            style={{ cursor: 'pointer', paddingInline: 8 }}
            data-testid="inbox-entry"
          >
            <List.Item.Meta
              title={
                <Space size={6} wrap>
                  {!entry.read && <Badge status="error" />}
                  <Tag color={kindColors[entry.kind]}>{enumLabel('MessageKind', entry.kind)}</Tag>
                  <Typography.Text strong={!entry.read}>{entry.title}</Typography.Text>
                </Space>
              }
              description={
                <>
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 1 }} style={{ margin: 0 }}>
                    {entry.body}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {dateTimeText(entry.createdAt)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      {list.pager}
      <Drawer
        open={Boolean(opened)}
        width={width}
        title={opened?.title}
        onClose={() => setOpened(undefined)}
        destroyOnHidden
        data-testid="inbox-message"
      >
        {opened && (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            <Space wrap>
              <Tag color={kindColors[opened.kind]}>{enumLabel('MessageKind', opened.kind)}</Tag>
              <Typography.Text type="secondary">{dateTimeText(opened.createdAt)}</Typography.Text>
            </Space>
            <Typography.Paragraph style={{ fontSize: 16, whiteSpace: 'pre-wrap' }}>{opened.body}</Typography.Paragraph>
          </Space>
        )}
      </Drawer>
    </Card>
  );
}
