import {
  CalendarOutlined,
  ClockCircleOutlined,
  EnvironmentOutlined,
  FlagOutlined,
  GiftOutlined,
  HeartOutlined,
  ShopOutlined,
  SmileOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { page, type Screen } from '../../screen';

/**
 * The volunteering service's screens (staff, resident and public ones alike). None sits under the API's
 * `/volunteering` prefix: the platform sends every path there to the API, so a reload or an opened link
 * would get the API's JSON instead of the console.
 */
export const volunteeringScreens: Screen[] = [
  // Teams, volunteers, activities and hours.
  {
    path: '/teams',
    name: '志愿服务队',
    icon: <FlagOutlined />,
    section: 'volunteering',
    operation: 'listTeams',
    ...page(() => import('./teams')),
  },
  {
    path: '/teams/:id',
    name: '队伍详情',
    operation: 'getTeam',
    hidden: true,
    ...page(() => import('./team')),
  },
  {
    path: '/volunteers',
    name: '志愿者',
    icon: <TeamOutlined />,
    section: 'volunteering',
    operation: 'listVolunteers',
    ...page(() => import('./volunteers')),
  },
  {
    path: '/volunteers/:id',
    name: '志愿者档案',
    operation: 'getVolunteer',
    hidden: true,
    ...page(() => import('./volunteer')),
  },
  {
    path: '/activities',
    name: '活动',
    icon: <CalendarOutlined />,
    section: 'volunteering',
    operation: 'createActivity',
    ...page(() => import('./activities')),
  },
  {
    path: '/activities/:id',
    name: '活动详情',
    operation: 'listActivitySignUps',
    hidden: true,
    ...page(() => import('./activity')),
  },
  {
    path: '/activities/:id/on-the-day',
    name: '活动当天签到',
    operation: 'checkInToActivity',
    hidden: true,
    ...page(() => import('./activity-day')),
  },
  {
    path: '/volunteer-hours',
    name: '服务时长',
    icon: <ClockCircleOutlined />,
    section: 'volunteering',
    operation: 'getCommunityHours',
    ...page(() => import('./hours')),
  },
  {
    path: '/me/activities',
    name: '活动',
    icon: <SmileOutlined />,
    audience: 'resident',
    operation: 'listPersonSignUps',
    ...page(() => import('./my-activities')),
  },
  {
    path: '/me/hours',
    name: '我的服务时长',
    audience: 'resident',
    operation: 'getMyVolunteer',
    hidden: true,
    ...page(() => import('./my-hours')),
  },
  // Pairing, micro-wishes, the sharing station, garden plots and unit commitments.
  {
    path: '/sharing',
    name: '共享驿站',
    icon: <ShopOutlined />,
    section: 'volunteering',
    operation: 'recordSharedItem',
    ...page(() => import('./sharing')),
  },
  {
    path: '/garden-plots',
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
  {
    path: '/micro-wishes',
    name: '微心愿',
    icon: <GiftOutlined />,
    section: 'volunteering',
    operation: 'postMicroWish',
    ...page(() => import('./wishes')),
  },
  {
    path: '/pairings',
    name: '结对帮扶',
    icon: <HeartOutlined />,
    section: 'volunteering',
    operation: 'listPairings',
    ...page(() => import('./pairing')),
  },
  {
    path: '/pairings/:id',
    name: '结对详情',
    operation: 'getPairing',
    hidden: true,
    ...page(() => import('./pairing-detail')),
  },
  {
    path: '/me/wishes',
    name: '微心愿',
    audience: 'resident',
    operation: 'claimMicroWish',
    hidden: true,
    ...page(() => import('./wishes-mine')),
  },
];
