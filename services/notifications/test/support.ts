import { createEvent, GroupMembershipChanged, type PersonFacts, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { sharedPiiProtector } from '@shequ/kit';
import { sqsBatch } from '../../../test/support/events.ts';
import type { Channel, Destination, OutgoingMessage } from '../src/channels/channel.ts';
import { LocalSinkChannel } from '../src/channels/local-sink.ts';
import { handler as keepContacts } from '../src/handlers/keep-contacts.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../src/store/deps.ts';

export { sqsBatch } from '../../../test/support/events.ts';
export { call, claimsFor } from '../../../test/support/http.ts';
export { outboxEvents } from '../../../test/support/outbox.ts';
export { createServiceTables } from '../../../test/support/tables.ts';

export interface Clock {
  now: Date;
}

/** Shanghai wall-clock time on a day: `at('2027-01-08', '23:00')`. */
export const shanghai = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`);

/**
 * An SMS channel that fails the next `failures` sends and then records into the local sink: a provider
 * outage and its recovery, behind the same interface SNS implements.
 */
export class FlakySms implements Channel {
  readonly name = 'sms' as const;
  failures = 0;
  readonly sends: { to: Destination; message: OutgoingMessage }[] = [];
  constructor(private readonly sink: Channel) {}

  async send(to: Destination, message: OutgoingMessage) {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('SMS gateway unavailable');
    }
    this.sends.push({ to, message });
    return this.sink.send(to, message);
  }
}

/** Dependencies on a test clock with an SMS channel the test controls. */
export function testDeps(clock: Clock) {
  const base = defaultNotificationsDeps();
  const sms = new FlakySms(new LocalSinkChannel('sms', base.client, base.tableName, () => clock.now));
  const deps = (): NotificationsDeps => ({ ...base, channels: { ...base.channels, sms }, now: () => clock.now });
  return { deps, sms };
}

let sequence = 0;

/** A resident as this service learns of them from the registry: contact (phone sealed as the registry seals it) and groups. */
export async function knownResident(
  input: { area?: string; name?: string; phone?: string | null; groups?: string[] } = {},
): Promise<PersonFacts> {
  sequence++;
  const area = input.area ?? '350203006029-03';
  const phone = input.phone === null ? undefined : (input.phone ?? `139${String(10_000_000 + sequence).slice(-8)}`);
  const facts: PersonFacts = {
    personId: newId(),
    name: input.name ?? `居民${sequence}`,
    citizenIdMasked: `350203********${String(1000 + sequence).slice(-4)}`,
    ...(phone ? { phoneCipher: await sharedPiiProtector().encrypt(phone) } : {}),
    area,
    birthDate: '1960-01-01',
    sex: 'female',
    residence: 'registered',
  };
  const events = [
    createEvent(PersonRegistered, { id: newId(), district: '350203', area, data: facts }),
    ...(input.groups ?? []).map((group) =>
      createEvent(GroupMembershipChanged, {
        id: newId(),
        district: '350203',
        area,
        data: {
          personId: facts.personId,
          area,
          group,
          change: 'joined',
          attributes: {},
          birthDate: facts.birthDate,
          sex: facts.sex,
        },
      }),
    ),
  ];
  const result = await keepContacts(sqsBatch(events as never));
  if (result.batchItemFailures.length > 0) throw new Error('contacts were not kept');
  return facts;
}
