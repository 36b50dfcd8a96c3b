import { randomUUID } from 'node:crypto';
import type { Tier } from '@phoenix/context-token';
import { createLogger, redactText, type Logger } from '@phoenix/logger';
import { assess, type GuardianAssessment, type GuardianOptions } from '../guardian/assess.js';
import { blockedInputError } from '../guardian/blocked-error.js';
import { ProviderError } from '../openai/provider-error.js';
import { buildMessages } from '../prompts.js';
import { MAX_OUTPUT_TOKENS, PROMPT_VARIANTS, untrustedText, type AiRequest, type AiTask } from '../tasks.js';
import type { AiProvider, CompletionUsage, ProviderName, ProviderRequest } from '../types.js';
import { breakerState, createBreaker, type Breaker, type BreakerSettings, type BreakerState } from './breaker.js';
import { Channel } from './channel.js';
import { ConcurrencyLimit } from './concurrency.js';
import { DEFAULT_POLICY, preferredProvider, type RoutingPolicy } from './policy.js';
import { buildRecord, type CompletionRecord, type FallbackReason } from './record.js';
import { TokenBucket } from './token-bucket.js';

/** Throttle, concurrency cap and timeout applied to the remote provider. */
export interface RouterLimits {
  /** Token-bucket refill: remote calls per second, sustained. */
  ratePerSecond: number;
  /** Token-bucket capacity: remote calls allowed in a burst. */
  burst: number;
  /** Remote calls in flight at once. */
  maxConcurrent: number;
  /** A remote completion taking longer is aborted and answered by `local`. */
  timeoutMs: number;
}

export interface RouterOptions {
  /** Always available; answers whatever the remote provider cannot. */
  local: AiProvider;
  /** The `openai-compatible` provider, when configured. */
  remote?: AiProvider | undefined;
  policy?: RoutingPolicy;
  limits?: Partial<RouterLimits>;
  breaker?: BreakerSettings;
  guardian?: GuardianOptions;
  /** Picks the prompt variant when the caller names none (e.g. a bandit); default: the first. */
  selectVariant?: (task: AiTask) => string | undefined;
  /**
   * Called with each finished completion's record, for callers that publish outside their own
   * transaction; failures are logged, never thrown. Callers with a transaction use `result.record`.
   */
  record?: (record: CompletionRecord) => void | Promise<void>;
  logger?: Logger;
}

export interface CompleteOptions {
  /** The caller's tier; anonymous callers count as FREE. */
  tier?: Tier | undefined;
  variant?: string;
  /** Defaults to a new UUID; the id users rate with `giveFeedback`. */
  completionId?: string;
  /** Aborting stops the completion with an AbortError; nothing falls back. */
  signal?: AbortSignal;
}

/** A finished completion: its text, its record, and what the guardian saw in the input. */
export interface CompletionResult {
  completionId: string;
  text: string;
  record: CompletionRecord;
  assessment: GuardianAssessment;
}

/**
 * What a routed stream emits: text deltas; `restart` when the remote provider failed after
 * some deltas and `local` starts over (discard the text so far); then `done`.
 */
export type RouterEvent = { type: 'delta'; text: string } | { type: 'restart'; reason: FallbackReason } | { type: 'done'; result: CompletionResult };

/** A provider's state for health checks and metrics. */
export interface ProviderHealth {
  provider: ProviderName;
  model: string;
  circuit: BreakerState;
  inFlight: number;
  tokensAvailable: number | null;
}

/** What `createRouter` returns: one per process, shared by every request. */
export interface AiRouter {
  /** Streams a completion: guardian, provider choice, throttle, breaker, fallback to `local`. */
  stream(request: AiRequest, options?: CompleteOptions): AsyncIterable<RouterEvent>;
  /** The same, collected: resolves with the final text and record. */
  complete(request: AiRequest, options?: CompleteOptions): Promise<CompletionResult>;
  health(): ProviderHealth[];
  /** Stops the breakers' timers. */
  close(): void;
}

interface RemoteGuard {
  provider: AiProvider;
  bucket: TokenBucket;
  limit: ConcurrencyLimit;
  breaker: Breaker;
}

type RemoteOutcome = { usage: CompletionUsage; text: string } | { reason: FallbackReason; emitted: boolean };

const DEFAULT_LIMITS: RouterLimits = { ratePerSecond: 5, burst: 10, maxConcurrent: 8, timeoutMs: 20_000 };

function fallbackReasonOf(error: unknown): FallbackReason {
  if (error instanceof ProviderError && error.kind === 'timeout') return 'timeout';
  if ((error as { code?: unknown }).code === 'EOPENBREAKER') return 'breaker_open';
  return 'failed';
}

/**
 * The AI router. Every request passes the guardian (high-risk input is refused with
 * `BAD_USER_INPUT`, reason `AI_INPUT_BLOCKED`); the policy picks a provider by task and tier;
 * the remote provider is guarded by a token bucket, a concurrency cap, a timeout and a
 * circuit breaker, receives only redacted text, and never sees special-category data;
 * whatever it cannot answer, `local` answers. Each completion yields a {@link CompletionRecord}.
 */
export function createRouter(options: RouterOptions): AiRouter {
  const logger = options.logger ?? createLogger('ai', 'silent');
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const policy = options.policy ?? DEFAULT_POLICY;
  const remote: RemoteGuard | undefined = options.remote && {
    provider: options.remote,
    bucket: new TokenBucket(limits.burst, limits.ratePerSecond),
    limit: new ConcurrencyLimit(limits.maxConcurrent),
    breaker: createBreaker(options.remote.name, options.breaker ?? {}, logger),
  };

  function resolveVariant(task: AiTask, requested: string | undefined): string {
    const variants = PROMPT_VARIANTS[task];
    if (requested !== undefined) {
      if (!variants.includes(requested)) throw new Error(`Unknown prompt variant "${requested}" for ${task}`);
      return requested;
    }
    const selected = options.selectVariant?.(task);
    return selected !== undefined && variants.includes(selected) ? selected : variants[0];
  }

  async function* attemptRemote(guard: RemoteGuard, request: ProviderRequest, signal: AbortSignal | undefined): AsyncGenerator<RouterEvent, RemoteOutcome> {
    if (guard.breaker.opened) return { reason: 'breaker_open', emitted: false };
    if (!guard.bucket.tryTake()) return { reason: 'throttled', emitted: false };
    const release = guard.limit.tryAcquire();
    if (!release) return { reason: 'saturated', emitted: false };

    const controller = new AbortController();
    const onCallerAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    const channel = new Channel<string>();
    let usage: CompletionUsage | undefined;
    const run = guard.breaker.fire(async () => {
      const timer = setTimeout(() => controller.abort(new ProviderError(`no complete answer within ${limits.timeoutMs} ms`, 'timeout')), limits.timeoutMs);
      try {
        for await (const event of guard.provider.stream(request, controller.signal)) {
          if (event.type === 'delta') channel.push(event.text);
          else usage = event.usage;
        }
        if (!usage) throw new ProviderError('provider stream ended without usage', 'malformed');
      } finally {
        clearTimeout(timer);
      }
    });
    run.then(
      () => channel.end(),
      (error: unknown) => channel.fail(error),
    );

    let text = '';
    try {
      for await (const delta of channel) {
        text += delta;
        yield { type: 'delta', text: delta };
      }
      return usage ? { usage, text } : { reason: 'failed', emitted: text.length > 0 };
    } catch (error) {
      signal?.throwIfAborted();
      const reason = fallbackReasonOf(error);
      logger.warn({ provider: guard.provider.name, reason, error: (error as Error).message }, 'AI provider failed; local answers instead');
      return { reason, emitted: text.length > 0 };
    } finally {
      // Also stops the remote stream when the caller stopped reading early.
      controller.abort();
      release();
      signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  async function deliver(record: CompletionRecord): Promise<void> {
    if (!options.record) return;
    try {
      await options.record(record);
    } catch (error) {
      logger.warn({ completionId: record.completionId, error: (error as Error).message }, 'could not record an AI completion');
    }
  }

  async function* stream(request: AiRequest, callOptions: CompleteOptions = {}): AsyncGenerator<RouterEvent> {
    const started = performance.now();
    const completionId = callOptions.completionId ?? randomUUID();
    const input = untrustedText(request);
    const assessment = assess(input, options.guardian);
    if (assessment.blocked) {
      logger.warn({ task: request.task, completionId, risk: assessment.risk, families: assessment.families }, 'AI input blocked by the guardian');
      throw blockedInputError(assessment);
    }
    const variant = resolveVariant(request.task, callOptions.variant);
    const messages = buildMessages(request, variant);
    const redacted = messages.map((m) => ({ ...m, content: redactText(m.content) }));
    const base = { ...request, variant, maxOutputTokens: MAX_OUTPUT_TOKENS[request.task] };

    let usage: CompletionUsage | undefined;
    let text = '';
    let fallbackReason: FallbackReason | undefined;
    if (remote && preferredProvider(policy, remote.provider.name, request.task, callOptions.tier) !== 'local') {
      if (assessment.specialCategories.length > 0) fallbackReason = 'special_category';
      else {
        const outcome = yield* attemptRemote(remote, { ...base, messages: redacted }, callOptions.signal);
        if ('usage' in outcome) ({ usage, text } = outcome);
        else {
          fallbackReason = outcome.reason;
          if (outcome.emitted) yield { type: 'restart', reason: outcome.reason };
        }
      }
    }
    if (!usage) {
      for await (const event of options.local.stream({ ...base, messages }, callOptions.signal)) {
        if (event.type === 'done') usage = event.usage;
        else {
          text += event.text;
          yield event;
        }
      }
    }
    if (!usage) throw new Error('the local provider ended without usage');
    const record = buildRecord({
      completionId,
      task: request.task,
      usage,
      latencyMs: Math.round(performance.now() - started),
      messages: redacted,
      variant,
      tier: callOptions.tier,
      fallbackReason,
      input,
      output: text,
    });
    await deliver(record);
    yield { type: 'done', result: { completionId, text, record, assessment } };
  }

  return {
    stream,
    async complete(request, callOptions) {
      let text = '';
      for await (const event of stream(request, callOptions)) {
        if (event.type === 'delta') text += event.text;
        else if (event.type === 'restart') text = '';
        else return { ...event.result, text };
      }
      throw new Error('the completion stream ended without a result');
    },
    health() {
      const local: ProviderHealth = { provider: 'local', model: options.local.model, circuit: 'closed', inFlight: 0, tokensAvailable: null };
      if (!remote) return [local];
      return [
        {
          provider: remote.provider.name,
          model: remote.provider.model,
          circuit: breakerState(remote.breaker),
          inFlight: remote.limit.inFlight,
          tokensAvailable: remote.bucket.available(),
        },
        local,
      ];
    },
    close() {
      remote?.breaker.shutdown();
    },
  };
}
