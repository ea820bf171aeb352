import type {
  JsonSchema,
  OpenApiDocument,
  OpenApiMethod,
  OpenApiOperation,
  OpenApiParameter,
  OpenApiReference,
  OpenApiResponse,
} from './openapi.ts';

const methods: readonly OpenApiMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

const locations: Record<OpenApiParameter['in'], string> = { path: '路径', query: '查询', header: '请求头' };

// Offices often browse offline or behind a closed network, so the page carries its own styles and nothing else.
const style = `
body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2328;background:#f6f8fa;line-height:1.6}
header,main,nav{max-width:1080px;margin:0 auto;padding:0 24px}
header{padding-top:24px}
h1{margin:0 0 4px;font-size:26px}
h2{margin-top:32px;border-bottom:2px solid #d0d7de;padding-bottom:4px}
h3{margin:0;font-size:18px}
h4{margin:16px 0 6px;font-size:15px}
.meta{color:#59636e;margin:2px 0}
nav ul{margin:4px 0;padding-left:20px}
a{color:#0969da;text-decoration:none}
a:hover{text-decoration:underline}
.op{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:16px 20px;margin:16px 0}
.op-head{display:flex;align-items:center;gap:10px;flex-wrap:wrap}
.badge{display:inline-block;min-width:56px;text-align:center;border-radius:4px;padding:1px 8px;color:#fff;font:bold 13px ui-monospace,monospace}
.get{background:#0969da}.post{background:#1a7f37}.put{background:#bc4c00}.patch{background:#8250df}.delete{background:#cf222e}
.path{font:15px ui-monospace,monospace}
.auth{font-size:12px;border-radius:10px;padding:1px 8px;border:1px solid}
.jwt{color:#9a6700;border-color:#d4a72c}.public{color:#1a7f37;border-color:#4ac26b}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa;font-weight:600}
code{font-family:ui-monospace,monospace;font-size:13px;background:#eff1f3;border-radius:3px;padding:0 3px;word-break:break-all}
p{margin:6px 0}
`;

/**
 * Renders the OpenAPI document as one self-contained, readable HTML page in Chinese: no scripts, fonts or
 * styles from elsewhere, and every piece of text escaped.
 */
export function renderReferencePage(doc: OpenApiDocument): string {
  const operations = collectOperations(doc);
  const tags = [...doc.tags];
  for (const { operation } of operations) {
    const tag = operation.tags[0] ?? '';
    if (!tags.some((known) => known.name === tag)) tags.push({ name: tag, description: tag });
  }
  const grouped = tags.map((tag) => ({
    tag,
    entries: operations.filter((entry) => (entry.operation.tags[0] ?? '') === tag.name),
  }));
  const toc = grouped
    .map(
      ({ tag, entries }) =>
        `<li><a href="#${escapeHtml(anchor('tag', tag.name))}">${escapeHtml(tag.description)}</a>` +
        `<ul>${entries
          .map(
            ({ method, path, operation }) =>
              `<li><a href="#${escapeHtml(anchor('op', operation.operationId))}">${escapeHtml(operation.summary)}</a> ` +
              `<code>${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</code></li>`,
          )
          .join('')}</ul></li>`,
    )
    .join('');
  const sections = grouped
    .map(
      ({ tag, entries }) =>
        `<section><h2 id="${escapeHtml(anchor('tag', tag.name))}">${escapeHtml(tag.description)} <small class="meta">${escapeHtml(tag.name)}</small></h2>` +
        entries.map((entry) => renderOperation(doc, entry.method, entry.path, entry.operation)).join('') +
        '</section>',
    )
    .join('');
  const district = doc.info['x-district'];
  const servers = doc.servers.map((server) => `<code>${escapeHtml(server.url)}</code>`).join('、');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)}</title>
<style>${style}</style>
</head>
<body>
<header>
<h1>${escapeHtml(doc.info.title)}</h1>
<p class="meta">版本 ${escapeHtml(doc.info.version)} · ${escapeHtml(district.name)}（${escapeHtml(district.code)}）</p>
<p class="meta">服务地址：${servers}</p>
${paragraphs(doc.info.description)}
</header>
<nav><h2>目录</h2><ul>${toc}</ul></nav>
<main>${sections}</main>
</body>
</html>
`;
}

interface OperationEntry {
  method: OpenApiMethod;
  path: string;
  operation: OpenApiOperation;
}

function collectOperations(doc: OpenApiDocument): OperationEntry[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    methods.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ method, path, operation }] : [];
    }),
  );
}

function renderOperation(doc: OpenApiDocument, method: OpenApiMethod, path: string, operation: OpenApiOperation): string {
  const signedIn = operation.security.length > 0;
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody?.content['application/json']?.schema;
  const responses = Object.entries(operation.responses).map(
    ([status, response]) => [status, resolveResponse(doc, response)] as const,
  );
  const success = responses.filter(([status]) => Number(status) < 400);
  const errors = responses.filter(([status]) => Number(status) >= 400);
  return `<article class="op" id="${escapeHtml(anchor('op', operation.operationId))}">
<div class="op-head"><span class="badge ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span>
<span class="path">${escapeHtml(path)}</span>
<span class="auth ${signedIn ? 'jwt' : 'public'}">${signedIn ? '需要登录' : '公开'}</span></div>
<h3>${escapeHtml(operation.summary)}</h3>
<p class="meta">operationId：<code>${escapeHtml(operation.operationId)}</code></p>
${paragraphs(operation.description ?? '')}
${
  parameters.length > 0
    ? `<h4>参数</h4>${table(
        ['名称', '位置', '类型', '必填', '说明'],
        parameters.map((parameter) => {
          const schema = resolve(doc, parameter.schema);
          return [
            `<code>${escapeHtml(parameter.name)}</code>`,
            escapeHtml(locations[parameter.in]),
            escapeHtml(typeLabel(doc, schema)),
            parameter.required ? '是' : '否',
            notes(parameter.description ?? '', schema),
          ];
        }),
      )}`
    : ''
}
${body ? `<h4>请求正文 <small class="meta">application/json</small></h4>${schemaTable(doc, body)}` : ''}
${success
  .map(([status, response]) => {
    const schema = response.content?.['application/json']?.schema;
    return `<h4>响应 ${escapeHtml(status)}</h4><p>${escapeHtml(response.description)}</p>${schema ? schemaTable(doc, schema) : ''}`;
  })
  .join('')}
${
  errors.length > 0
    ? `<h4>可能的错误 <small class="meta">application/problem+json</small></h4>${table(
        ['状态码', '说明'],
        errors.map(([status, response]) => [`<code>${escapeHtml(status)}</code>`, escapeHtml(response.description)]),
      )}`
    : ''
}
</article>`;
}

/** Objects become a field table (nested objects as dotted names); anything else gets a one-line type. */
function schemaTable(doc: OpenApiDocument, schema: JsonSchema): string {
  const resolved = resolve(doc, schema);
  const rows = fieldRows(doc, resolved, '', 0);
  if (rows.length === 0) return `<p>类型：<code>${escapeHtml(typeLabel(doc, resolved))}</code></p>`;
  return table(['字段', '类型', '必填', '说明'], rows);
}

function fieldRows(doc: OpenApiDocument, schema: JsonSchema, prefix: string, depth: number): string[][] {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  return Object.entries(properties).flatMap(([name, property]) => {
    const field = resolve(doc, isRecord(property) ? property : {});
    const row = [
      `<code>${escapeHtml(prefix + name)}</code>`,
      escapeHtml(typeLabel(doc, field)),
      required.includes(name) ? '是' : '否',
      notes(typeof field.description === 'string' ? field.description : '', field),
    ];
    // Depth is capped so a self-referencing schema still ends.
    const nested = depth < 2 && isRecord(field.properties) ? fieldRows(doc, field, `${prefix}${name}.`, depth + 1) : [];
    return [row, ...nested];
  });
}

function typeLabel(doc: OpenApiDocument, raw: JsonSchema): string {
  const schema = resolve(doc, raw);
  if (Array.isArray(schema.enum)) return `${baseType(schema)}，取值：${schema.enum.map(literal).join(' | ')}`;
  if ('const' in schema) return `${baseType(schema)}，固定为 ${literal(schema.const)}`;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options)) {
      return options.map((option) => typeLabel(doc, isRecord(option) ? option : {})).join(' | ');
    }
  }
  if (schema.type === 'array') {
    return `array<${isRecord(schema.items) ? typeLabel(doc, schema.items) : '任意'}>`;
  }
  const type = baseType(schema);
  return typeof schema.format === 'string' ? `${type} (${schema.format})` : type;
}

function baseType(schema: JsonSchema): string {
  if (Array.isArray(schema.type)) return schema.type.map(String).join(' | ');
  return typeof schema.type === 'string' ? schema.type : '任意';
}

/** Description plus the constraints a form needs; zod's ±2^53 integer bounds and format regexes are noise. */
function notes(description: string, schema: JsonSchema): string {
  const parts: string[] = [];
  // The constraints follow as their own clauses, so a closing full stop would double the punctuation.
  if (description) parts.push(escapeHtml(description.replace(/[。；;.]+$/, '')));
  const number = (key: string): number | undefined => {
    const value = schema[key];
    return typeof value === 'number' && Math.abs(value) !== Number.MAX_SAFE_INTEGER ? value : undefined;
  };
  const minLength = number('minLength');
  const maxLength = number('maxLength');
  if (minLength !== undefined || maxLength !== undefined) parts.push(`长度 ${range(minLength, maxLength)}`);
  const minimum = number('minimum');
  const maximum = number('maximum');
  if (minimum !== undefined || maximum !== undefined) parts.push(`取值 ${range(minimum, maximum)}`);
  const exclusiveMinimum = number('exclusiveMinimum');
  if (exclusiveMinimum !== undefined) parts.push(`大于 ${exclusiveMinimum}`);
  const exclusiveMaximum = number('exclusiveMaximum');
  if (exclusiveMaximum !== undefined) parts.push(`小于 ${exclusiveMaximum}`);
  const minItems = number('minItems');
  const maxItems = number('maxItems');
  if (minItems !== undefined || maxItems !== undefined) parts.push(`条数 ${range(minItems, maxItems)}`);
  if (typeof schema.pattern === 'string' && typeof schema.format !== 'string') {
    parts.push(`格式 <code>${escapeHtml(schema.pattern)}</code>`);
  }
  if ('default' in schema) parts.push(`默认 <code>${escapeHtml(literal(schema.default))}</code>`);
  return parts.join('；');
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return min === max ? `${min}` : `${min}–${max}`;
  return min !== undefined ? `≥ ${min}` : `≤ ${max}`;
}

function resolveResponse(doc: OpenApiDocument, response: OpenApiResponse | OpenApiReference): OpenApiResponse {
  if (!('$ref' in response)) return response;
  return doc.components.responses[response.$ref.slice('#/components/responses/'.length)] ?? { description: '' };
}

function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/components/schemas/')) return schema;
  return doc.components.schemas[ref.slice('#/components/schemas/'.length)] ?? schema;
}

function table(headings: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = headings.map((heading) => `<th>${escapeHtml(heading)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
}

function anchor(kind: string, name: string): string {
  return `${kind}-${name.replace(/[^\w-]/g, '_')}`;
}

function literal(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Text safe inside HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
