import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import type { OperationId } from './api/operations';

/**
 * Who a screen is for. `staff` screens live in the worker's frame (menus by role); `resident` screens in
 * the phone-first frame residents and volunteers get; `public` screens need no sign-in at all (the
 * community's notice boards) and must only call the API's public routes.
 */
export type Audience = 'staff' | 'resident' | 'public';

/** The worker's menu groups, in menu order: one per service, so each service's screens sit together. */
export const sections = {
  registry: '人口台账',
  subsidies: '补助',
  cases: '民生流水线',
  volunteering: '志愿服务',
  notifications: '通知',
  statistics: '统计',
} as const;

export type Section = keyof typeof sections;

/** A screen of the console: its menu entry (if any) and the API operation a role must be allowed to call. */
export interface Screen {
  path: string;
  name: string;
  icon?: ReactNode;
  /** Default `staff`. */
  audience?: Audience;
  /** The menu group of a staff screen; none puts it at the top level (工作台). */
  section?: Section;
  /** The screen shows only for roles the API's `x-roles` allow on this operation (ignored for `public`). */
  operation: OperationId;
  /** Not in the menu (reached from a list or a button). */
  hidden?: boolean;
  component: LazyExoticComponent<ComponentType>;
  /** Fetches the screen's chunk (what `component` renders), so it can start before the frame has mounted. */
  load: () => Promise<unknown>;
}

/** A screen's code: loaded on first render, or earlier through `load`. */
export function page(load: () => Promise<{ default: ComponentType }>): Pick<Screen, 'component' | 'load'> {
  return { load, component: lazy(load) };
}
