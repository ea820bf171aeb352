import { communityCodeSchema, defineRoute, fileTypes, pageOf, pageQuery, type Role, type RouteBinding } from '@shequ/kit';
import { z } from 'zod';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../domain/imports.ts';
import { importStatusSchema } from './enums.ts';

/** Importing writes a whole community's records at once: community workers and above, never grid workers. */
export const importRoles: readonly Role[] = ['district-admin', 'subdistrict-staff', 'community-worker'];

export const XLSX_TYPE = fileTypes.xlsx;
export const uploadContentTypes = [XLSX_TYPE, 'text/csv', 'application/octet-stream'] as const;

const fileNameSchema = z
  .string()
  .trim()
  .min(1, '请填写文件名')
  .max(200, '文件名不能超过 200 个字')
  .regex(/\.(xlsx|csv)$/i, '只能导入 .xlsx 或 .csv 文件');
const importIdParams = z.object({ id: z.string().regex(/^[0-9a-f]{32}$/, '导入任务编号格式不正确') });
export const importView = z
  .object({
    id: z.string().describe('由社区代码和文件内容推导：同一文件再次导入得到同一任务'),
    community: z.string(),
    fileName: z.string(),
    status: importStatusSchema.describe(
      'queued 排队中；running 导入中；done 已完成；failed 失败（见 failure）；cancelled 已取消（已导入的行保留，可继续导入）',
    ),
    rowsTotal: z.int().describe('数据行数（不含表头、空行、合计行和表尾说明，见 skippedRows）'),
    processedRows: z.int().describe('已处理的行数，用于显示进度'),
    percent: z.int().min(0).max(100).describe('进度百分比（已处理行数 / 数据行数，向下取整；完成为 100）'),
    skippedRows: z.int().describe('跳过的行数：表头下的空行、合计行、表尾说明等，不是人员，不计入数据行'),
    skippedNote: z.string().optional().describe('跳过了哪些行，如“跳过 2 行：合计行 1 行（第 75 行）；空行 1 行（第 10 行）”'),
    created: z.int().describe('新登记的人员数'),
    updated: z.int().describe('信息或群体有变化而更新的已登记人员数'),
    unchanged: z.int().describe('与已登记信息完全相同、未作改动的行数'),
    failedRows: z.int().describe('有错误未导入的行数，错误见错误报告'),
    requestedBy: z.string(),
    createdAt: z.string(),
    startedAt: z.string().optional(),
    finishedAt: z.string().optional(),
    failure: z.string().optional().describe('任务失败时的中文原因'),
    cancelRequested: z.literal(true).optional().describe('已申请取消，正在处理的这一批行完成后停止'),
    cancelledBy: z.string().optional().describe('取消人'),
    cancelledAt: z.string().optional().describe('申请取消的时间；已处理的行数见 processedRows'),
  })
  .meta({ id: 'ImportJob' });
export type ImportView = z.infer<typeof importView>;

export const rowErrorView = z
  .object({
    row: z.int().describe('Excel 中显示的行号（表头为第 1 行时，第一行数据为第 2 行）'),
    column: z.string().describe('出错的列（按上传文件中的表头）'),
    value: z.string().describe('该单元格的内容'),
    message: z.string().describe('错误说明'),
  })
  .meta({ id: 'ImportRowError' });

export const downloadImportTemplate = defineRoute({
  method: 'GET',
  path: '/registry/imports/template',
  operationId: 'downloadImportTemplate',
  summary: '下载人员导入模板',
  description: `人员台帐导入模板（.xlsx）：中文表头和一行示例；每个特殊群体一列“是/否”及其主要属性列（可选值有下拉），号码列为文本格式；“说明”页列出每列的所属群体、是否必填和可选值，“群体说明”页列出每个群体要填的列。列的顺序可调整，表头按文字识别（前后空格不影响）；每个文件最多 ${MAX_IMPORT_ROWS} 行数据、10 MB。`,
  auth: 'jwt',
  roles: importRoles,
  response: { status: 200, description: 'Excel 模板文件', file: { contentTypes: [fileTypes.xlsx] } },
});

export const createImportUploadBody = z.object({
  community: communityCodeSchema,
  fileName: fileNameSchema,
  contentType: z.enum([XLSX_TYPE, 'text/csv'], `文件类型须为 ${XLSX_TYPE}（.xlsx）或 text/csv`),
  size: z.int('请填写文件大小（字节）').min(1, '文件不能为空').max(MAX_IMPORT_BYTES, '文件超过 10 MB 上限：请拆分成多个文件导入'),
});

export const createImportUpload = defineRoute({
  method: 'POST',
  path: '/registry/imports/uploads',
  operationId: 'createImportUpload',
  summary: '申请上传导入文件',
  description:
    '大文件经对象存储上传：返回 15 分钟内有效的上传地址，客户端用 PUT 上传文件（Content-Type 和大小须与申请一致），再以返回的 objectKey 调用“开始导入”。本地环境不支持，请直接上传。',
  auth: 'jwt',
  roles: importRoles,
  body: createImportUploadBody,
  response: {
    status: 201,
    description: '上传地址',
    schema: z.object({
      uploadUrl: z.string(),
      method: z.literal('PUT'),
      headers: z.record(z.string(), z.string()).describe('上传时须带的请求头'),
      objectKey: z.string(),
      expiresAt: z.string(),
    }),
  },
});

export const startImportQuery = z.object({
  community: communityCodeSchema,
  fileName: fileNameSchema,
  objectKey: z
    .string()
    .regex(/^registry\/uploads\/\d{12}\/[0-9a-z]{19,40}$/, 'objectKey 须为“申请上传导入文件”返回的值')
    .optional()
    .describe('经对象存储上传时填写；直接上传时留空，文件作为请求正文'),
});

export const startImport = defineRoute({
  method: 'POST',
  path: '/registry/imports',
  operationId: 'startImport',
  summary: '开始导入人员台帐',
  description:
    `导入一个社区的人员台帐（.xlsx 或 CSV，UTF-8 或 GBK）：文件作为请求正文直接上传，或先“申请上传导入文件”再给出 objectKey。` +
    `立即检查表头、大小（10 MB）和行数（${MAX_IMPORT_ROWS} 行），然后在后台逐行导入：新人员登记，已登记的本社区人员按表更新，残疾人等群体一并登记；有错误的行不导入，进入错误报告。` +
    '同一社区再次导入同一文件返回原任务，不会重复导入。',
  auth: 'jwt',
  roles: importRoles,
  idempotent: true,
  query: startImportQuery,
  rawBody: { contentTypes: uploadContentTypes, description: '直接上传时的文件内容（.xlsx 或 CSV）', optional: true },
  response: { status: 202, description: '导入任务（新任务为 202，同一文件的已有任务为 200）', schema: importView },
});

export const getImport = defineRoute({
  method: 'GET',
  path: '/registry/imports/{id}',
  operationId: 'getImport',
  summary: '查看导入进度',
  description: '导入任务的状态、进度和结果统计。',
  auth: 'jwt',
  roles: importRoles,
  params: importIdParams,
  response: { status: 200, description: '导入任务', schema: importView },
});

export const listImportErrors = defineRoute({
  method: 'GET',
  path: '/registry/imports/{id}/errors',
  operationId: 'listImportErrors',
  summary: '导入错误明细',
  description: '按行号列出未导入的行及原因，每个出错的行一条（报告该行最靠左的出错列，其余出错列在说明末尾列出），分页返回。',
  auth: 'jwt',
  roles: importRoles,
  params: importIdParams,
  query: z.object(pageQuery),
  response: {
    status: 200,
    description: '一页错误；有下一页时返回 cursor',
    schema: pageOf(rowErrorView),
  },
});

export const downloadImportErrors = defineRoute({
  method: 'GET',
  path: '/registry/imports/{id}/errors.xlsx',
  operationId: 'downloadImportErrors',
  summary: '下载导入错误报告',
  description: '导入错误报告（.xlsx）：行号、列、值、错误说明，按行号排序，可对照原文件逐行修改后重新导入。',
  auth: 'jwt',
  roles: importRoles,
  params: importIdParams,
  response: { status: 200, description: 'Excel 错误报告', file: { contentTypes: [fileTypes.xlsx] } },
});

export const listImports = defineRoute({
  method: 'GET',
  path: '/registry/imports',
  operationId: 'listImports',
  summary: '导入任务列表',
  description:
    '一个社区的导入任务，最新的在前，分页返回。inProgress=true 时只列出排队中和导入中的任务（工作台用），不论之前有多少已结束的任务。',
  auth: 'jwt',
  roles: importRoles,
  query: z.object({
    area: communityCodeSchema,
    inProgress: z
      .enum(['true', 'false'], 'inProgress 须为 true 或 false')
      .optional()
      .describe('true：只列出排队中（queued）和导入中（running）的任务'),
    ...pageQuery,
  }),
  response: {
    status: 200,
    description: '一页导入任务；有下一页时返回 cursor',
    schema: pageOf(importView),
  },
});

export const cancelImport = defineRoute({
  method: 'POST',
  path: '/registry/imports/{id}/cancel',
  operationId: 'cancelImport',
  summary: '取消导入',
  description:
    '停止一个排队中或导入中的任务：排队中的立即取消；导入中的在当前这一批行（最多 200 行）完成后停止。已导入的行保留，' +
    'processedRows 说明停在第几行；之后可“继续导入”或再次上传同一文件，从停下的地方接着导入，每行只导入一次。',
  auth: 'jwt',
  roles: importRoles,
  params: importIdParams,
  response: { status: 202, description: '已取消（200）或正在停止（202，cancelRequested 为 true）', schema: importView },
});

export const resumeImport = defineRoute({
  method: 'POST',
  path: '/registry/imports/{id}/resume',
  operationId: 'resumeImport',
  summary: '继续导入',
  description: '让已取消的任务从停下的那一行接着导入；已导入的行不会重复导入。',
  auth: 'jwt',
  roles: importRoles,
  params: importIdParams,
  response: { status: 202, description: '已重新排队的任务', schema: importView },
});

export const importRoutes: readonly RouteBinding[] = [
  { route: downloadImportTemplate, handler: 'handlers/download-import-template' },
  { route: createImportUpload, handler: 'handlers/create-import-upload' },
  { route: startImport, handler: 'handlers/start-import' },
  { route: getImport, handler: 'handlers/get-import' },
  { route: listImportErrors, handler: 'handlers/list-import-errors' },
  { route: downloadImportErrors, handler: 'handlers/download-import-errors' },
  { route: listImports, handler: 'handlers/list-imports' },
  { route: cancelImport, handler: 'handlers/cancel-import' },
  { route: resumeImport, handler: 'handlers/resume-import' },
];
