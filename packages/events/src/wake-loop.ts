import type { DatabaseHandle } from '@phoenix/db';
import { EVENTS_CHANNEL } from './publish.js';
import { Wakeup } from './wakeup.js';

export interface WakeLoopOptions {
  database: DatabaseHandle;
  /**
   * One pass of the work; resolves with how long to wait before the next pass at the most (0:
   * at once). A NOTIFY on the events channel cuts the wait short. Must not throw.
   */
  pass: () => Promise<number>;
}

/** A background loop over the event log's work: passes until stopped, between them waiting for a NOTIFY or a timeout. */
export interface WakeLoop {
  /** LISTENs, then runs passes in the background. */
  start(): Promise<void>;
  /** Lets the current pass finish, then stops listening. */
  stop(): Promise<void>;
  /** True from the moment {@link stop} is called: a long pass checks it to end early. */
  stopping(): boolean;
}

export function wakeLoop({ database, pass }: WakeLoopOptions): WakeLoop {
  const wakeup = new Wakeup();
  let stopping = false;
  let loop: Promise<void> | undefined;
  let unlisten: (() => Promise<void>) | undefined;

  async function run(): Promise<void> {
    while (!stopping) {
      const delay = await pass();
      if (stopping) break;
      if (delay > 0) await wakeup.sleep(delay);
    }
  }

  return {
    async start() {
      if (loop) return;
      stopping = false;
      unlisten = await database.listen(EVENTS_CHANNEL, () => wakeup.wake());
      loop = run();
    },
    async stop() {
      if (!loop) return;
      stopping = true;
      wakeup.wake();
      await loop;
      loop = undefined;
      await unlisten?.().catch(() => undefined);
      unlisten = undefined;
    },
    stopping: () => stopping,
  };
}
