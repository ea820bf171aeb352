import type { RouteBinding } from '@shequ/kit';

export const certificateRoutes: readonly RouteBinding[] = [];
