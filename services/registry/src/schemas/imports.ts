import type { RouteBinding } from '@shequ/kit';

export const importRoutes: readonly RouteBinding[] = [];
