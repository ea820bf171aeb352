import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { key } from '@shequ/ddb';
import type { ReportKind, ReportTable } from '../domain/report-table.ts';
import type { StatisticsDeps } from './deps.ts';

/**
 * Compiled reports, kept as dated snapshots: one item per (report, period, area). Compiling again replaces
 * the snapshot (a late correction is reported in the next compile, with the time it was compiled).
 */
const snapshotKey = (kind: ReportKind, period: string, area: string) => ({ pk: key('REPORT', kind, period), sk: area });

export async function saveSnapshot(deps: StatisticsDeps, table: ReportTable): Promise<void> {
  await deps.client.send(
    new PutCommand({
      TableName: deps.tableName,
      Item: { ...snapshotKey(table.kind, table.period, table.area), entity: 'report', table },
    }),
  );
}

export async function readSnapshot(
  deps: StatisticsDeps,
  kind: ReportKind,
  period: string,
  area: string,
): Promise<ReportTable | undefined> {
  const out = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: snapshotKey(kind, period, area) }));
  return out.Item?.table as ReportTable | undefined;
}
