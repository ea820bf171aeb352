import { AuditOutlined, BarChartOutlined, CalendarOutlined, FileExcelOutlined, PieChartOutlined } from '@ant-design/icons';
import { page, type Screen } from '../../screen';

/** The statistics service's screens (staff, resident and public ones alike). */
export const statisticsScreens: Screen[] = [
  {
    path: '/stats',
    name: '数据总览',
    icon: <BarChartOutlined />,
    section: 'statistics',
    operation: 'getPopulation',
    ...page(() => import('./overview')),
  },
  {
    path: '/stats/reports',
    name: '报表',
    icon: <FileExcelOutlined />,
    section: 'statistics',
    operation: 'getReport',
    ...page(() => import('./reports')),
  },
  {
    path: '/stats/reconciliations',
    name: '核对记录',
    icon: <AuditOutlined />,
    section: 'statistics',
    operation: 'listReconciliations',
    ...page(() => import('./reconciliations')),
  },
  {
    path: '/stats/yearly',
    name: '年报',
    icon: <CalendarOutlined />,
    section: 'statistics',
    operation: 'getReport',
    ...page(() => import('./yearly')),
  },
  {
    path: '/stats/figures',
    name: '专项统计',
    icon: <PieChartOutlined />,
    section: 'statistics',
    operation: 'getSpecialFigures',
    ...page(() => import('./figures')),
  },
];
