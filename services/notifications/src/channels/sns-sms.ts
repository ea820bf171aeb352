import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { type Channel, type Destination, type OutgoingMessage, UnreachableError } from './channel.ts';

/** SMS through Amazon SNS: one transactional text per message, the title leading the body. */
export class SnsSmsChannel implements Channel {
  readonly name = 'sms' as const;

  constructor(private readonly client: SNSClient = new SNSClient({})) {}

  async send(to: Destination, message: OutgoingMessage): Promise<{ providerId: string }> {
    if (!to.phone) throw new UnreachableError('no phone number');
    const out = await this.client.send(
      new PublishCommand({
        PhoneNumber: to.phone.startsWith('+') ? to.phone : `+86${to.phone}`,
        Message: `【${message.title}】${message.body}`,
        MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
      }),
    );
    return { providerId: out.MessageId ?? message.deliveryId };
  }
}
