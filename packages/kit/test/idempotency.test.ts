import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ensureTable, sharedDocumentClient } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableOf } from '../src/env.ts';
import { DynamoIdempotencyStore, hashRequest } from '../src/idempotency.ts';
import { HttpProblem } from '../src/problem.ts';

const table = () => tableOf('idemtest');
let clock = Date.parse('2026-11-24T02:00:00Z');
const store = () => new DynamoIdempotencyStore(sharedDocumentClient(), table(), () => clock);
const response = { statusCode: 201, headers: { 'content-type': 'application/json' }, body: '{"id":"p1"}' };

beforeAll(async () => {
  await ensureTable(sharedDocumentClient(), table(), { name: 'idemtest', indexes: [] });
});

describe('Idempotency-Key records', () => {
  it('replays the first answer to a retry of the same request', async () => {
    const hash = hashRequest('POST', '/registry/persons', '{"a":1}');
    expect(await store().begin('u1#key-0001', hash)).toEqual({ kind: 'first' });
    await store().complete('u1#key-0001', response);
    expect(await store().begin('u1#key-0001', hash)).toEqual({ kind: 'replay', response });
  });

  it('refuses the same key for a different request', async () => {
    await store().begin('u1#key-0002', hashRequest('POST', '/x', 'a'));
    await store().complete('u1#key-0002', response);
    const error = await store()
      .begin('u1#key-0002', hashRequest('POST', '/x', 'b'))
      .catch((e) => e);
    expect(error).toBeInstanceOf(HttpProblem);
    expect(error.code).toBe('idempotency-key-reused');
  });

  it('answers 409 while the first attempt is still in progress', async () => {
    const hash = hashRequest('POST', '/x', 'c');
    await store().begin('u1#key-0003', hash);
    const error = await store()
      .begin('u1#key-0003', hash)
      .catch((e) => e);
    expect(error.status).toBe(409);
    expect(error.code).toBe('request-in-progress');
  });

  it('lets a retry take over once an attempt that crashed mid-way has lost its lock', async () => {
    const hash = hashRequest('POST', '/x', 'd');
    await store().begin('u1#key-0004', hash);
    // The process died here: no complete(), no abandon().
    clock += 31_000;
    expect(await store().begin('u1#key-0004', hash)).toEqual({ kind: 'first' });
    await store().complete('u1#key-0004', response);
    const stored = await sharedDocumentClient().send(
      new GetCommand({ TableName: table(), Key: { pk: 'IDEMPOTENCY#u1#key-0004', sk: 'IDEMPOTENCY' } }),
    );
    expect(stored.Item).toMatchObject({ status: 'done', response });
  });

  it('forgets an abandoned attempt so the corrected request can use the key', async () => {
    const hash = hashRequest('POST', '/x', 'e');
    await store().begin('u1#key-0005', hash);
    await store().abandon('u1#key-0005');
    expect(await store().begin('u1#key-0005', hashRequest('POST', '/x', 'f'))).toEqual({ kind: 'first' });
  });
});
