import type { Screen } from '../../screen';

/** The notifications service's screens (staff, resident and public ones alike). */
export const notificationsScreens: Screen[] = [];
