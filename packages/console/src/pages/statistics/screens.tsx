import type { Screen } from '../../screen';

/** The statistics service's screens (staff, resident and public ones alike). */
export const statisticsScreens: Screen[] = [];
