import {
  FileTextOutlined,
  MailOutlined,
  MessageOutlined,
  NotificationOutlined,
  SendOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { page, type Screen } from '../../screen';

/**
 * The notifications service's screens (staff, resident and public ones alike). None starts with
 * /notifications/: the gateway sends that prefix to the API, so a reload there would show its JSON.
 */
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
  // The board as residents and the public read it (also without signing in: public-screens.ts).
  {
    path: '/community-board',
    name: '社区公告栏',
    icon: <NotificationOutlined />,
    section: 'notifications',
    operation: 'getBoard',
    ...page(() => import('./community-board')),
  },
  {
    path: '/message-templates',
    name: '消息模板',
    icon: <FileTextOutlined />,
    section: 'notifications',
    operation: 'listTemplates',
    ...page(() => import('./templates')),
  },
  {
    path: '/message-templates/:key',
    name: '消息模板',
    operation: 'getTemplate',
    hidden: true,
    ...page(() => import('./template')),
  },
  {
    path: '/notification-settings',
    name: '消息设置',
    icon: <SettingOutlined />,
    section: 'notifications',
    operation: 'getPreferences',
    ...page(() => import('./preferences')),
  },
  {
    path: '/me/inbox',
    name: '消息',
    icon: <MessageOutlined />,
    audience: 'resident',
    operation: 'listInbox',
    ...page(() => import('./inbox')),
  },
  {
    path: '/me/board',
    name: '社区公告栏',
    audience: 'resident',
    operation: 'getBoard',
    hidden: true,
    ...page(() => import('./my-board')),
  },
  {
    path: '/me/inbox/settings',
    name: '消息设置',
    audience: 'resident',
    operation: 'getPreferences',
    hidden: true,
    ...page(() => import('./preferences')),
  },
];
