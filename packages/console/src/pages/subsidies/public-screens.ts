import { page, type Screen } from '../../screen';

/** The subsidies screens anyone may read without signing in (kept apart: the sign-in bundle carries these). */
export const subsidiesPublicScreens: Screen[] = [
  {
    path: '/public/subsidy/notices',
    name: '补助公示栏',
    audience: 'public',
    operation: 'getNoticeBoard',
    ...page(() => import('./public-notices')),
  },
];
