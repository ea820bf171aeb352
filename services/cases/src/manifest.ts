import { fileURLToPath } from 'node:url';
import { personFactEvents } from '@shequ/contracts';
import type { ServiceManifest } from '@shequ/kit';
import { caseRoutes } from './schemas/cases.ts';
import { calendarRoutes } from './schemas/civic-calendar.ts';
import { evaluationRoutes } from './schemas/evaluations.ts';
import { representativeRoutes } from './schemas/representatives.ts';
import { surveyRoutes } from './schemas/surveys.ts';

/**
 * Cases: the 民生流水线 — what residents ask for is accepted, handled within a deadline, answered on the
 * public board and followed up — and the monthly rhythm of community democracy (五日一周) with its
 * evaluation day and the needs questionnaires of the service week.
 */
export const manifest: ServiceManifest = {
  service: 'cases',
  srcDir: fileURLToPath(new URL('.', import.meta.url)),
  table: {
    name: 'cases',
    // gsi1 lists by area; gsi2 by person (a resident's own cases); gsi3 open cases by due day, for the daily escalation.
    indexes: ['gsi1', 'gsi2', 'gsi3'],
  },
  routes: [...caseRoutes, ...representativeRoutes, ...calendarRoutes, ...evaluationRoutes, ...surveyRoutes],
  subscriptions: [
    // Filers and representatives are known from the registry's events, never from its table.
    {
      name: 'keep-persons',
      events: personFactEvents.map((event) => event.type),
      handler: 'handlers/keep-persons',
      // An import raises a person event per row: the consumer keeps a batch in a few transactions.
      batchSize: 100,
    },
  ],
  schedules: [
    {
      name: 'escalate-overdue',
      cron: 'cron(30 8 * * ? *)',
      description: '每日 8:30 检查限期办理的诉求，逾期的逐级上报（社区 → 街道 → 区）并通知承办人（每个期限只上报一次）',
      handler: 'jobs/escalate-overdue',
    },
    {
      name: 'remind-civic-days',
      cron: 'cron(0 9 * * ? *)',
      description:
        '每日 9:00 提醒明天五日一周日子（接待日、公开日、宣传日、议事日、评议日、服务周）的居民代表和工作人员（每人每次只提醒一次）',
      handler: 'jobs/remind-civic-days',
    },
  ],
};
