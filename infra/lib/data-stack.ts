import { indexKeys, PARTITION_KEY, physicalTableName, SORT_KEY, type TableSpec, TTL_ATTRIBUTE } from '@shequ/ddb';
import type { ServiceManifest } from '@shequ/kit';
import { allManifests } from '@shequ/manifests';
import { Annotations, Duration, RemovalPolicy, Stack, type StackProps, Token, Validations } from 'aws-cdk-lib';
import { AttributeType, Billing, type ITableV2, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, type IEventBus } from 'aws-cdk-lib/aws-events';
import { type IKey, Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, type IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { type SignInDirectory, UserDirectory } from './constructs/user-directory.ts';
import type { DistrictConfig } from './district-config.ts';

/** A service's table together with the spec it was built from, so grants can name its indexes. */
export interface ServiceTable {
  readonly table: ITableV2;
  readonly spec: TableSpec;
}

/** The KMS keys that protect personal data: envelope encryption and blind indexes. */
export interface PiiKeys {
  readonly dataKey: IKey;
  readonly macKey: IKey;
}

/** Files kept beside the tables (uploaded spreadsheets); each service keeps its objects under `<service>/`. */
export interface ObjectBucket {
  readonly bucket: IBucket;
  /**
   * The bucket's name as built from the district and the account: the same in every stack of the account,
   * so grants in the api stack name the bucket without a cross-stack reference.
   */
  readonly bucketName: string;
  readonly key: IKey;
}

/** Uploads are working files: the import has read them long before this. */
const OBJECT_EXPIRY_DAYS = 30;

/** What the stateless stack needs from the stateful one; passed as props, so CDK wires the exports. */
export interface DistrictData {
  /** Keyed by service name. */
  readonly tables: ReadonlyMap<string, ServiceTable>;
  readonly piiKeys: PiiKeys;
  readonly objects: ObjectBucket;
  readonly bus: IEventBus;
  /** The district's user pool; absent when the district config names an external token issuer. */
  readonly users: SignInDirectory | undefined;
}

export interface DataStackProps extends StackProps {
  readonly config: DistrictConfig;
  /** @default allManifests */
  readonly manifests?: readonly ServiceManifest[];
}

/**
 * The stateful half of a district (`Shequ-<code>-Data`): one table per service, the keys, the event bus and
 * the user pool. What holds data is retained on delete and protected from deletion, so the stateless
 * stack can be torn down and rebuilt without losing a citizen record or a staff account.
 *
 * Defaults: on-demand tables with PITR, deletion protection, a customer-managed rotating key, TTL `ttl`
 * and a NEW_IMAGE stream for the outbox; a symmetric key for personal data and an HMAC_256 key for
 * blind indexes; the object bucket `shequ-<code>-objects-<account>` (private, TLS only, its own rotating key,
 * objects expire after 30 days, browsers may PUT to presigned URLs); the bus `shequ-<code>-events`; the
 * user directory (see `UserDirectory`).
 */
export class DataStack extends Stack implements DistrictData {
  readonly tables = new Map<string, ServiceTable>();
  readonly piiKeys: PiiKeys;
  readonly objects: ObjectBucket;
  readonly bus: IEventBus;
  /** Absent when the district config names an external token issuer. */
  readonly users: UserDirectory | undefined;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { config } = props;

    const tableKey = new Key(this, 'TableKey', {
      alias: `alias/${config.prefix}-tables`,
      description: `${config.name} (${config.code}): encryption of the service tables`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const manifest of props.manifests ?? allManifests) {
      const spec = manifest.table;
      if (this.tables.has(spec.name)) throw new Error(`two manifests declare the table "${spec.name}"`);
      const table = new TableV2(this, `Table-${spec.name}`, {
        tableName: physicalTableName(config.code, spec.name),
        partitionKey: { name: PARTITION_KEY, type: AttributeType.STRING },
        sortKey: { name: SORT_KEY, type: AttributeType.STRING },
        globalSecondaryIndexes: spec.indexes.map((indexName) => {
          const keys = indexKeys(indexName);
          return {
            indexName,
            partitionKey: { name: keys.partitionKey, type: AttributeType.STRING },
            sortKey: { name: keys.sortKey, type: AttributeType.STRING },
          };
        }),
        billing: Billing.onDemand(),
        timeToLiveAttribute: TTL_ATTRIBUTE,
        dynamoStream: StreamViewType.NEW_IMAGE,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        deletionProtection: true,
        encryption: TableEncryptionV2.customerManagedKey(tableKey),
        removalPolicy: RemovalPolicy.RETAIN,
      });
      this.tables.set(spec.name, { table, spec });
    }

    this.piiKeys = {
      dataKey: new Key(this, 'PiiDataKey', {
        alias: `alias/${config.prefix}-pii`,
        description: `${config.name} (${config.code}): wraps the data keys of personal data`,
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      // KMS cannot rotate HMAC keys; a new key would orphan every stored blind index anyway.
      macKey: new Key(this, 'PiiMacKey', {
        alias: `alias/${config.prefix}-pii-mac`,
        description: `${config.name} (${config.code}): blind indexes of personal data`,
        keySpec: KeySpec.HMAC_256,
        keyUsage: KeyUsage.GENERATE_VERIFY_MAC,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
    };

    const objectKey = new Key(this, 'ObjectKey', {
      alias: `alias/${config.prefix}-objects`,
      description: `${config.name} (${config.code}): encryption of uploaded files`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Bucket names are global: the account keeps two deployments of one district apart.
    const bucketName = `${config.prefix}-objects-${this.account}`;
    const bucket = new Bucket(this, 'Objects', {
      bucketName,
      encryption: BucketEncryption.KMS,
      encryptionKey: objectKey,
      bucketKeyEnabled: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(OBJECT_EXPIRY_DAYS), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      // Browsers upload straight to presigned URLs; the signature, not the origin, is what authorises.
      cors: [{ allowedMethods: [HttpMethods.PUT], allowedOrigins: ['*'], allowedHeaders: ['content-type'], maxAge: 3000 }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Transient uploads that expire after 30 days, written and read only through the service functions and the presigned URLs they issue; imports are audited in the registry',
    });
    this.objects = { bucket, bucketName, key: objectKey };

    this.bus = new EventBus(this, 'Bus', {
      eventBusName: `${config.prefix}-events`,
      description: `${config.name} (${config.code}): domain events from the service outboxes`,
    });

    if (!config.tokenIssuer) {
      this.users = new UserDirectory(this, 'Users', { config });
      if (!Token.isUnresolved(this.region) && this.region.startsWith('cn-')) {
        Annotations.of(this.users).addWarningV2(
          '@shequ/infra:cognito-user-pools-unavailable',
          `CloudFormation has no Cognito user pools in ${this.region}: deploying fails there. ` +
            `Give district ${config.code} an external OIDC issuer (tokenIssuer in infra/lib/district-config.ts).`,
        );
      }
    }
  }
}
