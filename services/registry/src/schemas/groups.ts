import type { RouteBinding } from '@shequ/kit';

export const groupRoutes: readonly RouteBinding[] = [];
