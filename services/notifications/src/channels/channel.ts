import type { ChannelName } from '../domain/preferences.ts';

/** Where a message goes: a phone number for SMS, an address for e-mail, both already opened from their seals. */
export interface Destination {
  phone?: string;
  email?: string;
}

export interface OutgoingMessage {
  /** The delivery's id: providers that deduplicate use it; the local sink keys by it. */
  deliveryId: string;
  title: string;
  body: string;
}

/**
 * One way of reaching a person outside the app. Implementations: SNS (SMS) and SES v2 (e-mail) in AWS,
 * the local sink everywhere else. A thrown error means the provider did not take the message, so the
 * delivery may be tried again; a returned id means it did.
 */
export interface Channel {
  readonly name: Exclude<ChannelName, 'in-app'>;
  send(to: Destination, message: OutgoingMessage): Promise<{ providerId: string }>;
}

/** A destination the channel cannot use (no phone for SMS): not a failure to retry, the delivery is suppressed. */
export class UnreachableError extends Error {
  override name = 'UnreachableError';
}
