import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/** A delivery by SMS or e-mail is ready to go (now, or its quiet hours are over): the `deliver` consumer sends it once. */
export const DeliveryQueued = defineEvent(
  'notifications',
  'DeliveryQueued',
  z.object({ deliveryId: z.string(), messageId: z.string(), channel: z.enum(['sms', 'email']) }),
);

/** A broadcast to a segment was requested: the fan-out writes one message per member, in checkpointed pages. */
export const BroadcastRequested = defineEvent(
  'notifications',
  'BroadcastRequested',
  z.object({ broadcastId: z.string(), community: areaCodeSchema, group: z.string() }),
);
