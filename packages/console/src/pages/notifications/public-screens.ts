import { page, type Screen } from '../../screen';

/** The notifications screens anyone may read without signing in (kept apart: the sign-in bundle carries these). */
export const notificationsPublicScreens: Screen[] = [
  {
    path: '/public/community-board',
    name: '社区公告栏',
    audience: 'public',
    operation: 'getBoard',
    ...page(() => import('./public-board')),
  },
];
