import { setTimeout as sleep } from 'node:timers/promises';
import type { AiRequest } from '../tasks.js';
import { estimateTokens } from '../tokens.js';
import type { AiProvider, CompletionEvent, ProviderRequest } from '../types.js';
import { composeAssistantReply } from './assistant.js';
import { composeCoaching } from './coaching.js';
import { composeLetter } from './letter.js';
import { chunkText } from './phrasing.js';

/** Name of the local engine's "model" in usage records. */
export const LOCAL_MODEL = 'phoenix-local-1';

export interface LocalProviderOptions {
  /** Pause between chunks, to pace the stream like a remote model; default 0. */
  chunkDelayMs?: number;
  /** Words per streamed chunk; default 4. */
  wordsPerChunk?: number;
}

/** The full text the local engine writes for a request. Deterministic: same request, same text. */
export function composeLocally(request: AiRequest, variant: string): string {
  switch (request.task) {
    case 'letters.generate':
      return composeLetter(request.input, variant);
    case 'rise.coach':
      return composeCoaching(request.input, variant);
    case 'iris.reply':
      return composeAssistantReply(request.input, variant);
  }
}

/**
 * The default provider: deterministic French text work in-process (tokenising, stemming,
 * TF-IDF keywords, template composition), no network and no model weights. It streams its
 * answer in chunks of a few words, yielding to the event loop between chunks.
 */
export function createLocalProvider(options: LocalProviderOptions = {}): AiProvider {
  const delay = options.chunkDelayMs ?? 0;
  return {
    name: 'local',
    model: LOCAL_MODEL,
    async *stream(request: ProviderRequest, signal?: AbortSignal): AsyncGenerator<CompletionEvent> {
      const started = performance.now();
      const text = composeLocally(request, request.variant);
      for (const chunk of chunkText(text, options.wordsPerChunk ?? 4)) {
        signal?.throwIfAborted();
        yield { type: 'delta', text: chunk };
        await (delay > 0 ? sleep(delay, undefined, { signal }) : new Promise<void>((resolve) => setImmediate(resolve)));
      }
      const prompt = request.messages.map((m) => m.content).join('\n');
      yield {
        type: 'done',
        usage: { provider: 'local', model: LOCAL_MODEL, tokensIn: estimateTokens(prompt), tokensOut: estimateTokens(text), latencyMs: Math.round(performance.now() - started) },
      };
    },
  };
}
