// Relative because kit cannot depend on @shequ/manifests (manifests → services → kit would be a cycle).

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allManifests } from '../../manifests/src/index.ts';
import type { ServiceManifest } from '../src/manifest.ts';
import { buildOpenApi, type OpenApiMethod } from '../src/openapi.ts';
import { renderReferencePage } from '../src/reference-page.ts';

const info = { district: '350203', districtName: '思明区' };

function operation(doc: ReturnType<typeof buildOpenApi>, method: OpenApiMethod, path: string) {
  const found = doc.paths[path]?.[method];
  if (!found) throw new Error(`no ${method} ${path}`);
  return found;
}

function keysNamed(value: unknown, name: string): string[] {
  if (Array.isArray(value)) return value.flatMap((entry) => keysNamed(entry, name));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, entry]) => [...(key === name ? [key] : []), ...keysNamed(entry, name)]);
}

const injected: ServiceManifest = {
  service: 'evil',
  srcDir: '/nowhere',
  table: { name: 'evil', indexes: [] },
  routes: [
    {
      route: {
        method: 'GET',
        path: '/evil/things/{id}',
        operationId: 'getThing',
        summary: '<script>alert("x")</script>',
        description: 'a & b <img src=x onerror=alert(1)>',
        auth: 'public',
        query: z.object({ q: z.string().describe('<b>bold</b>') }),
        response: { status: 200, description: '<i>ok</i>', schema: z.object({ note: z.enum(['<a>', 'b']) }) },
      },
      handler: 'handlers/get-thing',
    },
  ],
  subscriptions: [],
  schedules: [],
};

describe('buildOpenApi', () => {
  const doc = buildOpenApi(allManifests, info);

  it('documents a file upload body by its content types, required unless declared optional', () => {
    const upload = (optional: boolean): ServiceManifest => ({
      ...injected,
      routes: [
        {
          route: {
            method: 'POST',
            path: '/evil/files',
            operationId: 'uploadFile',
            summary: '上传',
            auth: 'jwt',
            rawBody: { contentTypes: ['text/csv', 'application/octet-stream'], description: '文件', optional },
            response: { status: 201, description: 'ok' },
          },
          handler: 'handlers/upload-file',
        },
      ],
    });
    const required = operation(buildOpenApi([upload(false)], info), 'post', '/evil/files');
    const optional = operation(buildOpenApi([upload(true)], info), 'post', '/evil/files');

    expect(required.requestBody).toEqual({
      required: true,
      content: {
        'text/csv': { schema: { type: 'string', format: 'binary', description: '文件' } },
        'application/octet-stream': { schema: { type: 'string', format: 'binary', description: '文件' } },
      },
    });
    expect(optional.requestBody?.required).toBe(false);
    expect(Object.keys(required.responses)).toContain('422');
  });

  it('puts every manifest route under its path and method with its operationId and tag', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const manifest of allManifests) {
      expect(doc.tags.map((tag) => tag.name)).toContain(manifest.service);
      for (const { route } of manifest.routes) {
        const found = operation(doc, route.method.toLowerCase() as OpenApiMethod, route.path);
        expect(found.operationId).toBe(route.operationId);
        expect(found.summary).toBe(route.summary);
        expect(found.tags).toEqual([manifest.service]);
        expect(found.responses[String(route.response.status)]).toBeDefined();
        expect(found.responses['500']).toEqual({ $ref: '#/components/responses/InternalError' });
      }
    }
    expect(doc.tags.find((tag) => tag.name === 'registry')?.description).toBe('人员登记');
    expect(doc.components.schemas.Problem).toBeDefined();
  });

  it('declares the path parameter of /registry/persons/{id} as required', () => {
    const getPerson = operation(doc, 'get', '/registry/persons/{id}');
    const id = getPerson.parameters?.find((parameter) => parameter.name === 'id');
    expect(id).toMatchObject({ in: 'path', required: true, schema: { type: 'string' } });
    expect(getPerson.parameters?.find((parameter) => parameter.name === 'reveal')).toMatchObject({
      in: 'query',
      required: false,
    });
    expect(Object.keys(getPerson.responses)).toEqual(['200', '401', '403', '404', '422', '500']);
  });

  it('describes POST /registry/persons with its body, Idempotency-Key and responses', () => {
    const register = operation(doc, 'post', '/registry/persons');
    const schema = register.requestBody?.content['application/json']?.schema;
    expect(schema?.required).toEqual(expect.arrayContaining(['citizenId', 'name']));
    expect(register.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }),
    );
    expect(Object.keys(register.responses)).toEqual(expect.arrayContaining(['201', '401', '403', '409', '422']));
    expect(register.responses['200']).toBeUndefined();
    expect(register.description).toContain('可调用角色：');
  });

  it('secures jwt routes with bearerAuth and marks public routes with an empty security list', () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(operation(doc, 'post', '/registry/persons').security).toEqual([{ bearerAuth: [] }]);
    const publicDoc = buildOpenApi([injected], info);
    const thing = operation(publicDoc, 'get', '/evil/things/{id}');
    expect(thing.security).toEqual([]);
    expect(Object.keys(thing.responses)).not.toContain('401');
    // The template's {id} is declared even though the route has no params schema.
    expect(thing.parameters).toContainEqual(expect.objectContaining({ name: 'id', in: 'path', required: true }));
  });

  it('leaves no $schema keys in the document and is deterministic', () => {
    expect(keysNamed(doc, '$schema')).toEqual([]);
    expect(JSON.stringify(buildOpenApi(allManifests, info))).toBe(JSON.stringify(doc));
  });

  it('moves recursive schemas to components instead of leaving dangling #/$defs refs', () => {
    const node = z.object({
      name: z.string(),
      get children() {
        return z.array(node);
      },
    });
    const tree: ServiceManifest = {
      ...injected,
      routes: [
        {
          route: { ...injected.routes[0]!.route, response: { status: 200, description: 'tree', schema: node } },
          handler: 'handlers/x',
        },
      ],
    };
    const treeDoc = buildOpenApi([tree], info);
    const json = JSON.stringify(treeDoc);
    expect(json).not.toContain('"#/$defs/');
    expect(json).not.toContain('"$ref":"#"');
    const refs = [...json.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1] ?? '');
    for (const ref of refs) expect(treeDoc.components.schemas[ref]).toBeDefined();
  });
});

describe('renderReferencePage', () => {
  const page = renderReferencePage(buildOpenApi([...allManifests, injected], info));

  it('is a Chinese page with the operations, auth and tables', () => {
    expect(page).toMatch(/^<!DOCTYPE html>\s*<html lang="zh-CN">/);
    expect(page).toContain('登记人员');
    expect(page).toContain('查看人员');
    expect(page).toContain('思明区');
    expect(page).toContain('需要登录');
    expect(page).toContain('公开');
    expect(page).toContain('<code>citizenId</code>');
    expect(page).toContain('registered | migrant');
    expect(page).toContain('Idempotency-Key');
  });

  it('escapes text taken from the manifests', () => {
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>bold');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('loads nothing from elsewhere', () => {
    expect(page).not.toMatch(/(?:src|href)\s*=\s*["']?\s*(?:[a-z]+:)?\/\//i);
    expect(page).not.toMatch(/@import|url\(/i);
    expect(page).not.toMatch(/<(?:script|link|iframe|img)\b/i);
    expect(page).not.toMatch(/https?:\/\//);
  });
});
