import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { PersonFacts } from '@shequ/contracts';
import { applyOnce, key, sharedDocumentClient, type TransactItem } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { areaLevels } from './domain/area-levels.ts';
import type { PopulationCounts } from './schemas.ts';

export interface StatisticsDeps {
  client: DynamoDBDocumentClient;
  tableName: string;
}

export function defaultStatisticsDeps(): StatisticsDeps {
  return { client: sharedDocumentClient(), tableName: tableOf('statistics') };
}

const counterKey = (area: string) => ({ pk: key('COUNTER', area), sk: 'POPULATION' });

/**
 * Counts a newly registered person at every area level it rolls up into, exactly once per event: the
 * increments and the processed-event marker commit together.
 */
export async function countRegistration(deps: StatisticsDeps, eventId: string, person: PersonFacts): Promise<boolean> {
  const updates: TransactItem[] = areaLevels(person.area).map((area) => ({
    Update: {
      TableName: deps.tableName,
      Key: counterKey(area),
      UpdateExpression: 'SET entity = :entity, area = :area ADD #total :one, #residence :one, #sex :one',
      ExpressionAttributeNames: { '#total': 'total', '#residence': person.residence, '#sex': person.sex },
      ExpressionAttributeValues: { ':entity': 'population-counter', ':area': area, ':one': 1 },
    },
  }));
  return applyOnce(deps.client, deps.tableName, 'count-population', eventId, updates);
}

export async function readPopulation(deps: StatisticsDeps, area: string): Promise<PopulationCounts> {
  const out = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: counterKey(area) }));
  const item = out.Item ?? {};
  const count = (name: string) => (typeof item[name] === 'number' ? (item[name] as number) : 0);
  return {
    area,
    total: count('total'),
    registered: count('registered'),
    migrant: count('migrant'),
    male: count('male'),
    female: count('female'),
  };
}
