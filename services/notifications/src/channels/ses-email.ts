import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { type Channel, type Destination, type OutgoingMessage, UnreachableError } from './channel.ts';

/** E-mail through Amazon SES v2 from the district's verified sender address. */
export class SesEmailChannel implements Channel {
  readonly name = 'email' as const;

  constructor(
    private readonly from: string,
    private readonly client: SESv2Client = new SESv2Client({}),
  ) {}

  async send(to: Destination, message: OutgoingMessage): Promise<{ providerId: string }> {
    if (!to.email) throw new UnreachableError('no e-mail address');
    const out = await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [to.email] },
        Content: {
          Simple: {
            Subject: { Data: message.title, Charset: 'UTF-8' },
            Body: { Text: { Data: message.body, Charset: 'UTF-8' } },
          },
        },
      }),
    );
    return { providerId: out.MessageId ?? message.deliveryId };
  }
}
