import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { clock } from '@shequ/contracts';
import { sharedDocumentClient } from '@shequ/ddb';
import { type PiiProtector, serviceEnv, sharedPiiProtector, tableOf } from '@shequ/kit';
import type { Channel } from '../channels/channel.ts';
import { LocalSinkChannel } from '../channels/local-sink.ts';
import { SesEmailChannel } from '../channels/ses-email.ts';
import { SnsSmsChannel } from '../channels/sns-sms.ts';

/** What the notifications store and its consumers need, passed in so tests set the clock and the channels. */
export interface NotificationsDeps {
  client: DynamoDBDocumentClient;
  tableName: string;
  district: string;
  /** Opens the registry's sealed phone numbers, only at the moment of sending. */
  pii: PiiProtector;
  channels: { sms: Channel; email: Channel };
  now: () => Date;
}

let channels: NotificationsDeps['channels'] | undefined;

/** Built once per process: SNS and SES in AWS, the local sink elsewhere. */
function sharedChannels(client: DynamoDBDocumentClient, tableName: string): NotificationsDeps['channels'] {
  const env = serviceEnv();
  if (!channels) {
    channels =
      env.MESSAGE_CHANNELS === 'aws'
        ? { sms: new SnsSmsChannel(), email: new SesEmailChannel(env.EMAIL_FROM ?? `noreply@${env.DISTRICT}.shequ.gov.cn`) }
        : { sms: new LocalSinkChannel('sms', client, tableName), email: new LocalSinkChannel('email', client, tableName) };
  }
  return channels;
}

export function defaultNotificationsDeps(): NotificationsDeps {
  const env = serviceEnv();
  const client = sharedDocumentClient();
  const tableName = tableOf('notifications', env);
  return {
    client,
    tableName,
    district: env.DISTRICT,
    pii: sharedPiiProtector(),
    channels: sharedChannels(client, tableName),
    now: () => clock.now(),
  };
}
