import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chatCompletionsUrl, createOpenAiCompatibleProvider, ProviderError, sseData, type CompletionEvent, type ProviderRequest } from '../src/index.js';
import { cutAfter, failWith, malformedAfter, slow, startFakeOpenAi, streamWords, type FakeOpenAi } from './support/fake-openai.js';

const request: ProviderRequest = {
  task: 'iris.reply',
  input: { topic: 'entretien', message: 'Comment me préparer ?' },
  variant: 'guided',
  maxOutputTokens: 200,
  messages: [
    { role: 'system', content: 'Tu es l’assistant de Phoenix.' },
    { role: 'user', content: 'Comment me préparer ?' },
  ],
};

let server: FakeOpenAi;

beforeAll(async () => {
  server = await startFakeOpenAi();
});

afterAll(async () => {
  await server.close();
});

async function run(signal?: AbortSignal, apiKey?: string): Promise<{ events: CompletionEvent[]; arrivals: number[] }> {
  const provider = createOpenAiCompatibleProvider({ baseUrl: server.baseUrl, apiKey, model: 'mistral-small-latest' });
  const events: CompletionEvent[] = [];
  const arrivals: number[] = [];
  for await (const event of provider.stream(request, signal)) {
    events.push(event);
    arrivals.push(performance.now());
  }
  return { events, arrivals };
}

const deltas = (events: CompletionEvent[]) => events.flatMap((e) => (e.type === 'delta' ? [e.text] : []));

describe('openai-compatible provider', () => {
  it('posts the model, the messages and stream: true to /v1/chat/completions with the bearer key', async () => {
    server.behave(streamWords(['Bonjour']));
    await run(undefined, 'sk-test-key');
    const last = server.received.at(-1);
    expect(last?.path).toBe('/v1/chat/completions');
    expect(last?.headers.authorization).toBe('Bearer sk-test-key');
    expect(last?.body).toMatchObject({ model: 'mistral-small-latest', stream: true, max_tokens: 200, messages: request.messages });
  });

  it('yields the streamed chunks in order, as they arrive, then the server-reported usage', async () => {
    server.behave(streamWords(['Préparez ', 'trois ', 'exemples ', 'STAR.'], { delayMs: 40, usage: { prompt_tokens: 31, completion_tokens: 9 } }));
    const { events, arrivals } = await run();
    expect(deltas(events)).toEqual(['Préparez ', 'trois ', 'exemples ', 'STAR.']);
    expect((arrivals[3] ?? 0) - (arrivals[0] ?? 0)).toBeGreaterThanOrEqual(100);
    expect(events.at(-1)).toMatchObject({ type: 'done', usage: { provider: 'openai-compatible', model: 'mistral-small-latest', tokensIn: 31, tokensOut: 9 } });
  });

  it('estimates usage when the server reports none', async () => {
    server.behave(streamWords(['Un deux trois quatre.']));
    const { events } = await run();
    expect(events.at(-1)).toMatchObject({ type: 'done', usage: { tokensOut: 6 } });
  });

  it('fails with the HTTP status and no response text when the server answers an error', async () => {
    server.behave(failWith(503));
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'http', status: 503, isClientError: false });
    expect((error as Error).message).not.toContain('upstream trouble');
    server.behave(failWith(400));
    expect(await run().catch((e: unknown) => e)).toMatchObject({ status: 400, isClientError: true });
  });

  it('fails as malformed on a chunk that is not JSON, after the chunks before it', async () => {
    server.behave(malformedAfter(['Début ']));
    const events: CompletionEvent[] = [];
    const provider = createOpenAiCompatibleProvider({ baseUrl: server.baseUrl, model: 'm' });
    const failure = (async () => {
      for await (const event of provider.stream(request)) events.push(event);
    })();
    await expect(failure).rejects.toMatchObject({ kind: 'malformed' });
    expect(deltas(events)).toEqual(['Début ']);
  });

  it('fails as malformed when the stream ends before the completion finished', async () => {
    server.behave(cutAfter(['Une réponse ', 'coupée']));
    await expect(run()).rejects.toMatchObject({ kind: 'malformed' });
  });

  it('stops waiting for a slow server when the caller aborts', async () => {
    server.behave(slow(2000));
    const started = performance.now();
    await expect(run(AbortSignal.timeout(150))).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('fails as a network error when nothing listens at the base URL', async () => {
    const provider = createOpenAiCompatibleProvider({ baseUrl: 'http://127.0.0.1:9', model: 'm' });
    const attempt = async () => {
      for await (const _ of provider.stream(request)) void _;
    };
    await expect(attempt()).rejects.toMatchObject({ kind: 'network' });
  });

  it('accepts a one-shot JSON answer from a server that ignores streaming', async () => {
    server.behave((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: 'Réponse entière.' }, finish_reason: 'stop' }], usage: { prompt_tokens: 12, completion_tokens: 4 } }));
    });
    const { events } = await run();
    expect(deltas(events)).toEqual(['Réponse entière.']);
    expect(events.at(-1)).toMatchObject({ usage: { tokensIn: 12, tokensOut: 4 } });
  });

  it('finds /v1/chat/completions under a base URL given with or without /v1', () => {
    expect(chatCompletionsUrl('http://127.0.0.1:11434')).toBe('http://127.0.0.1:11434/v1/chat/completions');
    expect(chatCompletionsUrl('https://api.mistral.ai/v1/')).toBe('https://api.mistral.ai/v1/chat/completions');
  });
});

describe('server-sent events parsing', () => {
  async function* bytes(...parts: string[]): AsyncGenerator<Uint8Array> {
    for (const part of parts) yield new TextEncoder().encode(part);
  }

  it('joins multi-line data, skips comments and other fields, and handles CRLF split across reads', async () => {
    const events: string[] = [];
    for await (const data of sseData(bytes(': ping\r\n', 'event: message\r\ndata: {"a":\r', '\ndata: 1}\r\n\r\n', 'id: 7\ndata: [DONE]\n\n'))) events.push(data);
    expect(events).toEqual(['{"a":\n1}', '[DONE]']);
  });

  it('delivers a last event that lacks its blank line', async () => {
    const events: string[] = [];
    for await (const data of sseData(bytes('data: fin'))) events.push(data);
    expect(events).toEqual(['fin']);
  });
});
