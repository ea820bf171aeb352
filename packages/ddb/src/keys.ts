import { clock } from '@shequ/contracts';

/** Entity-prefixed key parts joined by `#`: `key('PERSON', id)` → `PERSON#<id>`. */
export function key(...parts: readonly (string | number)[]): string {
  return parts.join('#');
}

/** Time-ordered, collision-safe id: sortable by creation, so lists come back in the order things happened. */
export function newId(now: Date = clock.now()): string {
  const time = now.getTime().toString(36).padStart(9, '0');
  const random = crypto.getRandomValues(new Uint8Array(10));
  return time + Array.from(random, (byte) => (byte % 36).toString(36)).join('');
}
