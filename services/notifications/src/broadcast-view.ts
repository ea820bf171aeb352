import type { BroadcastRecord } from './store/broadcasts.ts';

/** A broadcast with its counters as the report the community worker reads. */
export function broadcastView(record: BroadcastRecord) {
  const { cursor: _cursor, inbox, queued, held, sending, sent, failed, suppressed, cancelledBy: _by, ...rest } = record;
  return {
    ...rest,
    report: {
      recipients: inbox ?? 0,
      sms: {
        queued: queued ?? 0,
        held: held ?? 0,
        sending: sending ?? 0,
        sent: sent ?? 0,
        failed: failed ?? 0,
        suppressed: suppressed ?? 0,
      },
    },
  };
}
