import type { EventEnvelope } from '@shequ/contracts';
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { batchEventConsumer, handleEach } from '../src/consumer.ts';
import { createLogger } from '../src/logger.ts';

const envelope = (n: number): EventEnvelope => ({
  id: `event-${n}`,
  type: 'PersonRegistered',
  source: 'registry',
  district: '350203',
  area: '350203006029',
  occurredAt: '2026-03-01T00:00:00.000Z',
  data: { n },
});

const batch = (...bodies: string[]): SQSEvent =>
  ({ Records: bodies.map((body, index) => ({ messageId: `m${index}`, body })) }) as unknown as SQSEvent;

const quiet = createLogger({}, () => {});

describe('batchEventConsumer', () => {
  it('hands the batch over in order, and reports only the events the handler names and the records it cannot read', async () => {
    const seen: number[] = [];
    const consume = batchEventConsumer('test', async (events) => {
      seen.push(...events.map((event) => Number(event.data.n)));
      return events.filter((event) => event.data.n === 2);
    });
    const result = await consume(
      batch(
        JSON.stringify(envelope(1)),
        '{not json',
        JSON.stringify(envelope(2)),
        JSON.stringify({ id: 'x' }),
        JSON.stringify(envelope(3)),
      ),
    );
    expect(seen).toEqual([1, 2, 3]);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }, { itemIdentifier: 'm3' }, { itemIdentifier: 'm2' }]);
  });

  it('fails every readable record of a batch whose handler throws, and none when it returns nothing', async () => {
    const throwing = batchEventConsumer('test', async () => {
      throw new Error('database unavailable');
    });
    expect((await throwing(batch(JSON.stringify(envelope(1)), JSON.stringify(envelope(2))))).batchItemFailures).toEqual([
      { itemIdentifier: 'm0' },
      { itemIdentifier: 'm1' },
    ]);
    const fine = batchEventConsumer('test', async () => undefined);
    expect((await fine(batch(JSON.stringify(envelope(1))))).batchItemFailures).toEqual([]);
  });

  it('reports a failed event once however often the handler names it, and ignores events not of the batch', async () => {
    const consume = batchEventConsumer('test', async (events) => [
      events[0] as EventEnvelope,
      events[0] as EventEnvelope,
      envelope(9),
    ]);
    expect((await consume(batch(JSON.stringify(envelope(1)), JSON.stringify(envelope(2))))).batchItemFailures).toEqual([
      { itemIdentifier: 'm0' },
    ]);
  });
});

describe('handleEach', () => {
  it('goes on past an event that throws and returns it among the failures', async () => {
    const handled: string[] = [];
    const events = [envelope(1), envelope(2), envelope(3)];
    const failed = await handleEach(events, quiet, async (event) => {
      if (event.data.n === 2) throw new Error('bad');
      handled.push(event.id);
    });
    expect(failed).toEqual([events[1]]);
    expect(handled).toEqual(['event-1', 'event-3']);
  });
});
