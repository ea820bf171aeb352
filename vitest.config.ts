import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/cdk.out/**'],
    // One DynamoDB Local for the whole run; each test file gets its own table prefix (test/setup-env.ts).
    globalSetup: ['./test/support/global-setup.ts'],
    setupFiles: ['./test/support/setup-env.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // expect.poll waits for what a screen or an event consumer does next; one second (vitest's default) is
    // too short for a browser story beside the rest of the suite on two cores.
    expect: { poll: { timeout: 15_000 } },
  },
});
