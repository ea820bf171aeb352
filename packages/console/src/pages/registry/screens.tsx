import {
  CloudUploadOutlined,
  EnvironmentOutlined,
  HomeOutlined,
  IdcardOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { page, type Screen } from '../../screen';

/** The registry's screens: people, households, special groups, visits, certificates and places. */
export const registryScreens: Screen[] = [
  {
    path: '/persons',
    name: '人员台账',
    icon: <TeamOutlined />,
    section: 'registry',
    operation: 'listPersons',
    ...page(() => import('./persons')),
  },
  {
    path: '/persons/new',
    name: '登记人员',
    operation: 'registerPerson',
    hidden: true,
    ...page(() => import('./person-register')),
  },
  {
    path: '/persons/:id',
    name: '人员详情',
    operation: 'getPerson',
    hidden: true,
    ...page(() => import('./person')),
  },
  {
    path: '/persons/:id/edit',
    name: '修改人员信息',
    operation: 'updatePerson',
    hidden: true,
    ...page(() => import('./person-edit')),
  },
  {
    path: '/groups',
    name: '特殊群体台账',
    icon: <UsergroupAddOutlined />,
    section: 'registry',
    operation: 'listGroupMembers',
    ...page(() => import('./groups')),
  },
  {
    path: '/imports',
    name: '批量导入',
    icon: <CloudUploadOutlined />,
    section: 'registry',
    operation: 'listImports',
    ...page(() => import('./imports')),
  },
  {
    path: '/visits',
    name: '走访',
    icon: <HomeOutlined />,
    section: 'registry',
    operation: 'listDueVisits',
    ...page(() => import('./visits')),
  },
  {
    path: '/certificates',
    name: '证照',
    icon: <IdcardOutlined />,
    section: 'registry',
    operation: 'listCertificates',
    ...page(() => import('./certificates')),
  },
  {
    path: '/areas',
    name: '地区',
    icon: <EnvironmentOutlined />,
    section: 'registry',
    operation: 'listGrids',
    ...page(() => import('./areas')),
  },
];
