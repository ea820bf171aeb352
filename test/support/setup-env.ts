import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

// Set before any handler module reads its environment (parsed once, at first use).
process.env.DISTRICT ??= '350203';
process.env.DYNAMODB_ENDPOINT = inject('dynamoEndpoint');
process.env.TABLE_NAME_PREFIX = `t${process.pid}${Math.random().toString(36).slice(2, 6)}`;
process.env.PII_LOCAL_KEY_FILE ??= join(mkdtempSync(join(tmpdir(), 'shequ-test-')), 'pii.key');
process.env.LOG_LEVEL ??= 'warn';
