import type { Screen } from '../../screen';

/** The volunteering service's screens (staff, resident and public ones alike). */
export const volunteeringScreens: Screen[] = [];
