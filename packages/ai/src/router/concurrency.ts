/** A cap on simultaneous calls; a call over the cap is refused at once rather than queued. */
export class ConcurrencyLimit {
  private active = 0;

  constructor(private readonly max: number) {}

  /** A release function when a slot was free, otherwise null. Releasing twice is harmless. */
  tryAcquire(): (() => void) | null {
    if (this.active >= this.max) return null;
    this.active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
    };
  }

  get inFlight(): number {
    return this.active;
  }
}
