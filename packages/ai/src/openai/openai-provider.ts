import { estimateTokens } from '../tokens.js';
import type { AiProvider, CompletionEvent, ProviderRequest } from '../types.js';
import { ProviderError } from './provider-error.js';
import { sseData } from './sse.js';

export interface OpenAiCompatibleOptions {
  /** Server root, e.g. `https://api.mistral.ai` or `http://127.0.0.1:11434` (Ollama); a trailing `/v1` is accepted. */
  baseUrl: string;
  apiKey?: string | undefined;
  model: string;
  temperature?: number;
  /** Ask for a final usage chunk (`stream_options.include_usage`); default true. */
  streamUsage?: boolean;
}

interface ChatChunk {
  choices?: { delta?: { content?: unknown }; message?: { content?: unknown }; finish_reason?: unknown }[];
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } | null;
  error?: { message?: unknown; type?: unknown; code?: unknown };
}

/** `/v1/chat/completions` under a base URL given with or without `/v1`. */
export function chatCompletionsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '')}/v1/chat/completions`;
}

function parseChunk(data: string): ChatChunk {
  try {
    const parsed: unknown = JSON.parse(data);
    if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
    return parsed as ChatChunk;
  } catch {
    throw new ProviderError('openai-compatible sent a malformed stream chunk', 'malformed');
  }
}

function errorDescription(chunk: ChatChunk): string {
  const { type, code } = chunk.error ?? {};
  return [type, code].filter((v) => typeof v === 'string' || typeof v === 'number').join('/') || 'error';
}

async function failure(response: Response): Promise<ProviderError> {
  let detail = '';
  try {
    detail = errorDescription(JSON.parse(await response.text()) as ChatChunk);
  } catch {
    detail = 'no error body';
  }
  return new ProviderError(`openai-compatible answered HTTP ${response.status} (${detail})`, 'http', response.status);
}

/**
 * A provider for any server speaking OpenAI's `/v1/chat/completions` (OpenAI, Mistral,
 * Ollama, vLLM…), streamed over server-sent events. Malformed chunks, error events, HTTP
 * errors and streams cut before `[DONE]` fail with a {@link ProviderError}; usage comes from
 * the server when it reports it, estimated otherwise.
 */
export function createOpenAiCompatibleProvider(options: OpenAiCompatibleOptions): AiProvider {
  const url = chatCompletionsUrl(options.baseUrl);
  return {
    name: 'openai-compatible',
    model: options.model,
    async *stream(request: ProviderRequest, signal?: AbortSignal): AsyncGenerator<CompletionEvent> {
      const started = performance.now();
      const body = {
        model: options.model,
        messages: request.messages,
        stream: true,
        max_tokens: request.maxOutputTokens,
        ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
        ...(options.streamUsage === false ? {} : { stream_options: { include_usage: true } }),
      };
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'text/event-stream',
            ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
          },
          body: JSON.stringify(body),
          signal: signal ?? null,
        });
      } catch (error) {
        signal?.throwIfAborted();
        throw new ProviderError(`openai-compatible is unreachable (${(error as Error).name})`, 'network');
      }
      if (!response.ok || !response.body) throw await failure(response);

      let text = '';
      let usage: ChatChunk['usage'];
      let finished = false;
      const isStream = (response.headers.get('content-type') ?? '').includes('text/event-stream');
      // A server that ignores `stream: true` answers one JSON completion; take it as one chunk.
      const events = isStream ? sseData(response.body) : (async function* () { yield await response.text(); })();
      try {
        for await (const data of events) {
          if (data === '[DONE]') {
            finished = true;
            break;
          }
          const chunk = parseChunk(data);
          if (chunk.error) throw new ProviderError(`openai-compatible sent an error event (${errorDescription(chunk)})`, 'http');
          const choice = chunk.choices?.[0];
          const content = choice?.delta?.content ?? choice?.message?.content;
          if (typeof content === 'string' && content.length > 0) {
            text += content;
            yield { type: 'delta', text: content };
          }
          if (choice?.finish_reason) finished = true;
          if (chunk.usage) usage = chunk.usage;
          if (!isStream) finished = true;
        }
      } catch (error) {
        signal?.throwIfAborted();
        if (error instanceof ProviderError) throw error;
        throw new ProviderError(`openai-compatible stream broke (${(error as Error).name})`, 'network');
      }
      if (!finished) throw new ProviderError('openai-compatible stream ended before the completion finished', 'malformed');
      const prompt = request.messages.map((m) => m.content).join('\n');
      yield {
        type: 'done',
        usage: {
          provider: 'openai-compatible',
          model: options.model,
          tokensIn: typeof usage?.prompt_tokens === 'number' ? usage.prompt_tokens : estimateTokens(prompt),
          tokensOut: typeof usage?.completion_tokens === 'number' ? usage.completion_tokens : estimateTokens(text),
          latencyMs: Math.round(performance.now() - started),
        },
      };
    },
  };
}
