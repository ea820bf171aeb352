import { useCallback, useState } from 'react';

/**
 * One Idempotency-Key per thing being created: a retry of the same form (a double click, a timeout) sends
 * the same key and the API answers with the first result; `renew` after success so the next one is new.
 */
export function useIdempotencyKey() {
  const [key, setKey] = useState(() => crypto.randomUUID());
  const renew = useCallback(() => setKey(crypto.randomUUID()), []);
  return { key, renew, header: { 'Idempotency-Key': key } };
}
