// Checks over the whole platform's document, the one clients are generated from. Relative import: kit
// cannot depend on @shequ/manifests (manifests → services → kit would be a cycle).

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allManifests } from '../../manifests/src/index.ts';
import { labelledEnum } from '../src/fields.ts';
import type { RouteBinding, ServiceManifest } from '../src/manifest.ts';
import { buildOpenApi, type JsonSchema, type OpenApiDocument, type OpenApiOperation } from '../src/openapi.ts';

const info = { district: '350203', districtName: '思明区' };
const doc = buildOpenApi(allManifests, info);

const operations = (document: OpenApiDocument) =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation: operation as OpenApiOperation })),
  );

function resolve(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  return document.components.schemas[ref.replace('#/components/schemas/', '')] ?? schema;
}

const manifestOf = (...routes: RouteBinding['route'][]): ServiceManifest => ({
  service: 'test',
  srcDir: '/nowhere',
  table: { name: 'test', indexes: [] },
  routes: routes.map((route) => ({ route, handler: 'handlers/x' })),
  subscriptions: [],
  schedules: [],
});
const getRoute = (operationId: string, schema: z.ZodType): RouteBinding['route'] => ({
  method: 'GET',
  path: `/test/${operationId}`,
  operationId,
  summary: '测试',
  auth: 'public',
  response: { status: 200, description: 'ok', schema },
});

/**
 * Two templated paths are ambiguous when one request can match both and neither is the more specific:
 * same depth, every segment equal or templated in at least one, and each templated where the other has
 * a literal (or both templated throughout the differing places). `/cases/{id}` beside `/cases/mine` is
 * fine (the literal wins); `/cases/{id}/commands` beside `/cases/evaluations/{id}` is not.
 */
function ambiguousPairs(paths: readonly string[]): string[] {
  const templated = (segment: string) => segment.startsWith('{');
  const pairs: string[] = [];
  const split = paths.map((path) => path.split('/'));
  for (const [i, a] of split.entries()) {
    for (const b of split.slice(i + 1)) {
      if (a.length !== b.length) continue;
      let matchable = true;
      let aLooser = false;
      let bLooser = false;
      for (const [k, segment] of a.entries()) {
        const other = b[k] ?? '';
        if (templated(segment) && templated(other)) continue;
        if (templated(segment)) aLooser = true;
        else if (templated(other)) bLooser = true;
        else if (segment !== other) matchable = false;
      }
      if (matchable && aLooser === bLooser) pairs.push(`${a.join('/')} ↔ ${b.join('/')}`);
    }
  }
  return pairs;
}

describe('the platform OpenAPI document', () => {
  it('has no two templated paths that can match the same request', () => {
    expect(ambiguousPairs(['/cases/{caseId}/commands', '/cases/evaluations/{evaluationId}'])).toHaveLength(1);
    expect(ambiguousPairs(['/cases/{caseId}', '/cases/mine', '/cases/evaluation-cards/{code}'])).toEqual([]);
    expect(ambiguousPairs(Object.keys(doc.paths))).toEqual([]);
  });

  it('describes every path and query parameter', () => {
    const undescribed = operations(doc).flatMap(({ path, method, operation }) =>
      (operation.parameters ?? [])
        .filter((parameter) => parameter.in !== 'header' && !parameter.description?.trim())
        .map((parameter) => `${method.toUpperCase()} ${path}: ${parameter.in} ${parameter.name}`),
    );
    expect(undescribed).toEqual([]);
  });

  it('names the entities, pages and enums a client uses, and refers to them instead of repeating them', () => {
    for (const id of ['Person', 'PersonPage', 'Household', 'GroupMembership', 'Visit', 'Certificate', 'ImportJob']) {
      expect(doc.components.schemas[id], id).toBeDefined();
    }
    for (const id of ['ResidenceStatus', 'Sex', 'PersonStatus', 'GroupCode', 'CertificateType', 'ImportStatus', 'Role']) {
      expect(doc.components.schemas[id]?.enum, id).toBeDefined();
    }
    const listPersons = doc.paths['/registry/persons']?.get;
    expect(listPersons?.responses['200']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/PersonPage' } } },
    });
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(schemas|responses)\/([^"]+)"/g)];
    for (const [, kind, name] of refs) {
      expect(doc.components[kind as 'schemas' | 'responses'][name ?? ''], `${kind}/${name}`).toBeDefined();
    }
  });

  it('carries Chinese labels on every enum of the registry’s responses and query parameters', () => {
    expect(doc.components.schemas.ResidenceStatus?.['x-enum-labels']).toEqual({ registered: '户籍', migrant: '流动' });
    expect(doc.components.schemas.DisabilityCategory?.['x-enum-labels']).toMatchObject({ limb: '肢体残疾' });
    const unlabelled = new Set<string>();
    const visit = (schema: unknown, where: string, seen: Set<unknown>) => {
      if (Array.isArray(schema)) {
        for (const entry of schema) visit(entry, where, seen);
        return;
      }
      if (typeof schema !== 'object' || schema === null || seen.has(schema)) return;
      seen.add(schema);
      const record = schema as JsonSchema;
      if (typeof record.$ref === 'string') visit(resolve(doc, record), where, seen);
      const values = Array.isArray(record.enum) ? record.enum : [];
      // A yes/no switch (`reveal=true|false`) and the replay header need no words of their own.
      const switchLike = values.every((value) => value === 'true' || value === 'false');
      if (values.length > 0 && !switchLike && !record['x-enum-labels']) unlabelled.add(`${where}: ${values.join('|')}`);
      for (const value of Object.values(record)) visit(value, where, seen);
    };
    for (const { path, method, operation } of operations(doc).filter(({ path }) => path.startsWith('/registry/'))) {
      const where = `${method.toUpperCase()} ${path}`;
      for (const parameter of operation.parameters ?? []) if (parameter.in === 'query') visit(parameter.schema, where, new Set());
      for (const response of Object.values(operation.responses)) {
        if (!('$ref' in response)) visit(response.content?.['application/json']?.schema, where, new Set());
      }
    }
    expect([...unlabelled]).toEqual([]);
  });

  it('declares file downloads by their media types as binary, not as JSON', () => {
    const binary = { schema: { type: 'string', format: 'binary' } };
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect(doc.paths['/registry/persons/export']?.get?.responses['200']).toMatchObject({ content: { [xlsx]: binary } });
    expect(doc.paths['/registry/imports/template']?.get?.responses['200']).toMatchObject({ content: { [xlsx]: binary } });
    expect(doc.paths['/statistics/reports/{kind}/{period}/export']?.get?.responses['200']).toMatchObject({
      content: { [xlsx]: binary, 'text/csv': binary },
    });
    expect(doc.paths['/subsidies/notices/print']?.get?.responses['200']).toMatchObject({ content: { 'text/html': binary } });
    // Every other 200 answers JSON: a download left undeclared would be generated as a JSON call.
    const undeclared = operations(doc).filter(({ operation }) => {
      const ok = operation.responses['200'];
      return ok && !('$ref' in ok) && !ok.content;
    });
    expect(undeclared.map(({ path }) => path)).toEqual([]);
  });
});

describe('named schemas', () => {
  it('rejects one id given to two different schemas', () => {
    const first = z.object({ name: z.string() }).meta({ id: 'Thing' });
    const second = z.object({ title: z.string() }).meta({ id: 'Thing' });
    expect(() => buildOpenApi([manifestOf(getRoute('first', first), getRoute('second', second))], info)).toThrow(
      /schema id "Thing" names two different schemas/,
    );
  });

  it('shares one component between operations that use the same schema', () => {
    const thing = z.object({ name: z.string() }).meta({ id: 'SharedThing' });
    const built = buildOpenApi([manifestOf(getRoute('one', thing), getRoute('two', z.array(thing)))], info);
    expect(built.components.schemas.SharedThing).toMatchObject({ type: 'object', required: ['name'] });
    expect(built.paths['/test/one']?.get?.responses['200']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/SharedThing' } } },
    });
  });

  it('names the input reading of a schema that differs from its output <id>Input, and what refers to it too', () => {
    const paging = z.object({ size: z.number().default(20) }).meta({ id: 'Paging' });
    const wrapper = z.object({ paging }).meta({ id: 'Wrapper' });
    const built = buildOpenApi(
      [
        manifestOf(getRoute('read', wrapper), {
          ...getRoute('write', wrapper),
          method: 'POST',
          path: '/test/write',
          body: wrapper,
        }),
      ],
      info,
    );
    expect(built.components.schemas.Paging?.required).toEqual(['size']);
    expect(built.components.schemas.PagingInput?.required).toBeUndefined();
    expect(built.components.schemas.WrapperInput).toMatchObject({
      properties: { paging: { $ref: '#/components/schemas/PagingInput' } },
    });
  });

  it('emits a labelled enum with its labels and a Chinese message naming every choice', () => {
    const colour = labelledEnum('TestColour', '颜色', { red: '红', green: '绿' });
    const built = buildOpenApi([manifestOf(getRoute('colour', z.object({ colour })))], info);
    expect(built.components.schemas.TestColour).toMatchObject({
      enum: ['red', 'green'],
      'x-enum-labels': { red: '红', green: '绿' },
    });
    expect(colour.safeParse('blue').error?.issues[0]?.message).toBe('颜色须为：red（红）或 green（绿）');
  });
});
