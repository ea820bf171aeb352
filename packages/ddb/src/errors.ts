/** A conditional write lost: the item changed (or exists) since it was read. Maps to HTTP 409. */
export class ConcurrentModificationError extends Error {
  override name = 'ConcurrentModificationError';
}

/** A cursor that was not issued by this API or was tampered with. Maps to HTTP 400. */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}

/** True for the SDK's ConditionalCheckFailed, alone or as the reason a transaction was cancelled. */
export function isConditionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ConditionalCheckFailedException') return true;
  if (error.name === 'TransactionCanceledException') {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    return reasons.some((reason) => reason.Code === 'ConditionalCheckFailed');
  }
  return false;
}

/** Index of the first transaction item whose condition failed, or -1. */
export function failedConditionIndex(error: unknown): number {
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed');
}

/** True when DynamoDB cancelled a transaction because another one was writing one of its items at that moment. */
export function isTransactionConflict(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'TransactionConflictException') return true;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.some((reason) => reason.Code === 'TransactionConflict');
}

/**
 * A write lost to a concurrent one: a failed condition (the item changed since it was read), or a
 * transaction cancelled for conflict. Either way nothing was written; the caller answers 409 or retries.
 */
export function isLostRace(error: unknown): boolean {
  return isConditionFailure(error) || isTransactionConflict(error);
}
