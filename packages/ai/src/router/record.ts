import { createHash } from 'node:crypto';
import type { Tier } from '@phoenix/context-token';
import type { AiTask } from '../tasks.js';
import { stemSet } from '../text/french.js';
import { extractKeywords } from '../text/keywords.js';
import type { ChatMessage, CompletionUsage, ProviderName } from '../types.js';

/** Why a completion was answered by `local` rather than the provider the policy chose. */
export type FallbackReason = 'breaker_open' | 'throttled' | 'saturated' | 'failed' | 'timeout' | 'special_category';

/**
 * One completion as `ai.completion_recorded` carries it: ids, hashes and metrics, never text.
 * The router hands it to the caller, which publishes it inside its own transaction.
 */
export interface CompletionRecord {
  completionId: string;
  task: AiTask;
  provider: ProviderName;
  model: string;
  tokensIn: number;
  tokensOut: number;
  /** End to end, fallbacks included. */
  latencyMs: number;
  /** SHA-256 of the prompt as sent (personal data already redacted). */
  promptHash: string;
  variant: string;
  tier?: Tier;
  fallbackReason?: FallbackReason;
  /** Share of the input's keywords the output uses (0–1): a cheap, automatic groundedness measure. */
  grounding?: number;
}

/** SHA-256 (hex) of a chat prompt. */
export function promptHash(messages: readonly ChatMessage[]): string {
  return createHash('sha256').update(JSON.stringify(messages.map((m) => [m.role, m.content]))).digest('hex');
}

/**
 * How grounded an answer is in its input: the share of the input's ten strongest keywords
 * (TF-IDF, by stem) that the output uses. Undefined when the input has no keywords.
 */
export function grounding(input: string, output: string): number | undefined {
  const keywords = extractKeywords(input, { limit: 10 });
  if (keywords.length === 0) return undefined;
  const used = stemSet(output);
  const share = keywords.filter((k) => used.has(k.stem)).length / keywords.length;
  return Math.round(share * 100) / 100;
}

/** The record of a finished completion; the grounding is measured on the input and output text, which are not kept. */
export function buildRecord(args: {
  completionId: string;
  task: AiTask;
  usage: CompletionUsage;
  latencyMs: number;
  messages: readonly ChatMessage[];
  variant: string;
  tier: Tier | undefined;
  fallbackReason: FallbackReason | undefined;
  input: string;
  output: string;
}): CompletionRecord {
  const score = grounding(args.input, args.output);
  return {
    completionId: args.completionId,
    task: args.task,
    provider: args.usage.provider,
    model: args.usage.model,
    tokensIn: args.usage.tokensIn,
    tokensOut: args.usage.tokensOut,
    latencyMs: args.latencyMs,
    promptHash: promptHash(args.messages),
    variant: args.variant,
    ...(args.tier ? { tier: args.tier } : {}),
    ...(args.fallbackReason ? { fallbackReason: args.fallbackReason } : {}),
    ...(score !== undefined ? { grounding: score } : {}),
  };
}
