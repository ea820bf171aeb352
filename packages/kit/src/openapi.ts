import { z } from 'zod';
import type { Role } from './caller.ts';
import { labelledEnum } from './fields.ts';
import type { HttpMethod, RouteContract, ServiceManifest } from './manifest.ts';

/** A JSON Schema (draft 2020-12, as OpenAPI 3.1 uses it); kept loose because zod decides its shape. */
export type JsonSchema = { [keyword: string]: unknown };

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OpenApiMediaType {
  schema: JsonSchema;
}

export interface OpenApiResponse {
  description: string;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
  content?: Record<string, OpenApiMediaType>;
}

export interface OpenApiReference {
  $ref: string;
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: OpenApiParameter[];
  requestBody?: { required: boolean; content: Record<string, OpenApiMediaType> };
  /** Keyed by status code as a string, in ascending order; problem answers refer to `components.responses`. */
  responses: Record<string, OpenApiResponse | OpenApiReference>;
  /** `[]` on public routes overrides nothing but says so explicitly for readers and tools. */
  security: Array<Record<string, string[]>>;
  /** Roles allowed to call; absent means any signed-in role (or anyone, on public routes). */
  'x-roles'?: Role[];
  'x-idempotent'?: boolean;
}

export type OpenApiMethod = Lowercase<HttpMethod>;

export type OpenApiPathItem = Partial<Record<OpenApiMethod, OpenApiOperation>>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string; 'x-district': { code: string; name: string } };
  servers: Array<{ url: string; description: string }>;
  tags: Array<{ name: string; description: string }>;
  paths: Record<string, OpenApiPathItem>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, OpenApiResponse>;
    securitySchemes: Record<string, JsonSchema>;
  };
}

export interface OpenApiInfo {
  title?: string;
  version?: string;
  /** Six-digit code of the district this deployment serves. */
  district: string;
  districtName: string;
  serverUrl?: string;
}

const serviceDescriptions: Record<string, string> = {
  registry: '人员登记',
  subsidies: '补贴救助',
  volunteering: '志愿服务',
  cases: '民生流水线',
  notifications: '消息通知',
  statistics: '统计报表',
};

/** Chinese names for roles, for the operation descriptions people read. */
const roleNames: Record<Role, string> = {
  'district-admin': '区级管理员',
  'subdistrict-staff': '街道工作人员',
  'community-worker': '社区工作者',
  'grid-worker': '网格员',
  volunteer: '志愿者',
  unit: '单位',
  resident: '居民',
};

/** The roles, named: fields holding a role use it, and `x-roles` clients read its labels from the document. */
export const roleSchema = labelledEnum('Role', '角色', roleNames);

/** The Role component exactly as a route's use of `roleSchema` would emit it, so both agree. */
const roleComponent = (): JsonSchema => {
  const { $defs } = z.toJSONSchema(roleSchema) as JsonSchema;
  return (isRecord($defs) ? $defs.Role : undefined) as JsonSchema;
};

const problemRef = { $ref: '#/components/schemas/Problem' };

const problemSchema: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 问题详情：code 供程序判断，title 和 detail 供人阅读，errors 逐字段说明校验问题。',
  properties: {
    type: { type: 'string', description: '问题类型的标识 URI，末段与 code 相同' },
    code: { type: 'string', description: '稳定的错误代码，如 validation-failed、forbidden' },
    title: { type: 'string', description: '错误类别的中文标题' },
    status: { type: 'integer', description: 'HTTP 状态码' },
    detail: { type: 'string', description: '本次错误的中文说明' },
    instance: { type: 'string', description: '请求编号（urn:request:…），联系管理员时请提供' },
    errors: {
      type: 'array',
      description: '逐字段的校验问题',
      items: {
        type: 'object',
        properties: {
          field: { type: 'string', description: '出错字段的路径，如 body.citizenId' },
          message: { type: 'string', description: '中文提示' },
        },
        required: ['field', 'message'],
      },
    },
  },
  required: ['type', 'code', 'title', 'status'],
};

/**
 * Builds the OpenAPI 3.1 document for the given services straight from their route contracts, so the
 * reference cannot drift from what the handlers validate. Order follows the manifests and their routes.
 */
export function buildOpenApi(manifests: readonly ServiceManifest[], info: OpenApiInfo): OpenApiDocument {
  const doc: OpenApiDocument = {
    openapi: '3.1.0',
    info: {
      title: info.title ?? '社区服务平台 API',
      version: info.version ?? '1.0.0',
      description: `${info.districtName}（行政区划代码 ${info.district}）社区服务平台接口。错误一律以 application/problem+json 返回。`,
      'x-district': { code: info.district, name: info.districtName },
    },
    servers: [{ url: info.serverUrl ?? '/', description: `${info.districtName}部署` }],
    tags: [],
    paths: {},
    components: {
      schemas: { Problem: problemSchema, Role: roleComponent() },
      responses: {},
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            '登录后获得的 JWT 访问令牌，放在 Authorization: Bearer 头中。令牌声明 role（角色）和 areas（可管辖的地区代码列表）决定可调用的接口和可访问的数据范围。',
        },
      },
    },
  };
  const operationIds = new Set<string>();
  for (const manifest of manifests) {
    doc.tags.push({ name: manifest.service, description: serviceDescriptions[manifest.service] ?? manifest.service });
    for (const { route } of manifest.routes) {
      if (operationIds.has(route.operationId)) throw new Error(`duplicate operationId ${route.operationId}`);
      operationIds.add(route.operationId);
      const method = route.method.toLowerCase() as OpenApiMethod;
      const item = doc.paths[route.path] ?? {};
      doc.paths[route.path] = item;
      if (item[method]) throw new Error(`duplicate route ${route.method} ${route.path}`);
      item[method] = buildOperation(route, manifest.service, doc.components);
    }
  }
  // Sorted so the generated client types and the document read the same whatever order the routes name them in.
  doc.components.schemas = sortedByKey(doc.components.schemas);
  doc.components.responses = sortedByKey(doc.components.responses);
  return doc;
}

function buildOperation(route: RouteContract, tag: string, components: OpenApiDocument['components']): OpenApiOperation {
  const defs = components.schemas;
  const parameters = [...pathParameters(route, defs), ...objectParameters(route.query, 'query', route.operationId, defs)].map(
    (parameter) => {
      const description = parameter.description ?? parameterMeaning(parameter.name, route.path);
      return description ? { ...parameter, description } : parameter;
    },
  );
  if (route.idempotent) parameters.push(idempotencyKeyParameter);
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: describeOperation(route),
    tags: [tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: toSchema(route.body, 'input', `${route.operationId}.body`, defs) } },
          },
        }
      : {}),
    ...(route.rawBody
      ? {
          requestBody: {
            required: !route.rawBody.optional,
            content: fileContent(route.rawBody.contentTypes, route.rawBody.description),
          },
        }
      : {}),
    responses: buildResponses(route, parameters, components),
    security: route.auth === 'jwt' ? [{ bearerAuth: [] }] : [],
    ...(route.roles ? { 'x-roles': [...route.roles] } : {}),
    ...(route.idempotent ? { 'x-idempotent': true } : {}),
  };
}

function describeOperation(route: RouteContract): string {
  const who =
    route.auth === 'public'
      ? '公开接口，无需登录。'
      : `可调用角色：${route.roles ? route.roles.map((role) => `${roleNames[role]}（${role}）`).join('、') : '所有已登录角色'}。`;
  return route.description ? `${route.description}\n\n${who}` : who;
}

const idempotencyKeyParameter: OpenApiParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    '幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。',
  schema: { type: 'string', pattern: '^[\\w-]{8,128}$' },
};

/**
 * What the parameters recurring across services mean, for those whose schema says nothing itself, so
 * each reads the same everywhere. A route that means something narrower describes its own field.
 */
const parameterMeanings: Record<string, string> = {
  area: '地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03；只返回该地区内的记录',
  community: '社区代码（12 位），如 350203006029',
  grid: '网格代码，如 350203006029-03',
  month: '月份（YYYY-MM），如 2026-02',
  year: '年份（四位数字），如 2026',
  period: '报表期间：月报为 YYYY-MM，年报为 YYYY',
  from: '起始日期（含），YYYY-MM-DD',
  to: '截止日期（含），YYYY-MM-DD',
  before: '只列出此日期（YYYY-MM-DD）之前的记录',
  name: '按姓名或名称的开头筛选',
  status: '按状态筛选，不传则不限',
  state: '按状态筛选，不传则不限',
  kind: '类型',
  category: '类别',
  condition: '物品成色',
  source: '来源',
  channel: '渠道',
  skill: '按技能筛选',
  grade: '按残疾等级（1–4，一级最重）筛选',
  group: '特殊群体代码',
  programme: '补助项目代码，如 dibao',
  round: '公示榜次（1、2 或 3）',
  overdue: 'true 时只列出已逾期的',
  reveal: 'true 时返回完整证件号和电话（须有权限，并记入审计）',
  format: '导出格式：xlsx 或 csv',
  fileName: '上传文件的文件名（.xlsx 或 .csv）',
  key: '模板代码',
  version: '模板版本号',
  code: '代码',
  number: '网格序号（1–99）',
  parentId: '所属上级设施的编号',
};

/** The record a path's `{id}` (or `{somethingId}`) names, by the collection segment before it. */
const recordNouns: Record<string, string> = {
  persons: '人员',
  households: '户',
  members: '成员',
  buildings: '楼栋',
  facilities: '设施',
  units: '单位',
  applications: '申请',
  certificates: '证照',
  imports: '导入任务',
  drives: '募捐活动',
  bases: '就业基地',
  openings: '招聘岗位',
  teams: '志愿服务队',
  'party-posts': '党员先锋岗',
  volunteers: '志愿者',
  activities: '活动',
  'sign-ups': '报名人员',
  hours: '时长记录',
  pairings: '结对',
  wishes: '心愿',
  items: '物品',
  loans: '借用记录',
  plots: '菜地',
  evaluations: '测评',
  questionnaires: '问卷',
  inbox: '消息',
  messages: '消息',
  broadcasts: '群发通知',
  notices: '公示',
};

function parameterMeaning(name: string, path: string): string | undefined {
  const segments = path.split('/');
  const at = segments.indexOf(`{${name}}`);
  if (at > 0 && (name === 'id' || name.endsWith('Id'))) {
    const noun = name === 'personId' ? '人员' : recordNouns[segments[at - 1] ?? ''];
    return `${noun ?? '记录'}编号`;
  }
  return parameterMeanings[name];
}

/** Every `{name}` in the template must be declared, even when the route has no params schema. */
function pathParameters(route: RouteContract, defs: Record<string, JsonSchema>): OpenApiParameter[] {
  const declared = objectParameters(route.params, 'path', route.operationId, defs);
  const names = new Set(declared.map((parameter) => parameter.name));
  const missing = [...route.path.matchAll(/\{([^}]+)\}/g)]
    .map((match) => match[1] ?? '')
    .filter((name) => name && !names.has(name))
    .map((name): OpenApiParameter => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  return [...declared, ...missing];
}

function objectParameters(
  schema: z.ZodType | undefined,
  location: 'path' | 'query',
  operationId: string,
  defs: Record<string, JsonSchema>,
): OpenApiParameter[] {
  if (!schema) return [];
  const converted = toSchema(schema, 'input', `${operationId}.${location}`, defs);
  const json = resolveComponent(converted, defs);
  const properties = isRecord(json.properties) ? json.properties : {};
  const required = Array.isArray(json.required) ? json.required : [];
  return Object.entries(properties).map(([name, property]) => {
    const propertySchema = isRecord(property) ? property : {};
    // A parameter whose schema is a named component (an enum) takes that component's description.
    const description = [propertySchema.description, resolveComponent(propertySchema, defs).description].find(
      (text): text is string => typeof text === 'string',
    );
    return {
      name,
      in: location,
      // OpenAPI insists path parameters are required whatever the schema says.
      required: location === 'path' || required.includes(name),
      ...(description ? { description } : {}),
      schema: propertySchema,
    };
  });
}

function buildResponses(
  route: RouteContract,
  parameters: readonly OpenApiParameter[],
  { schemas: defs, responses: problemResponses }: OpenApiDocument['components'],
): Record<string, OpenApiResponse | OpenApiReference> {
  const success: OpenApiResponse = {
    description: route.response.description,
    ...(route.idempotent
      ? {
          headers: {
            'Idempotent-Replayed': {
              description: '值为 true 时表示这是用同一幂等键重试得到的第一次结果',
              schema: { type: 'string', enum: ['true'] },
            },
          },
        }
      : {}),
    ...(route.response.file ? { content: fileContent(route.response.file.contentTypes) } : {}),
    ...(route.response.schema
      ? {
          content: {
            'application/json': { schema: toSchema(route.response.schema, 'output', `${route.operationId}.response`, defs) },
          },
        }
      : {}),
  };
  const hasInput = Boolean(route.body || route.rawBody || route.query || route.params);
  const paged = parameters.some((parameter) => parameter.in === 'query' && parameter.name === 'cursor');
  const writes = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
  const jwt = route.auth === 'jwt';
  const problems: Array<[number, boolean, () => NamedProblem]> = [
    [400, Boolean(route.body || paged || route.idempotent), () => badRequest(route, paged)],
    [401, jwt, () => ({ name: 'Unauthorized', description: '未登录：缺少访问令牌或令牌无效、已过期（unauthorized）' })],
    [
      403,
      jwt,
      () => ({ name: 'Forbidden', description: '无权访问：角色不允许调用本接口，或记录不在令牌 areas 管辖范围内（forbidden）' }),
    ],
    [404, /\{[^}]+\}/.test(route.path), () => ({ name: 'NotFound', description: '记录不存在（not-found）' })],
    [409, Boolean(route.idempotent) || writes, () => conflict(route)],
    [422, hasInput || Boolean(route.idempotent), () => unprocessable(route, hasInput)],
    [
      500,
      true,
      () => ({
        name: 'InternalError',
        description: '服务器内部错误（internal-error），请稍后重试；如持续出现请联系管理员并提供 instance 中的请求编号',
      }),
    ],
  ];
  const responses: Record<string, OpenApiResponse | OpenApiReference> = { [String(route.response.status)]: success };
  for (const [status, applies, describe] of problems) {
    if (!applies) continue;
    // The same few problem answers recur on every route: each is written once, under components.responses.
    const { name, description } = describe();
    problemResponses[name] = { description, content: { 'application/problem+json': { schema: problemRef } } };
    responses[String(status)] = { $ref: `#/components/responses/${name}` };
  }
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b)));
}

/** A file in a request or response body: its bytes, under each media type it may come as. */
function fileContent(contentTypes: readonly string[], description?: string): Record<string, OpenApiMediaType> {
  const schema: JsonSchema = { type: 'string', format: 'binary', ...(description ? { description } : {}) };
  return Object.fromEntries(contentTypes.map((type) => [type, { schema }]));
}

/** A problem answer and the name it has under `components.responses`, which says which codes it may carry. */
interface NamedProblem {
  name: string;
  description: string;
}

function badRequest(route: RouteContract, paged: boolean): NamedProblem {
  const causes: Array<[boolean, string, string[]]> = [
    [Boolean(route.body), 'Json', ['malformed-json', 'missing-body']],
    [paged, 'Cursor', ['invalid-cursor']],
    [Boolean(route.idempotent), 'IdempotencyKey', ['invalid-idempotency-key']],
  ];
  const applying = causes.filter(([applies]) => applies);
  return {
    name: `BadRequest${applying.map(([, name]) => name).join('')}`,
    description: `请求格式错误（${applying.flatMap(([, , codes]) => codes).join('、')}）`,
  };
}

function conflict(route: RouteContract): NamedProblem {
  const reasons = [
    '与已有数据冲突，或记录已被他人修改（concurrent-modification）',
    ...(route.idempotent ? ['同一幂等键的请求仍在处理中（request-in-progress）'] : []),
  ];
  return { name: route.idempotent ? 'ConflictOrInProgress' : 'Conflict', description: `操作冲突：${reasons.join('；')}` };
}

function unprocessable(route: RouteContract, hasInput: boolean): NamedProblem {
  const reasons = [
    ...(hasInput ? ['数据校验未通过（validation-failed），errors 逐字段说明'] : []),
    ...(route.idempotent ? ['幂等键已用于另一个不同的请求（idempotency-key-reused）'] : []),
  ];
  const name = hasInput ? (route.idempotent ? 'ValidationFailedOrKeyReused' : 'ValidationFailed') : 'IdempotencyKeyReused';
  return { name, description: reasons.join('；') };
}

/** zod names the definitions it extracts without an id (cycles) `__schema0`, `__schema1`…; registered ids are kept as given. */
const anonymousDef = /^__schema\d+$/;

/**
 * Converts a zod schema and makes it fit inside the document: no `$schema`, and any `$defs` moved to
 * `components.schemas`, because `#/$defs/…` would resolve against the document root. Schemas registered
 * with `.meta({ id })` become components under their id (`Person`), shared by every operation; where a
 * schema reads differently as input than as output (defaults, transforms) the input one is `<id>Input`.
 * Cycles without an id are named after the operation that holds them.
 */
function toSchema(schema: z.ZodType, io: 'input' | 'output', name: string, defs: Record<string, JsonSchema>): JsonSchema {
  const convert = (mode: 'input' | 'output') => z.toJSONSchema(schema, { io: mode, unrepresentable: 'any' }) as JsonSchema;
  const { $schema: _dialect, $defs, ...json } = convert(io);
  const localDefs = isRecord($defs) ? $defs : {};
  const readsDifferently = io === 'input' ? idsReadingDifferently(localDefs, () => convert('output').$defs) : new Set();
  const componentOf = (defName: string): string => {
    if (anonymousDef.test(defName)) return `${name}.${defName}`;
    return readsDifferently.has(defName) ? `${defName}Input` : defName;
  };
  const selfReferencing = containsRef(json, '#') || containsRef(localDefs, '#');
  const target = (ref: string): string | undefined => {
    if (ref === '#') return `#/components/schemas/${name}`;
    if (ref.startsWith('#/$defs/')) return `#/components/schemas/${componentOf(ref.slice('#/$defs/'.length))}`;
    return undefined;
  };
  for (const [defName, def] of Object.entries(localDefs)) {
    addComponent(defs, componentOf(defName), rewriteRefs(def, target) as JsonSchema, name);
  }
  const rewritten = rewriteRefs(json, target) as JsonSchema;
  if (!selfReferencing) return rewritten;
  defs[name] = rewritten;
  return { $ref: `#/components/schemas/${name}` };
}

/**
 * The registered ids whose input schema differs from their output one, directly or through a schema
 * they refer to (a Person whose Address differs must be PersonInput too, to refer to AddressInput).
 */
function idsReadingDifferently(inputDefs: Record<string, unknown>, outputDefsOf: () => unknown): Set<string> {
  const named = Object.keys(inputDefs).filter((defName) => !anonymousDef.test(defName));
  if (named.length === 0) return new Set();
  const outputDefs = outputDefsOf();
  const output = isRecord(outputDefs) ? outputDefs : {};
  const differing = new Set(named.filter((id) => JSON.stringify(inputDefs[id]) !== JSON.stringify(output[id])));
  for (let grew = true; grew; ) {
    grew = false;
    for (const id of named) {
      if (differing.has(id)) continue;
      if ([...differing].some((other) => containsRef(inputDefs[id], `#/$defs/${other}`))) {
        differing.add(id);
        grew = true;
      }
    }
  }
  return differing;
}

/** A component id names one schema: a second, different schema under the same id is a mistake, caught here. */
function addComponent(defs: Record<string, JsonSchema>, id: string, schema: JsonSchema, usedBy: string): void {
  const existing = defs[id];
  if (existing && JSON.stringify(existing) !== JSON.stringify(schema)) {
    throw new Error(`schema id "${id}" names two different schemas (the second in ${usedBy}): give one of them another id`);
  }
  defs[id] = schema;
}

function sortedByKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function resolveComponent(schema: JsonSchema, defs: Record<string, JsonSchema>): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/components/schemas/')) return schema;
  return defs[ref.slice('#/components/schemas/'.length)] ?? schema;
}

function rewriteRefs(value: unknown, target: (ref: string) => string | undefined): unknown {
  if (Array.isArray(value)) return value.map((entry) => rewriteRefs(entry, target));
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [
      key,
      key === '$ref' && typeof entry === 'string' ? (target(entry) ?? entry) : rewriteRefs(entry, target),
    ]),
  );
}

function containsRef(value: unknown, ref: string): boolean {
  if (Array.isArray(value)) return value.some((entry) => containsRef(entry, ref));
  if (!isRecord(value)) return false;
  return Object.entries(value).some(([key, entry]) => (key === '$ref' ? entry === ref : containsRef(entry, ref)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
