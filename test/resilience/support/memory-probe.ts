// Preloaded into the gateway's process by the resilience suite (`--expose-gc --import`):
// answers `{ type: 'phoenix:memory' }` on the IPC channel with its memory after a full
// garbage collection, so the suite compares live heap rather than what V8 has not yet freed.

interface MemoryRequest {
  type?: unknown;
  id?: unknown;
}

process.on('message', (message: MemoryRequest) => {
  if (message?.type !== 'phoenix:memory') return;
  const gc = (globalThis as { gc?: () => void }).gc;
  // Twice: the first pass may only queue finalizers whose objects the second one frees.
  gc?.();
  gc?.();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  process.send?.({ type: 'phoenix:memory', id: message.id, collected: Boolean(gc), rss, heapUsed, external, arrayBuffers });
});
