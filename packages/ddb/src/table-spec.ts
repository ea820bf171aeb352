/**
 * What a service's table looks like, declared once in its manifest and read by both the CDK data stack
 * and the local platform's bootstrap, so the deployed and the local table can never disagree.
 * Every table uses string keys `pk`/`sk`, streams new images (the outbox rides on it) and expires items
 * through the `ttl` attribute.
 */
export interface TableSpec {
  /** Logical name, also the service name: `registry` becomes `shequ-350203-registry`. */
  name: string;
  /** Global secondary indexes, each keyed by `<name>pk` / `<name>sk` string attributes. */
  indexes: readonly string[];
}

export const PARTITION_KEY = 'pk';
export const SORT_KEY = 'sk';
export const TTL_ATTRIBUTE = 'ttl';

/**
 * The `ttl` of an item kept `seconds` after `from`. DynamoDB expires items by the system time, so the count
 * starts at whichever is later, `from` or now: a training clock set in the past never deletes items early.
 */
export function expiresAfter(from: Date, seconds: number): number {
  return Math.floor(Math.max(from.getTime(), Date.now()) / 1000) + seconds;
}

export function indexKeys(index: string): { partitionKey: string; sortKey: string } {
  return { partitionKey: `${index}pk`, sortKey: `${index}sk` };
}

/** Physical names carry the district code so several districts can share one AWS account. */
export function physicalTableName(district: string, service: string, prefix = 'shequ'): string {
  return `${prefix}-${district}-${service}`;
}
