import { fileURLToPath } from 'node:url';
import { repoRoot } from '@phoenix/config';
import { spawnManaged, type ManagedChild } from '../lib/children.js';
import { openFilesLimit } from './gateway-process.js';
import type { SubscriberReply, SubscriberRequest, SubscriberStatus } from './subscriber-protocol.js';

const ENTRY = fileURLToPath(new URL('./subscriber-process.ts', import.meta.url));

export interface SubscriberPool {
  pid: number;
  /** Opens `count` subscribers of `query` on `url`; resolves once every batch attached or failed. */
  open(request: Omit<Extract<SubscriberRequest, { type: 'open' }>, 'type'>): Promise<SubscriberStatus>;
  status(): Promise<SubscriberStatus>;
  /** Closes every subscriber and ends the process; returns the latencies. */
  finish(): Promise<Extract<SubscriberReply, { type: 'result' }>>;
  /** The process's soft limit on open files. */
  openFilesLimit(): number | undefined;
  stop(): Promise<void>;
}

/** The subscriber process (`subscriber-process.ts`), driven over IPC one request at a time. */
export function startSubscriberPool(): SubscriberPool {
  const child: ManagedChild = spawnManaged('subscribers', {
    file: process.execPath,
    args: ['--import', 'tsx', ENTRY],
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' },
    ipc: true,
  });
  let queue: Promise<unknown> = Promise.resolve();

  const ask = <T extends SubscriberReply>(request: SubscriberRequest, timeoutMs: number): Promise<T> => {
    const next = queue.then(
      () =>
        new Promise<T>((resolve, reject) => {
          const timer = setTimeout(() => done(new Error(`the subscriber process did not answer "${request.type}" within ${timeoutMs / 1000} s:\n${child.output()}`)), timeoutMs);
          const onMessage = (message: SubscriberReply) => done(undefined, message as T);
          const onExit = () => done(new Error(`the subscriber process exited:\n${child.output()}`));
          function done(error?: Error, message?: T) {
            clearTimeout(timer);
            child.process.off('message', onMessage);
            child.process.off('exit', onExit);
            if (error) reject(error);
            else resolve(message as T);
          }
          child.process.on('message', onMessage);
          child.process.once('exit', onExit);
          child.process.send(request);
        }),
    );
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    pid: child.pid,
    open: async (request) => (await ask<Extract<SubscriberReply, { type: 'status' }>>({ type: 'open', ...request }, 15 * 60_000)).status,
    status: async () => (await ask<Extract<SubscriberReply, { type: 'status' }>>({ type: 'status' }, 60_000)).status,
    finish: () => ask<Extract<SubscriberReply, { type: 'result' }>>({ type: 'finish' }, 120_000),
    openFilesLimit: () => openFilesLimit(child.pid),
    stop: () => child.stop(5_000),
  };
}
