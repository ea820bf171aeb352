import type { Logger } from '@shequ/kit';
import { UnreachableError } from './channels/channel.ts';
import { getBroadcast } from './store/broadcasts.ts';
import { contactOf } from './store/contacts.ts';
import type { NotificationsDeps } from './store/deps.ts';
import { type DeliveryRecord, type ExternalChannel, getMessage, MAX_SEND_ATTEMPTS, moveDelivery } from './store/messages.ts';

/**
 * Sends one delivery, at most once: it is marked `sending` before the provider is called and `sent` after.
 * A provider error puts it back to `queued` (or `failed` after the third try) and is thrown, so the queue
 * retries and finally parks the event; a redrive of a failed delivery tries again. A crash between the
 * provider's answer and `sent` leaves it `sending`, never sent a second time: a person looks at those.
 */
export async function deliver(deps: NotificationsDeps, messageId: string, channel: ExternalChannel, log: Logger): Promise<void> {
  const found = await getMessage(deps, messageId);
  const delivery = found?.deliveries.find((d) => d.channel === channel);
  if (!found || !delivery) {
    log.warn('delivery not found', { messageId, channel });
    return;
  }
  if (delivery.status !== 'queued' && delivery.status !== 'failed') {
    log.info('delivery not waiting to be sent', { status: delivery.status });
    return;
  }
  const suppress = (reason: DeliveryRecord['suppressedReason']) =>
    moveDelivery(deps, delivery, { status: 'suppressed', suppressedReason: reason });
  if (delivery.broadcastId && (await getBroadcast(deps, delivery.broadcastId))?.status === 'cancelled') {
    await suppress('cancelled');
    return;
  }
  const contact = delivery.personId ? await contactOf(deps, delivery.personId) : undefined;
  if (contact?.status !== 'active' || (channel === 'sms' && !contact.phoneCipher)) {
    await suppress('unreachable');
    return;
  }
  // The number is opened only here, for the provider, and never stored or logged.
  const destination = channel === 'sms' && contact.phoneCipher ? { phone: await deps.pii.decrypt(contact.phoneCipher) } : {};

  const sending = await moveDelivery(deps, delivery, { status: 'sending', attempts: delivery.attempts + 1 });
  let providerId: string;
  try {
    ({ providerId } = await deps.channels[channel].send(destination, {
      deliveryId: delivery.id,
      title: found.message.title,
      body: found.message.body,
    }));
  } catch (error) {
    if (error instanceof UnreachableError) {
      await moveDelivery(deps, sending, { status: 'suppressed', suppressedReason: 'unreachable' });
      return;
    }
    const lastError = error instanceof Error ? error.message : String(error);
    await moveDelivery(deps, sending, { status: sending.attempts >= MAX_SEND_ATTEMPTS ? 'failed' : 'queued', lastError });
    throw error;
  }
  await moveDelivery(deps, sending, { status: 'sent', providerId, sentAt: deps.now().toISOString() });
}
