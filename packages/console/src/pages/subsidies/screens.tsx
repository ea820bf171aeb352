import { AccountBookOutlined, ApartmentOutlined, GiftOutlined, SolutionOutlined } from '@ant-design/icons';
import { page, type Screen } from '../../screen';

/** The subsidies service's screens (staff, resident and public ones alike). */
export const subsidiesScreens: Screen[] = [
  // Budgets, donation drives, disabled-employment bases and job openings.
  {
    path: '/subsidies/budgets',
    name: '预算',
    icon: <AccountBookOutlined />,
    section: 'subsidies',
    operation: 'listBudgets',
    ...page(() => import('./budgets')),
  },
  {
    path: '/subsidies/drives',
    name: '慈善募捐',
    icon: <GiftOutlined />,
    section: 'subsidies',
    operation: 'listDrives',
    ...page(() => import('./drives')),
  },
  {
    path: '/subsidies/drives/:id',
    name: '募捐活动',
    operation: 'getDrive',
    hidden: true,
    ...page(() => import('./drive')),
  },
  {
    path: '/subsidies/employment',
    name: '就业扶贫基地',
    icon: <ApartmentOutlined />,
    section: 'subsidies',
    operation: 'getEmploymentStandards',
    ...page(() => import('./employment-bases')),
  },
  {
    path: '/subsidies/employment/bases/:id',
    name: '就业扶贫基地详情',
    operation: 'getEmploymentBase',
    hidden: true,
    ...page(() => import('./employment-base')),
  },
  {
    path: '/subsidies/jobs',
    name: '就业岗位',
    icon: <SolutionOutlined />,
    section: 'subsidies',
    operation: 'listJobOpenings',
    ...page(() => import('./employment-jobs')),
  },
  {
    path: '/subsidies/jobs/:id',
    name: '岗位详情',
    operation: 'getJobOpening',
    hidden: true,
    ...page(() => import('./employment-job')),
  },
  {
    path: '/me/jobs',
    name: '就业岗位',
    audience: 'resident',
    operation: 'listJobOpenings',
    hidden: true,
    ...page(() => import('./employment-me-jobs')),
  },
];
