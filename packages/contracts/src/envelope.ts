import { z } from 'zod';
import { clock } from './clock.ts';

/** GB/T 2260 area code: 6-digit district, 9-digit sub-district, 12-digit community, optional `-NN` grid. */
export const areaCodeSchema = z
  .string()
  .regex(/^\d{6}(\d{3}(\d{3}(-\d{2})?)?)?$/, '地区代码须为 6 位区县、9 位街道、12 位社区代码，网格形如 350203006029-03')
  .describe('地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03');
export type AreaCode = z.infer<typeof areaCodeSchema>;

/** The community of an area code: a grid (`350203006029-03`) belongs to the community its first 12 digits name. */
export function communityOf(area: string): string {
  return area.slice(0, 12);
}

/**
 * Every domain event travels in this envelope: written to the outbox in the same transaction as the
 * change that caused it, carried by the table stream to the bus (AWS) or the local delivery loop, and
 * handed to consumers as the body of an SQS-shaped record.
 */
export const eventEnvelopeSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  source: z.string().min(1),
  district: z.string().regex(/^\d{6}$/),
  area: areaCodeSchema,
  occurredAt: z.iso.datetime({ offset: true }),
  data: z.record(z.string(), z.unknown()),
});
export type EventEnvelope<TData extends Record<string, unknown> = Record<string, unknown>> = Omit<
  z.infer<typeof eventEnvelopeSchema>,
  'data'
> & { data: TData };

/** A named event type with the schema of its data, shared by the producer and every consumer. */
export interface EventContract<TType extends string, TData extends z.ZodObject> {
  type: TType;
  source: string;
  data: TData;
}

export function defineEvent<TType extends string, TData extends z.ZodObject>(
  source: string,
  type: TType,
  data: TData,
): EventContract<TType, TData> {
  return { type, source, data };
}

/** Parses an envelope and the data of the contract it claims to be; throws a ZodError when either is off. */
export function parseEvent<TType extends string, TData extends z.ZodObject>(
  contract: EventContract<TType, TData>,
  raw: unknown,
): EventEnvelope<z.infer<TData>> {
  const envelope = eventEnvelopeSchema.parse(raw);
  if (envelope.type !== contract.type) {
    throw new Error(`expected event ${contract.type}, got ${envelope.type}`);
  }
  return { ...envelope, data: contract.data.parse(envelope.data) };
}

/** Builds a new envelope for a contract, validating the data against it before it is ever written. */
export function createEvent<TType extends string, TData extends z.ZodObject>(
  contract: EventContract<TType, TData>,
  fields: { id: string; district: string; area: string; data: z.input<TData>; occurredAt?: Date },
): EventEnvelope<z.infer<TData>> {
  return {
    id: fields.id,
    type: contract.type,
    source: contract.source,
    district: fields.district,
    area: fields.area,
    occurredAt: (fields.occurredAt ?? clock.now()).toISOString(),
    data: contract.data.parse(fields.data),
  };
}
