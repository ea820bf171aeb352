import { casesPublicScreens } from './pages/cases/public-screens';
import { notificationsPublicScreens } from './pages/notifications/public-screens';
import { subsidiesPublicScreens } from './pages/subsidies/public-screens';
import type { Screen } from './screen';

/**
 * Screens anyone may open without signing in (the community's notice boards), under `/public/`. Kept
 * apart from `routes.tsx` so the sign-in bundle does not carry every screen's menu entry; each must call
 * only the API's public routes.
 */
export const publicScreens: Screen[] = [...subsidiesPublicScreens, ...casesPublicScreens, ...notificationsPublicScreens];
