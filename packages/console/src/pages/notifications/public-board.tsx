import { Card, Empty, Space, Typography } from 'antd';
import { useAuth } from '../../auth/auth-context';
import { useUrlFilters } from '../../components/url-filters';
import { communityOf, useAreaName } from '../../layout/work-area';
import { AreaTreeSelect } from '../subsidies/area-tree-select';
import { CommunityBoard } from './board';

/**
 * A community's 公告栏 for anyone, without signing in: pick the community (街道 → 社区), read what is posted
 * there today, print a notice. It calls only the API's public routes (the board and the area names).
 */
export default function PublicBoardPage() {
  const { config } = useAuth();
  const [filters, setFilters] = useUrlFilters(['area'] as const);
  const community = filters.area ? communityOf(filters.area) : undefined;
  const communityName = useAreaName(community);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {communityName ? `${communityName} · 社区公告栏` : '社区公告栏'}
        </Typography.Title>
        <Typography.Text type="secondary">社区、街道和区发布的政策、活动通知，以及补助公示和诉求办理结果。</Typography.Text>
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
        <CommunityBoard community={community} />
      ) : (
        <Card>
          <Empty description="请在上方选择您所在的社区，查看社区公告栏。" />
        </Card>
      )}
    </Space>
  );
}
