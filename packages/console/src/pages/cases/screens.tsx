import type { Screen } from '../../screen';

/** The cases service's screens (staff, resident and public ones alike). */
export const casesScreens: Screen[] = [];
