/**
 * How the outbox publisher parks a record it cannot read: a bus entry of this source and detail type, which
 * the publisher's rule puts in the outbox-failed queue. Shared by the function and its construct.
 */
export const UNREADABLE_SOURCE = 'shequ.outbox';
export const UNREADABLE_DETAIL_TYPE = 'OutboxRecordUnreadable';
