import { createHash } from 'node:crypto';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, key } from '@shequ/ddb';
import { Conflict, HttpProblem } from './problem.ts';

export interface StoredResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export type IdempotencyStart = { kind: 'first' } | { kind: 'replay'; response: StoredResponse };

/** Where `Idempotency-Key` records live; the DynamoDB one keeps them in the service's own table. */
export interface IdempotencyStore {
  begin(scope: string, requestHash: string): Promise<IdempotencyStart>;
  complete(scope: string, response: StoredResponse): Promise<void>;
  abandon(scope: string): Promise<void>;
}

/** A first answer is replayed for a day; a crashed attempt's lock is released after 30 s. */
const RECORD_TTL_SECONDS = 24 * 3600;
const LOCK_SECONDS = 30;

export function hashRequest(method: string, path: string, body: string | undefined): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${body ?? ''}`)
    .digest('base64url');
}

export class DynamoIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => number = Date.now,
  ) {}

  private key(scope: string) {
    return { pk: key('IDEMPOTENCY', scope), sk: 'IDEMPOTENCY' };
  }

  async begin(scope: string, requestHash: string): Promise<IdempotencyStart> {
    const nowSeconds = Math.floor(this.now() / 1000);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...this.key(scope),
            entity: 'idempotency',
            status: 'in-progress',
            requestHash,
            lockedUntil: nowSeconds + LOCK_SECONDS,
            ttl: nowSeconds + RECORD_TTL_SECONDS,
          },
          // A record left behind by an attempt that crashed may be taken over once its lock lapses.
          ConditionExpression: 'attribute_not_exists(pk) OR (#status = :inProgress AND lockedUntil < :now) OR #ttl < :now',
          ExpressionAttributeNames: { '#status': 'status', '#ttl': 'ttl' },
          ExpressionAttributeValues: { ':inProgress': 'in-progress', ':now': nowSeconds },
        }),
      );
      return { kind: 'first' };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const existing = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: this.key(scope), ConsistentRead: true }),
    );
    const record = existing.Item;
    if (record?.requestHash !== requestHash) {
      throw new HttpProblem(
        422,
        'idempotency-key-reused',
        '幂等键已被使用',
        '同一个 Idempotency-Key 已用于另一个不同的请求，请为新请求生成新的键',
      );
    }
    if (record.status === 'done') return { kind: 'replay', response: record.response as StoredResponse };
    throw new Conflict('request-in-progress', '相同的请求正在处理中，请稍后重试');
  }

  async complete(scope: string, response: StoredResponse): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: this.key(scope),
        UpdateExpression: 'SET #status = :done, #response = :response REMOVE lockedUntil',
        ExpressionAttributeNames: { '#status': 'status', '#response': 'response' },
        ExpressionAttributeValues: { ':done': 'done', ':response': response },
      }),
    );
  }

  async abandon(scope: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: this.key(scope) }));
  }
}
