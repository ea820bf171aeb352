import { type Platform, startPlatform } from '../packages/local/src/platform.ts';
import { allManifests } from '../packages/manifests/src/index.ts';

/**
 * The local platform as every bench section runs it: a free port, nothing kept, no demo data, no timers,
 * no logs, on the run's shared DynamoDB Local (or its own when none is given). `consumers: false` leaves
 * every event subscription out, so only the measured work uses the CPU.
 */
export function startBenchPlatform(options: { dynamoEndpoint?: string | undefined; consumers: boolean }): Promise<Platform> {
  return startPlatform({
    port: 0,
    inMemory: true,
    ...(options.dynamoEndpoint ? { dynamoEndpoint: options.dynamoEndpoint } : {}),
    demo: false,
    scheduler: false,
    ephemeralIssuer: true,
    ...(options.consumers ? {} : { manifests: allManifests.map((manifest) => ({ ...manifest, subscriptions: [] })) }),
    log: () => undefined,
  });
}
