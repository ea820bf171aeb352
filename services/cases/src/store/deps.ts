import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { clock } from '@shequ/contracts';
import { sharedDocumentClient } from '@shequ/ddb';
import { serviceEnv, tableOf } from '@shequ/kit';
import type { OfficialCalendar } from '../domain/civic-calendar.ts';
import { officialCalendar } from '../official-calendar.ts';

/** What the cases store needs, passed in so tests set the clock and the working-day calendar. */
export interface CasesDeps {
  client: DynamoDBDocumentClient;
  tableName: string;
  district: string;
  /** Working days: deadlines count them and 五日一周 days move to them. */
  calendar: OfficialCalendar;
  now: () => Date;
}

export function defaultCasesDeps(): CasesDeps {
  const env = serviceEnv();
  return {
    client: sharedDocumentClient(),
    tableName: tableOf('cases', env),
    district: env.DISTRICT,
    calendar: officialCalendar,
    now: () => clock.now(),
  };
}
