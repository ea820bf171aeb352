import { EnvironmentOutlined, FlagOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import { page, type Screen } from '../../screen';

/** The volunteering service's screens (staff, resident and public ones alike). */
export const volunteeringScreens: Screen[] = [
  // Teams, volunteers, activities and hours.
  {
    path: '/volunteering/teams',
    name: '志愿服务队',
    icon: <FlagOutlined />,
    section: 'volunteering',
    operation: 'listTeams',
    ...page(() => import('./teams')),
  },
  {
    path: '/volunteering/teams/:id',
    name: '队伍详情',
    operation: 'getTeam',
    hidden: true,
    ...page(() => import('./team')),
  },
  {
    path: '/volunteering/volunteers',
    name: '志愿者',
    icon: <TeamOutlined />,
    section: 'volunteering',
    operation: 'listVolunteers',
    ...page(() => import('./volunteers')),
  },
  {
    path: '/volunteering/volunteers/:id',
    name: '志愿者档案',
    operation: 'getVolunteer',
    hidden: true,
    ...page(() => import('./volunteer')),
  },
  // Pairing, micro-wishes, the sharing station, garden plots and unit commitments.
  {
    path: '/volunteering/sharing',
    name: '共享驿站',
    icon: <ShopOutlined />,
    section: 'volunteering',
    operation: 'recordSharedItem',
    ...page(() => import('./sharing')),
  },
  {
    path: '/volunteering/plots',
    name: '共享菜园',
    icon: <EnvironmentOutlined />,
    section: 'volunteering',
    operation: 'defineGardenPlot',
    ...page(() => import('./plots')),
  },
  {
    path: '/me/sharing',
    name: '共享驿站',
    audience: 'resident',
    operation: 'borrowSharedItem',
    hidden: true,
    ...page(() => import('./sharing-mine')),
  },
];
