import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '@shequ/contracts';
import { maskPhone } from '@shequ/kit';
import { type Channel, type Destination, type OutgoingMessage, UnreachableError } from './channel.ts';

/**
 * What SMS and e-mail become where no provider can be reached (the local platform, tests): each message is
 * kept in the service's table as it would have been sent, with the number masked, for `GET
 * /notifications/sink` to list. Every send is its own entry, so a message sent twice would show twice.
 */
export class LocalSinkChannel implements Channel {
  constructor(
    readonly name: 'sms' | 'email',
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => clock.now(),
  ) {}

  async send(to: Destination, message: OutgoingMessage): Promise<{ providerId: string }> {
    const address = this.name === 'sms' ? to.phone : to.email;
    if (!address) throw new UnreachableError(this.name === 'sms' ? 'no phone number' : 'no e-mail address');
    const at = this.now().toISOString();
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: `SINK#${this.name}`,
          sk: `${at}#${message.deliveryId}#${crypto.randomUUID()}`,
          entity: 'sink',
          channel: this.name,
          deliveryId: message.deliveryId,
          to: this.name === 'sms' ? maskPhone(address) : address,
          title: message.title,
          body: message.body,
          at,
        },
      }),
    );
    return { providerId: `local-${message.deliveryId}` };
  }
}
