import { z } from 'zod';
import type { Role } from './caller.ts';
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

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: OpenApiParameter[];
  requestBody?: { required: boolean; content: Record<string, OpenApiMediaType> };
  /** Keyed by status code as a string, in ascending order. */
  responses: Record<string, OpenApiResponse>;
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
      schemas: { Problem: problemSchema },
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
      item[method] = buildOperation(route, manifest.service, doc.components.schemas);
    }
  }
  return doc;
}

function buildOperation(route: RouteContract, tag: string, defs: Record<string, JsonSchema>): OpenApiOperation {
  const parameters = [
    ...pathParameters(route, defs),
    ...objectParameters(route.query, 'query', route.operationId, defs),
    ...(route.idempotent ? [idempotencyKeyParameter] : []),
  ];
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
            content: Object.fromEntries(
              route.rawBody.contentTypes.map((type) => [
                type,
                { schema: { type: 'string', format: 'binary', description: route.rawBody?.description } },
              ]),
            ),
          },
        }
      : {}),
    responses: buildResponses(route, parameters, defs),
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
  const json = toSchema(schema, 'input', `${operationId}.${location}`, defs);
  const properties = isRecord(json.properties) ? json.properties : {};
  const required = Array.isArray(json.required) ? json.required : [];
  return Object.entries(properties).map(([name, property]) => {
    const propertySchema = isRecord(property) ? property : {};
    const description = typeof propertySchema.description === 'string' ? propertySchema.description : undefined;
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
  defs: Record<string, JsonSchema>,
): Record<string, OpenApiResponse> {
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
  const problems: Array<[number, boolean, () => string]> = [
    [400, Boolean(route.body || paged || route.idempotent), () => badRequestDescription(route, paged)],
    [401, jwt, () => '未登录：缺少访问令牌或令牌无效、已过期（unauthorized）'],
    [403, jwt, () => '无权访问：角色不允许调用本接口，或记录不在令牌 areas 管辖范围内（forbidden）'],
    [404, /\{[^}]+\}/.test(route.path), () => '记录不存在（not-found）'],
    [409, Boolean(route.idempotent) || writes, () => conflictDescription(route)],
    [422, hasInput || Boolean(route.idempotent), () => unprocessableDescription(route, hasInput)],
    [500, true, () => '服务器内部错误（internal-error），请稍后重试；如持续出现请联系管理员并提供 instance 中的请求编号'],
  ];
  const responses: Record<string, OpenApiResponse> = { [String(route.response.status)]: success };
  for (const [status, applies, describe] of problems) {
    if (!applies) continue;
    responses[String(status)] = { description: describe(), content: { 'application/problem+json': { schema: problemRef } } };
  }
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b)));
}

function badRequestDescription(route: RouteContract, paged: boolean): string {
  const codes = [
    ...(route.body ? ['malformed-json', 'missing-body'] : []),
    ...(paged ? ['invalid-cursor'] : []),
    ...(route.idempotent ? ['invalid-idempotency-key'] : []),
  ];
  return `请求格式错误（${codes.join('、')}）`;
}

function conflictDescription(route: RouteContract): string {
  const reasons = [
    '与已有数据冲突，或记录已被他人修改（concurrent-modification）',
    ...(route.idempotent ? ['同一幂等键的请求仍在处理中（request-in-progress）'] : []),
  ];
  return `操作冲突：${reasons.join('；')}`;
}

function unprocessableDescription(route: RouteContract, hasInput: boolean): string {
  const reasons = [
    ...(hasInput ? ['数据校验未通过（validation-failed），errors 逐字段说明'] : []),
    ...(route.idempotent ? ['幂等键已用于另一个不同的请求（idempotency-key-reused）'] : []),
  ];
  return reasons.join('；');
}

/**
 * Converts a zod schema and makes it fit inside the document: no `$schema`, and any `$defs` (recursive or
 * registered schemas) moved to `components.schemas`, because `#/$defs/…` would resolve against the document root.
 */
function toSchema(schema: z.ZodType, io: 'input' | 'output', name: string, defs: Record<string, JsonSchema>): JsonSchema {
  const { $schema: _dialect, $defs, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  const localDefs = isRecord($defs) ? $defs : {};
  const selfReferencing = containsRef(json, '#') || containsRef(localDefs, '#');
  const target = (ref: string): string | undefined => {
    if (ref === '#') return `#/components/schemas/${name}`;
    if (ref.startsWith('#/$defs/')) return `#/components/schemas/${name}.${ref.slice('#/$defs/'.length)}`;
    return undefined;
  };
  for (const [defName, def] of Object.entries(localDefs)) defs[`${name}.${defName}`] = rewriteRefs(def, target) as JsonSchema;
  const rewritten = rewriteRefs(json, target) as JsonSchema;
  if (!selfReferencing) return rewritten;
  defs[name] = rewritten;
  return { $ref: `#/components/schemas/${name}` };
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
