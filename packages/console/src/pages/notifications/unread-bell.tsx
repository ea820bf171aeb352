import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { Link } from 'react-router';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { useUnreadCount } from './inbox-hooks';

/**
 * The header's bell: my unread messages, a click away from 我的消息 (residents' own inbox in their frame).
 */
export function UnreadBell() {
  const user = useUser();
  const allowed = mayCall(user.role, 'listInbox');
  const unread = useUnreadCount(allowed);
  if (!allowed) return null;
  const count = unread.data ?? 0;
  const resident = user.role === 'resident' || user.role === 'volunteer';
  return (
    <Tooltip title={count > 0 ? `${count} 条未读消息` : '我的消息'}>
      <Link to={resident ? '/me/inbox' : '/inbox'} aria-label={count > 0 ? `我的消息，${count} 条未读` : '我的消息'}>
        <Badge count={count} size="small" overflowCount={99}>
          <Button type="text" shape="circle" icon={<BellOutlined style={{ fontSize: 18 }} />} tabIndex={-1} />
        </Badge>
      </Link>
    </Tooltip>
  );
}
