import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/generate-api.ts';

describe('the console API types and labels', () => {
  it('are what the manifests generate today', async () => {
    for (const [file, expected] of Object.entries(await generatedFiles())) {
      const committed = readFileSync(file, 'utf8');
      const name = file.slice(file.indexOf('packages/'));
      expect(committed === expected, `${name} differs from the manifests: run pnpm api:types and commit the result`).toBe(true);
    }
  });
});
