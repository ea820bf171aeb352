import { BarChartOutlined, FileAddOutlined, MessageOutlined, ProjectOutlined } from '@ant-design/icons';
import { page, type Screen } from '../../screen';

/** The cases service's screens: the 民生流水线 for staff, and the resident's own requests. */
export const casesScreens: Screen[] = [
  {
    path: '/cases',
    name: '流水线看板',
    icon: <ProjectOutlined />,
    section: 'cases',
    operation: 'listCases',
    ...page(() => import('./board')),
  },
  {
    path: '/cases/new',
    name: '诉求登记',
    icon: <FileAddOutlined />,
    section: 'cases',
    operation: 'fileCase',
    ...page(() => import('./intake')),
  },
  {
    path: '/cases/items/:caseId',
    name: '诉求详情',
    operation: 'getCase',
    hidden: true,
    ...page(() => import('./case')),
  },
  {
    path: '/cases/compliance',
    name: '按期办结率',
    icon: <BarChartOutlined />,
    section: 'cases',
    operation: 'getCaseCompliance',
    ...page(() => import('./compliance')),
  },
  {
    path: '/me/cases',
    name: '诉求',
    icon: <MessageOutlined />,
    audience: 'resident',
    operation: 'listMyCases',
    ...page(() => import('./my-cases')),
  },
  {
    path: '/me/cases/new',
    name: '我要反映',
    audience: 'resident',
    operation: 'fileCase',
    hidden: true,
    ...page(() => import('./my-case-new')),
  },
  {
    path: '/me/cases/:caseId',
    name: '诉求进度',
    audience: 'resident',
    operation: 'getCase',
    hidden: true,
    ...page(() => import('./my-case')),
  },
];
