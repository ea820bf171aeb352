import { InvalidCursorError } from './errors.ts';

type Key = Record<string, unknown>;

/** Encodes DynamoDB's LastEvaluatedKey as an opaque URL-safe token. */
export function encodeCursor(lastEvaluatedKey: Key | undefined): string | undefined {
  if (!lastEvaluatedKey) return undefined;
  return Buffer.from(JSON.stringify(lastEvaluatedKey), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor back into an ExclusiveStartKey. Only flat string/number keys are accepted, so a
 * forged cursor cannot smuggle anything but a start position into a query.
 */
export function decodeCursor(cursor: string | undefined): Key | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('cursor is not valid');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InvalidCursorError('cursor is not valid');
  }
  const entries = Object.entries(parsed);
  if (entries.length === 0 || entries.length > 4) throw new InvalidCursorError('cursor is not valid');
  for (const [, value] of entries) {
    if (typeof value !== 'string' && typeof value !== 'number') throw new InvalidCursorError('cursor is not valid');
  }
  return parsed as Key;
}
