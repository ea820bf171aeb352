import { UserOutlined } from '@ant-design/icons';
import { page, type Screen } from '../../screen';

/**
 * The resident's own view (phone-first frame). Each service adds its resident screens to its own
 * `screens.tsx` with `audience: 'resident'`; this list holds what belongs to no single service.
 */
export const residentScreens: Screen[] = [
  {
    path: '/me',
    name: '我的',
    icon: <UserOutlined />,
    audience: 'resident',
    operation: 'getPerson',
    ...page(() => import('./me')),
  },
];
