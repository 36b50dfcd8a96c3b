export type { AiProvider, ChatMessage, CompletionEvent, CompletionUsage, ProviderName, ProviderRequest } from './types.js';
export {
  AI_TASKS,
  MAX_OUTPUT_TOKENS,
  PROMPT_VARIANTS,
  untrustedText,
  type AiRequest,
  type AiTask,
  type AssistantInput,
  type CoachingGoal,
  type CoachingInput,
  type IrisTopic,
  type LetterInput,
  type OccupationContext,
  type Tone,
} from './tasks.js';
export { buildMessages } from './prompts.js';
export { estimateTokens } from './tokens.js';
export { contentTerms, isStopWord, stem, stemSet, words, type Term } from './text/french.js';
export { cosineSimilarity, extractKeywords, termWeights, type Keyword, type KeywordOptions } from './text/keywords.js';
export { parseCorpus, referenceCorpus, type Passage, type ReferenceCorpus } from './text/corpus.js';
export { splitSentences } from './text/sentences.js';
export { composeLocally, createLocalProvider, LOCAL_MODEL, type LocalProviderOptions } from './local/local-provider.js';
export { chatCompletionsUrl, createOpenAiCompatibleProvider, type OpenAiCompatibleOptions } from './openai/openai-provider.js';
export { ProviderError, type ProviderErrorKind } from './openai/provider-error.js';
export { sseData } from './openai/sse.js';
export { assess, type GuardianAssessment, type GuardianOptions, type RiskLevel } from './guardian/assess.js';
export { detectInjection, type InjectionFamily, type InjectionFinding } from './guardian/injection.js';
// Pattern detection of personal data lives in @phoenix/logger, which redacts every log line with it.
export { detectPii, redactPii, redactText, type PiiFinding, type PiiKind } from '@phoenix/logger';
export { detectSpecialCategories, type SpecialCategory } from './guardian/special-categories.js';
export { ibanValid, luhnValid, nirValid } from '@phoenix/logger';
export { AI_INPUT_BLOCKED, blockedInputError, isBlockedInputError } from './guardian/blocked-error.js';
export { piiRedactingDestination } from '@phoenix/logger';
export {
  createRouter,
  type AiRouter,
  type CompleteOptions,
  type CompletionResult,
  type ProviderHealth,
  type RouterEvent,
  type RouterLimits,
  type RouterOptions,
} from './router/router.js';
export { DEFAULT_POLICY, preferredProvider, type RoutingPolicy } from './router/policy.js';
export { buildRecord, grounding, promptHash, type CompletionRecord, type FallbackReason } from './router/record.js';
export { TokenBucket } from './router/token-bucket.js';
export { ConcurrencyLimit } from './router/concurrency.js';
export type { BreakerSettings, BreakerState } from './router/breaker.js';
export { aiEnv, createAiRouter, loadAiConfig, parseAiConfig, type AiConfig } from './config.js';
export { completionRecordedEvent, publishCompletion, publishingRecorder, type CompletionEventMeta } from './events.js';
export { posteriorMean, probabilityBest, ratingReward, sampleBeta, seededRandom, thompsonSample, type BanditArm, type Random } from './bandit.js';
