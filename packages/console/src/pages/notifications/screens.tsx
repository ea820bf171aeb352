import { MailOutlined, MessageOutlined, SendOutlined } from '@ant-design/icons';
import { page, type Screen } from '../../screen';

/** The notifications service's screens (staff, resident and public ones alike). */
export const notificationsScreens: Screen[] = [
  {
    path: '/inbox',
    name: '我的消息',
    icon: <MailOutlined />,
    section: 'notifications',
    operation: 'listInbox',
    ...page(() => import('./inbox')),
  },
  {
    path: '/broadcasts',
    name: '群发通知',
    icon: <SendOutlined />,
    section: 'notifications',
    operation: 'createBroadcast',
    ...page(() => import('./broadcasts')),
  },
  {
    path: '/me/inbox',
    name: '消息',
    icon: <MessageOutlined />,
    audience: 'resident',
    operation: 'listInbox',
    ...page(() => import('./inbox')),
  },
];
