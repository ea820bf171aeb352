import {
  BarChartOutlined,
  CalendarOutlined,
  FileAddOutlined,
  FormOutlined,
  IdcardOutlined,
  LikeOutlined,
  MessageOutlined,
  ProjectOutlined,
} from '@ant-design/icons';
import { page, type Screen } from '../../screen';

/**
 * The cases service's screens: the 民生流水线 and the monthly 五日一周 for staff (its reception day and contact
 * card, evaluation day and needs questionnaires), and the resident's own requests and questionnaires. The
 * evaluation card a representative answers without signing in is a public screen (`public-screens.tsx`).
 */
export const casesScreens: Screen[] = [
  {
    path: '/case',
    name: '流水线看板',
    icon: <ProjectOutlined />,
    section: 'cases',
    operation: 'listCases',
    ...page(() => import('./board')),
  },
  {
    path: '/case/new',
    name: '诉求登记',
    icon: <FileAddOutlined />,
    section: 'cases',
    operation: 'fileCase',
    ...page(() => import('./intake')),
  },
  {
    path: '/case/items/:caseId',
    name: '诉求详情',
    operation: 'getCase',
    hidden: true,
    ...page(() => import('./case')),
  },
  {
    path: '/case/compliance',
    name: '按期办结率',
    icon: <BarChartOutlined />,
    section: 'cases',
    operation: 'getCaseCompliance',
    ...page(() => import('./compliance')),
  },
  {
    path: '/case/calendar',
    name: '五日一周',
    icon: <CalendarOutlined />,
    section: 'cases',
    // Every signed-in role may read a calendar; the screen is for the staff who keep it.
    operation: 'getRepresentatives',
    ...page(() => import('./calendar')),
  },
  {
    path: '/case/representatives',
    name: '接待日与连心卡',
    icon: <IdcardOutlined />,
    section: 'cases',
    operation: 'getRepresentatives',
    ...page(() => import('./representatives')),
  },
  {
    path: '/case/evaluations',
    name: '评议日',
    icon: <LikeOutlined />,
    section: 'cases',
    operation: 'listEvaluations',
    ...page(() => import('./evaluations')),
  },
  {
    path: '/case/evaluations/:evaluationId',
    name: '季度评议',
    operation: 'getEvaluation',
    hidden: true,
    ...page(() => import('./evaluation')),
  },
  {
    path: '/case/questionnaires',
    name: '需求问卷',
    icon: <FormOutlined />,
    section: 'cases',
    operation: 'createQuestionnaire',
    ...page(() => import('./questionnaires')),
  },
  {
    path: '/case/questionnaires/:questionnaireId',
    name: '问卷统计',
    operation: 'getQuestionnaireTally',
    hidden: true,
    ...page(() => import('./questionnaire')),
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
  {
    path: '/me/questionnaires/:questionnaireId',
    name: '需求问卷',
    audience: 'resident',
    operation: 'respondToQuestionnaire',
    hidden: true,
    ...page(() => import('./my-questionnaire')),
  },
];
