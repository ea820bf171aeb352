import type { Caller } from '@shequ/kit';

/**
 * Whose inbox and preferences a caller's are: a resident or volunteer the registry knows is `person:<id>`,
 * so messages triggered by registry and subsidies events reach them; anyone else signed in is
 * `user:<subject>`.
 */
export function recipientOf(caller: Caller): string {
  return caller.personId ? `person:${caller.personId}` : `user:${caller.subject}`;
}
