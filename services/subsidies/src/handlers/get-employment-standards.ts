import { httpHandler } from '@shequ/kit';
import {
  APPLICATION_DEADLINE,
  describeStandards,
  employmentParameters,
  INSPECTION_WINDOW,
  STATISTICS_DEADLINE,
  TRAINING_PLAN_LEAD_DAYS,
} from '../domain/employment.ts';
import { getEmploymentStandards as route, standardsView } from '../schemas/employment.ts';

export function createHandler() {
  return httpHandler(route, async () => ({
    body: standardsView.parse({
      types: describeStandards(employmentParameters),
      districtParameters: employmentParameters,
      deadlines: {
        application: `每年 ${APPLICATION_DEADLINE.month} 月 ${APPLICATION_DEADLINE.day} 日前申报当年度基地`,
        inspection: `每年 ${INSPECTION_WINDOW.month} 月 ${INSPECTION_WINDOW.from}–${INSPECTION_WINDOW.to} 日实地验收`,
        statistics: `每年 ${STATISTICS_DEADLINE.month} 月 ${STATISTICS_DEADLINE.day} 日前报送年度统计表`,
        trainingPlanLeadDays: TRAINING_PLAN_LEAD_DAYS,
      },
    }),
  }));
}

export const handler = createHandler();
