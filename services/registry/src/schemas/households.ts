import type { RouteBinding } from '@shequ/kit';

export const householdRoutes: readonly RouteBinding[] = [];
