import type { AiRequest } from './tasks.js';

/** The providers Phoenix knows; `local` is always available. */
export type ProviderName = 'local' | 'openai-compatible';

/** A chat message as `/v1/chat/completions` takes it. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** What one completion cost, whichever provider produced it. */
export interface CompletionUsage {
  provider: ProviderName;
  model: string;
  tokensIn: number;
  tokensOut: number;
  latencyMs: number;
}

/** A provider's output: text deltas in order, then exactly one `done` with the usage. */
export type CompletionEvent = { type: 'delta'; text: string } | { type: 'done'; usage: CompletionUsage };

/**
 * What a provider receives: the typed task (the local engine works from its fields) and the
 * chat prompt built from it (remote models read that), already redacted for remote providers.
 */
export type ProviderRequest = AiRequest & {
  messages: ChatMessage[];
  variant: string;
  maxOutputTokens: number;
};

/** A text generator. Implementations stream; they never buffer the whole answer first. */
export interface AiProvider {
  readonly name: ProviderName;
  readonly model: string;
  /** Generates a completion; aborting `signal` stops it with an error. */
  stream(request: ProviderRequest, signal?: AbortSignal): AsyncIterable<CompletionEvent>;
}
