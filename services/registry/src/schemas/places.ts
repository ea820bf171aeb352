import type { RouteBinding } from '@shequ/kit';

export const placeRoutes: readonly RouteBinding[] = [];
