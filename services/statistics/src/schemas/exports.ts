import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, fileTypes, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { reportKinds } from '../domain/report-table.ts';

export const exportFormats = ['xlsx', 'csv'] as const;

export const exportReport = defineRoute({
  method: 'GET',
  path: '/statistics/reports/{kind}/{period}/export',
  operationId: 'exportReport',
  summary: '导出报表',
  description:
    '把已编制的报表导出为 Excel（xlsx，默认）或 CSV（UTF-8，带 BOM，Excel 可直接打开），版式同机关报表：标题、填报单位、统计时间和计量单位、' +
    '表头、各下级地区一行、合计行、制表人和制表日期。报表尚未编制时返回 404。',
  auth: 'jwt',
  roles: staffRoles,
  params: z.object({
    kind: z.enum(reportKinds, `报表种类须为 ${reportKinds.join('、')} 之一`),
    period: z
      .string('统计期须为文字')
      .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, '统计期须为 YYYY-MM（月报）或 YYYY（年报），如 2026-05'),
  }),
  query: z.object({
    area: areaCodeSchema,
    format: z.enum(exportFormats, '导出格式须为 xlsx 或 csv').default('xlsx'),
  }),
  response: {
    status: 200,
    description: 'Excel 或 CSV 报表文件（按 format）',
    file: { contentTypes: [fileTypes.xlsx, fileTypes.csv] },
  },
});

export const exportRoutes: readonly RouteBinding[] = [{ route: exportReport, handler: 'handlers/export-report' }];
