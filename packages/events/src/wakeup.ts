/**
 * A sleep that a notification can cut short. A wake that arrives while nobody sleeps is kept,
 * so a NOTIFY received during a batch makes the next sleep return at once instead of being lost.
 */
export class Wakeup {
  #pending = false;
  #interrupt: (() => void) | undefined;

  wake(): void {
    if (this.#interrupt) this.#interrupt();
    else this.#pending = true;
  }

  /** Resolves after `ms`, or earlier on {@link wake}. */
  sleep(ms: number): Promise<void> {
    if (this.#pending) {
      this.#pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.#interrupt = undefined;
        resolve();
      };
      const timer = setTimeout(finish, Math.max(0, ms));
      this.#interrupt = finish;
    });
  }
}
