import { LinkOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Empty, Space, Typography } from 'antd';
import { useUser } from '../../auth/auth-context';
import { useUrlFilters } from '../../components/url-filters';
import { communityOf, useWorkArea } from '../../layout/work-area';
import { AreaTreeSelect, scopeRoots } from './area-tree-select';
import { NoticeBoard } from './notice-board';

/** Where the public reads a community's board without signing in (for a QR code or the residents' group chat). */
const publicBoardPath = (community: string) => `/public/subsidy/notices?area=${community}`;

/**
 * The 公示栏 as staff keep it: the community's rounds now posted, exactly as the public sees them, each
 * round printed on A4 for the board outside the office, and the public page's address to pass on.
 */
export default function NoticesPage() {
  const user = useUser();
  const { area } = useWorkArea();
  const [filters, setFilters] = useUrlFilters(['area'] as const);
  const roots = scopeRoots(user.areas);
  const asked = filters.area && roots.some((root) => filters.area?.startsWith(root)) ? communityOf(filters.area) : undefined;
  const community = asked ?? (area ? communityOf(area) : undefined) ?? roots.find((code) => communityOf(code));
  return (
    <PageContainer
      title="公示栏"
      subTitle="补助三榜公示"
      extra={
        <Space wrap>
          <AreaTreeSelect
            roots={roots}
            value={community}
            onChange={(code) => setFilters({ area: code })}
            selectable={['community']}
            placeholder="选择社区"
            label="社区"
          />
          {community && (
            <Button icon={<LinkOutlined />} href={publicBoardPath(community)} target="_blank">
              公开页面
            </Button>
          )}
        </Space>
      }
    >
      {community ? (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            这里显示的就是居民在公开页面（无需登录）看到的内容。登记和处理异议、结束本榜公示，请到该居民的补助申请中办理。
          </Typography.Paragraph>
          <NoticeBoard community={community} staff />
        </Space>
      ) : (
        <Card>
          <Empty description="请先在右上角选择一个社区，再查看它的公示栏。" />
        </Card>
      )}
    </PageContainer>
  );
}
