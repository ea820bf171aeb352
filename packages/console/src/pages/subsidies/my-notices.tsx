import { Empty } from 'antd';
import { useUser } from '../../auth/auth-context';
import { communityOf } from '../../layout/work-area';
import { NoticeBoard } from './notice-board';

/** The resident's own community's 补助公示, the same board the public reads at the office and without signing in. */
export default function MyNoticesPage() {
  const user = useUser();
  const community = user.areas.map(communityOf).find(Boolean);
  if (!community) {
    return <Empty description="您的账号还没有关联到社区，请到社区居委会办理关联后再查看公示。" style={{ marginTop: 48 }} />;
  }
  return <NoticeBoard community={community} staff={false} />;
}
