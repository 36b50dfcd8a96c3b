import { createRequire } from 'node:module';
import { AI_TASKS, LOCAL_MODEL, parseAiConfig, type AiConfig } from '@phoenix/ai';
import { eventRegistry } from '@phoenix/events';
import { code, inline, table } from '../markdown.js';

// What each AI_* variable means; keyed by the config type so a new variable fails to compile here.
const MEANINGS: Readonly<Record<keyof AiConfig, string>> = {
  AI_PROVIDER: '`local` keeps everything in-process; `openai-compatible` turns on a remote model',
  AI_OPENAI_BASE_URL: 'the remote server (`/v1/chat/completions`); required with `openai-compatible`',
  AI_OPENAI_API_KEY: 'sent as `Authorization: Bearer`; never logged',
  AI_OPENAI_MODEL: 'the remote model’s name, recorded with every completion; required with `openai-compatible`',
  AI_OPENAI_TEMPERATURE: 'sampling temperature; the server’s own when unset',
  AI_OPENAI_STREAM_USAGE: 'ask the server for its token counts',
  AI_TIMEOUT_MS: 'a remote completion slower than this is aborted and `local` answers',
  AI_RATE_PER_SECOND: 'token bucket: remote calls per second, sustained',
  AI_BURST: 'token bucket: remote calls in a burst',
  AI_MAX_CONCURRENT: 'remote calls in flight; beyond, `local` answers at once',
  AI_BREAKER_ERROR_PERCENT: 'share of failed remote calls that opens the circuit breaker',
  AI_BREAKER_RESET_MS: 'how long an open circuit sends everything to `local` before one trial call',
  AI_BREAKER_VOLUME: 'calls in the breaker’s window before the percentage counts',
  AI_REMOTE_TIERS: 'plans whose requests may go to the remote model (anonymous counts as FREE)',
  AI_REMOTE_TASKS: 'tasks that may go to the remote model (empty: every task)',
  AI_GUARDIAN_BLOCK_SCORE: 'guardian risk from which an input with an injection attempt is refused',
  AI_LOCAL_CHUNK_DELAY_MS: 'pause between the local engine’s streamed chunks (pacing only)',
};

// The third-party code inside the local engine, named with the version installed.
const LOCAL_ENGINE_PACKAGES = [
  { name: 'stopword', role: 'French stop-word list' },
];
const ROUTER_PACKAGES = [{ name: 'opossum', role: 'circuit breaker around the remote provider' }];

/** The defaults every service starts with when no AI_* variable is set. */
export function defaultAiConfig(): AiConfig {
  return parseAiConfig({});
}

/** The two providers, which one is the default, and what each receives. */
export function renderProviders(): string {
  const defaults = defaultAiConfig();
  const providers = providerNames();
  if (defaults.AI_PROVIDER !== 'local' || !providers.includes('local')) throw new Error('The statement says `local` is the default provider; the code no longer does');
  return table(
    ['provider', 'model recorded', 'when', 'where it runs', 'what it receives'],
    providers.map((provider) =>
      provider === 'local'
        ? [code(provider), code(LOCAL_MODEL), `default (${code(`AI_PROVIDER=${defaults.AI_PROVIDER}`)}); always the fallback`, 'inside each Phoenix service; no network, no model weights', 'the typed request (the person’s own fields)']
        : [
            code(provider),
            'the value of `AI_OPENAI_MODEL`',
            `only when the operator sets ${code(`AI_PROVIDER=${provider}`)} with a base URL and a model, for the plans in ${code('AI_REMOTE_TIERS')} and the tasks in ${code('AI_REMOTE_TASKS')}`,
            'the server at `AI_OPENAI_BASE_URL`, chosen by the operator',
            'the chat prompt with personal data replaced by placeholders; nothing from a request in which the guardian found special-category data; no user id',
          ],
    ),
  );
}

/** The open-source packages doing the text work and the routing, at their installed versions. */
export function renderEnginePackages(): string {
  const require = createRequire(new URL('../../../packages/ai/package.json', import.meta.url));
  return table(
    ['package', 'version', 'licence', 'used for'],
    [...LOCAL_ENGINE_PACKAGES, ...ROUTER_PACKAGES].map(({ name, role }) => {
      const manifest = require(`${name}/package.json`) as { version: string; license: string };
      return [code(name), manifest.version, manifest.license, role];
    }),
  );
}

/** Every AI_* variable with its default. */
export function renderAiSettings(): string {
  const defaults = defaultAiConfig();
  return table(
    ['variable', 'default', 'meaning'],
    (Object.keys(MEANINGS) as (keyof AiConfig)[]).map((name) => [code(name), showDefault(name, defaults[name]), MEANINGS[name]]),
  );
}

/** Why `local` answered instead of the remote provider, as `ai.completion_recorded` declares it. */
export function renderFallbackReasons(): string {
  return `${inline(enumOf('ai.completion_recorded', 'fallbackReason').map((reason) => code(reason)))}.`;
}

/** The provider names `ai.completion_recorded` accepts. */
export function providerNames(): string[] {
  return enumOf('ai.completion_recorded', 'provider');
}

/** The `enum` of a payload field of a registered event. */
export function enumOf(eventType: string, field: string): string[] {
  const definition = eventRegistry().events.get(eventType);
  const properties = definition?.payload.properties as Record<string, { enum?: unknown }> | undefined;
  const values = properties?.[field]?.enum;
  if (!Array.isArray(values)) throw new Error(`${eventType}.${field} declares no enum`);
  return values.map(String);
}

function showDefault(name: keyof AiConfig, value: AiConfig[keyof AiConfig]): string {
  if (value === undefined) return '—';
  if (name === 'AI_REMOTE_TASKS' && Array.isArray(value) && value.length === 0) return `every task (${inline([...AI_TASKS].map((t) => code(t)))})`;
  if (Array.isArray(value)) return value.map((v) => code(String(v))).join(', ');
  return code(String(value));
}
