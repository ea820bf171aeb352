import type { Screen } from '../../screen';

/** The subsidies service's screens (staff, resident and public ones alike). */
export const subsidiesScreens: Screen[] = [];
