import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call, claimsFor } from '../../../test/support/http.ts';
import { lambdaContext, toApiGatewayEvent } from '../../local/src/api-event.ts';
import { httpHandler, publicHttpHandler } from '../src/http-handler.ts';
import { createLogger } from '../src/logger.ts';
import { defineRoute } from '../src/manifest.ts';
import { Conflict } from '../src/problem.ts';

const route = defineRoute({
  method: 'POST',
  path: '/demo/things',
  operationId: 'createThing',
  summary: '测试',
  auth: 'jwt',
  roles: ['community-worker'],
  body: z.object({ count: z.number().int().min(1) }),
  query: z.object({ mode: z.enum(['a', 'b']).optional() }),
  response: { status: 201, description: 'ok' },
});

describe('the HTTP handler chain', () => {
  it('validates, authorises and answers with the route status', async () => {
    const handler = httpHandler(route, async ({ body, caller }) => ({ body: { count: body.count, by: caller.subject } }));
    const response = await call(handler, 'POST', '/demo/things', {
      body: { count: 2 },
      claims: claimsFor('community-worker', ['350203']),
    });
    expect(response.status).toBe(201);
    expect(response.json).toEqual({ count: 2, by: 'community-worker-350203' });
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('gives every bad input a 4xx problem in Chinese', async () => {
    const handler = httpHandler(route, async () => ({ body: {} }));
    const claims = claimsFor('community-worker', ['350203']);
    const cases = [
      { options: { body: { count: 0 }, claims }, status: 422, field: 'body.count' },
      { options: { body: { count: 1 }, claims, query: { mode: 'c' } }, status: 422, field: 'query.mode' },
      { options: { body: 'not json', claims }, status: 400 },
      { options: { claims }, status: 400 },
      { options: { body: { count: 1 }, claims: claimsFor('resident', ['350203']) }, status: 403 },
      { options: { body: { count: 1 } }, status: 401 },
    ];
    for (const testCase of cases) {
      const response = await call(handler, 'POST', '/demo/things', testCase.options);
      expect(response.status).toBe(testCase.status);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.json.title).toMatch(/[\u4e00-\u9fa5]/);
      if (testCase.field) expect(response.json.errors[0].field).toBe(testCase.field);
    }
  });

  it('maps named errors and hides internals of unexpected ones', async () => {
    const conflict = httpHandler(route, async () => {
      throw new Conflict('already-there', '已经存在');
    });
    const claims = claimsFor('community-worker', ['350203']);
    expect((await call(conflict, 'POST', '/demo/things', { body: { count: 1 }, claims })).json).toMatchObject({
      status: 409,
      code: 'already-there',
      detail: '已经存在',
    });
    const broken = publicHttpHandler({ ...route, auth: 'public' }, async () => {
      throw new Error('secret table name shequ-350203-registry');
    });
    const response = await call(broken, 'POST', '/demo/things', { body: { count: 1 } });
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.json)).not.toContain('shequ-350203');
    expect(response.json.instance).toMatch(/^urn:request:/);
  });

  it('hands an upload route the body bytes as sent, binary ones decoded from base64', async () => {
    const upload = defineRoute({
      method: 'POST',
      path: '/demo/files',
      operationId: 'uploadFile',
      summary: '上传',
      auth: 'jwt',
      rawBody: { contentTypes: ['application/octet-stream', 'text/csv'], description: '文件' },
      query: z.object({ name: z.string() }),
      response: { status: 201, description: 'ok' },
    });
    const handler = httpHandler(upload, async ({ rawBody, body, query }) => ({
      body: { hex: rawBody?.toString('hex'), parsed: body ?? null, name: query.name },
    }));
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
    const claims = claimsFor('community-worker', ['350203']);
    const send = (body: Buffer, contentType: string) =>
      handler(
        toApiGatewayEvent({
          method: 'POST',
          path: '/demo/files',
          routeTemplate: '/demo/files',
          query: new URLSearchParams({ name: '台帐.xlsx' }),
          headers: { 'content-type': contentType },
          body,
          claims,
        }) as never,
        lambdaContext('test') as never,
      );

    const binary = await send(bytes, 'application/octet-stream');
    const text = await send(Buffer.from('姓名,电话\n'), 'text/csv');

    expect(JSON.parse(binary.body ?? '')).toEqual({ hex: '504b0304ff00', parsed: null, name: '台帐.xlsx' });
    expect(Buffer.from(JSON.parse(text.body ?? '').hex, 'hex').toString('utf8')).toBe('姓名,电话\n');
  });
});

describe('structured logs', () => {
  it('write one JSON line per entry with the bound request id', () => {
    const lines: string[] = [];
    const log = createLogger({ service: 'registry' }, (line) => lines.push(line)).child({ requestId: 'r-1' });
    log.warn('slow query', { ms: 1200 });
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      level: 'warn',
      message: 'slow query',
      service: 'registry',
      requestId: 'r-1',
      ms: 1200,
    });
  });
});

describe('validation messages', () => {
  it('say plainly that a required field is missing, and use zod’s Chinese otherwise', async () => {
    const handler = httpHandler(route, async () => ({ body: {} }));
    const claims = claimsFor('community-worker', ['350203']);
    const missing = await call(handler, 'POST', '/demo/things', { body: {}, claims });
    expect(missing.json.errors).toEqual([{ field: 'body.count', message: '此项为必填项' }]);
    const wrongType = await call(handler, 'POST', '/demo/things', { body: { count: 'two' }, claims });
    expect(wrongType.json.errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(wrongType.json.errors[0].message).not.toBe('此项为必填项');
  });
});
