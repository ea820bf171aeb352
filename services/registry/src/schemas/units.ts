import type { RouteBinding } from '@shequ/kit';

export const unitRoutes: readonly RouteBinding[] = [];
