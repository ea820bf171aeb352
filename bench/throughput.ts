import { createRequire } from 'node:module';
import { createDocumentClient } from '../packages/ddb/src/client.ts';
import { tableOf } from '../packages/kit/src/env.ts';
import { withCheckCharacter } from '../services/registry/src/domain/citizen-id.ts';
import type { RegisterPersonBody } from '../services/registry/src/schemas/persons.ts';
import { type LoadOptions, type LoadResult, runLoad } from './load.ts';
import { startBenchPlatform } from './platform.ts';

type DocumentClient = ReturnType<typeof createDocumentClient>;
type DocumentCommand = Parameters<DocumentClient['send']>[0];

/**
 * bench/ is no workspace package and may not add dependencies, so the SDK's GetCommand is loaded from the
 * package that already depends on it (the very copy the document client comes from) and typed by hand.
 */
const { GetCommand } = createRequire(new URL('../packages/ddb/package.json', import.meta.url))('@aws-sdk/lib-dynamodb') as {
  GetCommand: new (input: { TableName: string; Key: Record<string, string> }) => DocumentCommand;
};

/** A community of 思明区; the worker's token covers it, so every GET is in scope and answers 200. */
const AREA = '350203006029';
/** Fails a request that hangs instead of stalling its worker past the deadline. */
const REQUEST_TIMEOUT_MS = 5_000;

export interface ThroughputOptions extends LoadOptions {
  /** Untimed lead-in per target: lazy handler imports, JIT, connection pools. */
  warmupMs: number;
  persons: number;
  /** A DynamoDB Local the run shares between sections; the platform starts its own when absent. */
  dynamoEndpoint?: string;
}

export interface ThroughputResult {
  persons: number;
  seedSeconds: number;
  gateway: LoadResult;
  raw: LoadResult;
}

/**
 * Reads of one registered person, through the whole local platform (HTTP, JWT check, handler, PII
 * masking) and straight from DynamoDB Local, in one process against the same DynamoDB Local, so the
 * ratio shows what the platform adds on top of the storage round trip on this machine.
 */
export async function measureThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const platform = await startBenchPlatform({ dynamoEndpoint: options.dynamoEndpoint, consumers: true });
  const client = createDocumentClient({ endpoint: platform.dynamoEndpoint });
  try {
    const token = await platform.issuer.sign({ sub: 'bench-worker', role: 'community-worker', areas: [AREA] });
    const seedStarted = performance.now();
    const ids = await registerPersons(platform.url, token, options.persons, options.signal);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const randomId = () => ids[Math.floor(Math.random() * ids.length)] ?? '';

    const readThroughGateway = async () => {
      const response = await fetch(`${platform.url}/registry/persons/${randomId()}`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      // Reading the body is part of the request, and returns the connection to the keep-alive pool.
      const body = await response.text();
      if (response.status !== 200) throw new Error(`GET person → ${response.status}: ${body.slice(0, 200)}`);
    };
    const tableName = tableOf('registry');
    const readRaw = async () => {
      const output = (await client.send(
        new GetCommand({ TableName: tableName, Key: { pk: `PERSON#${randomId()}`, sk: 'PERSON' } }),
        { abortSignal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
      )) as { Item?: unknown };
      if (!output.Item) throw new Error('GetItem found no person');
    };

    // Both targets warm up before either is measured, so neither meets a cold JVM (DynamoDB Local) or a
    // cold handler; the raw run still follows the gateway's and finds the JVM a little warmer.
    const warmUp = { ...options, durationMs: options.warmupMs };
    await runLoad(readThroughGateway, warmUp);
    await runLoad(readRaw, warmUp);
    const gateway = await runLoad(readThroughGateway, options);
    const raw = await runLoad(readRaw, options);
    options.signal?.throwIfAborted();

    return { persons: ids.length, seedSeconds, gateway, raw };
  } finally {
    client.destroy();
    await platform.stop();
  }
}

/** Registers `count` persons through the API (four at a time) and returns their ids. */
async function registerPersons(baseUrl: string, token: string, count: number, signal?: AbortSignal): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < count && !signal?.aborted; index = next++) {
      const body: RegisterPersonBody = {
        name: `压测居民${index + 1}`,
        // Distinct birth dates and sequence numbers: the registry accepts one person per citizen ID.
        citizenId: withCheckCharacter(`350203${1940 + (index % 60)}0${1 + (index % 9)}15${String(index).padStart(3, '0')}`),
        residence: 'registered',
        area: AREA,
      };
      const response = await fetch(`${baseUrl}/registry/persons`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      if (response.status !== 201) throw new Error(`POST /registry/persons → ${response.status}: ${text.slice(0, 300)}`);
      ids.push((JSON.parse(text) as { id: string }).id);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  signal?.throwIfAborted();
  return ids;
}
