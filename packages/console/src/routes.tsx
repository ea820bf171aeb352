import { DashboardOutlined } from '@ant-design/icons';
import { matchPath } from 'react-router';
import { casesScreens } from './pages/cases/screens';
import { notificationsScreens } from './pages/notifications/screens';
import { registryScreens } from './pages/registry/screens';
import { residentScreens } from './pages/resident/screens';
import { statisticsScreens } from './pages/statistics/screens';
import { subsidiesScreens } from './pages/subsidies/screens';
import { volunteeringScreens } from './pages/volunteering/screens';
import { page, type Screen } from './screen';

export type { Screen } from './screen';

/**
 * Every screen of the console. Each service keeps its list in `pages/<service>/screens.tsx`; every page
 * is its own chunk, so the first screen loads only what it shows.
 */
export const screens: Screen[] = [
  {
    path: '/',
    name: '工作台',
    icon: <DashboardOutlined />,
    operation: 'listPersons',
    ...page(() => import('./pages/workbench')),
  },
  ...registryScreens,
  ...subsidiesScreens,
  ...casesScreens,
  ...volunteeringScreens,
  ...notificationsScreens,
  ...statisticsScreens,
  ...residentScreens,
];

/** The screens of one audience (`staff` when a screen names none). */
export function screensFor(audience: Screen['audience']): Screen[] {
  return screens.filter((screen) => (screen.audience ?? 'staff') === audience);
}

/** Starts loading the chunk of the screen at `pathname` (called at start-up, while the frame loads). */
export function preloadScreen(pathname: string): void {
  const target = screens.find((candidate) => matchPath(candidate.path, pathname));
  void target?.load().catch(() => undefined);
}
