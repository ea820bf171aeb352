import type { RouteBinding } from '@shequ/kit';

export const visitRoutes: readonly RouteBinding[] = [];
