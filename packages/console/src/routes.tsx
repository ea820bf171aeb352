import {
  CloudUploadOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  HomeOutlined,
  IdcardOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import { matchPath } from 'react-router';
import type { OperationId } from './api/operations';

/** A screen of the console: its menu entry (if any) and the API operation a role must be allowed to call. */
export interface Screen {
  path: string;
  name: string;
  icon?: ReactNode;
  /** The screen shows only for roles the API's `x-roles` allow on this operation. */
  operation: OperationId;
  /** Not in the menu (reached from a list or a button). */
  hidden?: boolean;
  component: LazyExoticComponent<ComponentType>;
  /** Fetches the screen's chunk (what `component` renders), so it can start before the frame has mounted. */
  load: () => Promise<unknown>;
}

/** A screen's code: loaded on first render, or earlier through `load`. */
function page(load: () => Promise<{ default: ComponentType }>): Pick<Screen, 'component' | 'load'> {
  return { load, component: lazy(load) };
}

/** Every page is its own chunk, so the first screen loads only what it shows. */
export const screens: Screen[] = [
  {
    path: '/',
    name: '工作台',
    icon: <DashboardOutlined />,
    operation: 'listPersons',
    ...page(() => import('./pages/workbench')),
  },
  {
    path: '/persons',
    name: '人员台账',
    icon: <TeamOutlined />,
    operation: 'listPersons',
    ...page(() => import('./pages/persons')),
  },
  {
    path: '/persons/new',
    name: '登记人员',
    operation: 'registerPerson',
    hidden: true,
    ...page(() => import('./pages/person-register')),
  },
  {
    path: '/persons/:id',
    name: '人员详情',
    operation: 'getPerson',
    hidden: true,
    ...page(() => import('./pages/person')),
  },
  {
    path: '/persons/:id/edit',
    name: '修改人员信息',
    operation: 'updatePerson',
    hidden: true,
    ...page(() => import('./pages/person-edit')),
  },
  {
    path: '/groups',
    name: '特殊群体台账',
    icon: <UsergroupAddOutlined />,
    operation: 'listGroupMembers',
    ...page(() => import('./pages/groups')),
  },
  {
    path: '/imports',
    name: '批量导入',
    icon: <CloudUploadOutlined />,
    operation: 'listImports',
    ...page(() => import('./pages/imports')),
  },
  {
    path: '/visits',
    name: '走访',
    icon: <HomeOutlined />,
    operation: 'listDueVisits',
    ...page(() => import('./pages/visits')),
  },
  {
    path: '/certificates',
    name: '证照',
    icon: <IdcardOutlined />,
    operation: 'listCertificates',
    ...page(() => import('./pages/certificates')),
  },
  {
    path: '/areas',
    name: '地区',
    icon: <EnvironmentOutlined />,
    operation: 'listGrids',
    ...page(() => import('./pages/areas')),
  },
];

/** Starts loading the chunk of the screen at `pathname` (called at start-up, while the frame loads). */
export function preloadScreen(pathname: string): void {
  const target = screens.find((candidate) => matchPath(candidate.path, pathname));
  void target?.load().catch(() => undefined);
}
