/**
 * The API requests the gateway is answering right now, so background work can let them go first. One
 * DynamoDB Local serves people and consumers alike: a consumer backlog (the demo's thousands of events at a
 * first start, a payment run's fan-out) worked through while someone clicks leaves their screen waiting.
 */
export class RequestTraffic {
  private inFlight = 0;
  private waiters: (() => void)[] = [];

  /** A request came in; call the returned function once it has been answered. */
  begin(): () => void {
    this.inFlight++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.inFlight--;
      if (this.inFlight === 0) for (const wake of this.waiters.splice(0)) wake();
    };
  }

  get busy(): boolean {
    return this.inFlight > 0;
  }

  /**
   * Resolves when no request is in flight, or after `maxWaitMs` at the latest, so background work slows
   * down under steady traffic but never stops.
   */
  async quiet(maxWaitMs: number): Promise<void> {
    if (this.inFlight === 0) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((waiter) => waiter !== done);
        resolve();
      };
      const timer = setTimeout(done, maxWaitMs);
      this.waiters.push(done);
    });
  }
}
