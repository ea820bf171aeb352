import { Card, Empty, Space, Typography } from 'antd';
import { useAuth } from '../../auth/auth-context';
import { useUrlFilters } from '../../components/url-filters';
import { communityOf, useAreaName } from '../../layout/work-area';
import { AreaTreeSelect } from './area-tree-select';
import { NoticeBoard } from './notice-board';

/**
 * A community's 补助公示栏 for anyone, without signing in: pick the community (街道 → 社区), read the rounds
 * now posted, print one. It calls only the API's public routes (the board and the area names).
 */
export default function PublicNoticesPage() {
  const { config } = useAuth();
  const [filters, setFilters] = useUrlFilters(['area'] as const);
  const community = filters.area ? communityOf(filters.area) : undefined;
  const communityName = useAreaName(community);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {communityName ? `${communityName} · 补助公示栏` : '补助公示栏'}
        </Typography.Title>
        <Typography.Text type="secondary">低保等补助的申请对象经社区审核后在此公示，接受群众监督。</Typography.Text>
      </div>
      <AreaTreeSelect
        roots={[config.district.code]}
        value={community}
        onChange={(code) => setFilters({ area: code })}
        selectable={['community']}
        placeholder="选择街道和社区"
        label="社区"
        style={{ width: '100%', maxWidth: 360 }}
      />
      {community ? (
        <NoticeBoard community={community} staff={false} />
      ) : (
        <Card>
          <Empty description="请在上方选择您所在的社区，查看正在公示的补助对象。" />
        </Card>
      )}
    </Space>
  );
}
