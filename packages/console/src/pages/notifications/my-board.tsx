import { Empty } from 'antd';
import { useUser } from '../../auth/auth-context';
import { communityOf } from '../../layout/work-area';
import { CommunityBoard } from './board';

/** The resident's own community's 公告栏: the same board the public reads at the office and without signing in. */
export default function MyBoardPage() {
  const user = useUser();
  const community = user.areas.map(communityOf).find(Boolean);
  if (!community) {
    return <Empty description="您的账号还没有关联到社区，请到社区居委会办理关联后再查看公告栏。" style={{ marginTop: 48 }} />;
  }
  return <CommunityBoard community={community} />;
}
