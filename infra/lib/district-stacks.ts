import type { ServiceManifest } from '@shequ/kit';
import { type App, type Environment, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ApiStack } from './api-stack.ts';
import { DataStack } from './data-stack.ts';
import type { DistrictConfig } from './district-config.ts';

/**
 * Context every app of this package starts with (the CLI's and the tests'), so both synthesise the same.
 * Strong cross-stack references keep the data stack from dropping an export the api stack still uses.
 */
export const APP_CONTEXT = { '@aws-cdk/core:defaultCrossStackReferences': 'strong' } as const;

export interface DistrictStacks {
  readonly data: DataStack;
  readonly api: ApiStack;
}

export interface DistrictStacksOptions {
  readonly env: Environment;
  /** @default allManifests */
  readonly manifests?: readonly ServiceManifest[];
  /** The console's build output. @default CONSOLE_BUILD */
  readonly consoleBuild?: string;
}

/** The two stacks of one district, `Shequ-<code>-Data` and `Shequ-<code>-Api`, the second reading the first. */
export function addDistrict(app: App, config: DistrictConfig, options: DistrictStacksOptions): DistrictStacks {
  const label = `${config.name} (${config.code})`;
  const manifests = options.manifests ? { manifests: options.manifests } : {};
  const data = new DataStack(app, `Shequ-${config.code}-Data`, {
    env: options.env,
    config,
    ...manifests,
    description: `社区服务平台 ${label}: tables, keys, event bus, user pool`,
    terminationProtection: true,
  });
  const api = new ApiStack(app, `Shequ-${config.code}-Api`, {
    env: options.env,
    config,
    data,
    ...manifests,
    ...(options.consoleBuild ? { consoleBuild: options.consoleBuild } : {}),
    description: `社区服务平台 ${label}: functions, HTTP API, web console, subscriptions, schedules, alarms`,
  });
  for (const stack of [data, api]) {
    Tags.of(stack).add('shequ:district', config.code);
    Tags.of(stack).add('shequ:stack', stack === data ? 'data' : 'api');
  }
  return { data, api };
}

/** The AWS Solutions rules run at every synth; an unacknowledged error fails it. */
export function addNagChecks(app: App): AwsSolutionsChecks {
  const checks = new AwsSolutionsChecks(app, { verbose: true });
  Validations.of(app).addPlugins(checks);
  return checks;
}
