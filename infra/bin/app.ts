import { App } from 'aws-cdk-lib';
import { districtConfig, parseDistrictList } from '../lib/district-config.ts';
import { APP_CONTEXT, addDistrict, addNagChecks } from '../lib/district-stacks.ts';

/**
 * `cdk synth -c district=350203[,370871] [-c region=cn-northwest-1] [-c account=123456789012]`: one Data
 * and one Api stack per district code.
 */
function main(): void {
  const app = new App({ context: APP_CONTEXT });
  const codes = parseDistrictList(app.node.tryGetContext('district'));
  const region = contextString(app, 'region') ?? process.env.CDK_DEFAULT_REGION ?? 'cn-northwest-1';
  const account = contextString(app, 'account') ?? process.env.CDK_DEFAULT_ACCOUNT;
  const env = account ? { region, account } : { region };
  for (const code of codes) addDistrict(app, districtConfig(code), { env });
  addNagChecks(app);
  app.synth();
}

function contextString(app: App, key: string): string | undefined {
  const value: unknown = app.node.tryGetContext(key);
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`-c ${key} must be a string`);
  return value;
}

try {
  main();
} catch (error) {
  // One readable line instead of a stack trace: the usual cause is a mistyped district code.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
