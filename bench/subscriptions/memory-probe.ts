// Preloaded into the gateway's process by the subscription bench (`--expose-gc --import`):
// answers `{ type: 'bench:memory' }` on the IPC channel with its memory after a full garbage
// collection, so the bench compares live heap, not what V8 has not freed yet.

interface MemoryRequest {
  type?: unknown;
  id?: unknown;
}

process.on('message', (message: MemoryRequest) => {
  if (message?.type !== 'bench:memory') return;
  const gc = (globalThis as { gc?: () => void }).gc;
  // Twice: the first pass may only queue finalizers whose objects the second one frees.
  gc?.();
  gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ type: 'bench:memory', id: message.id, collected: Boolean(gc), rss, heapUsed });
});
