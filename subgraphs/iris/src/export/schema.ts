// The JSON Schema of `DataExport.iris`; docs/data-export.schema.json is assembled from it.
import { MESSAGE_STATUSES, REPLY_FAILURES } from '../db/schema.js';
import { TOPIC_IDS } from '../domain/topics.js';

/** `null`, or a value of `schema` (a type array would break ajv's strict mode with formats). */
const orNull = <const S extends object>(schema: S) => ({ anyOf: [{ type: 'null' }, schema] }) as const;

const instant = { type: 'string', format: 'date-time' } as const;
const uuid = { type: 'string', format: 'uuid' } as const;
const text = { type: 'string' } as const;
const count = { type: 'integer', minimum: 0 } as const;
const topic = { enum: TOPIC_IDS } as const;
const tier = { enum: ['FREE', 'PREMIUM', 'PREMIUM_PLUS'] } as const;

/** A closed object whose every property is required (absent values are `null`). */
function closed<const P extends Record<string, object>>(description: string, properties: P) {
  return { type: 'object', description, additionalProperties: false, required: Object.keys(properties) as (keyof P & string)[], properties } as const;
}

const list = <const I extends object>(description: string, items: I) => ({ type: 'array', description, items }) as const;

const decision = orNull(closed('A consent decision as Iris last learnt it from accounts; null when none reached Iris.', { granted: { type: 'boolean' }, decidedAt: instant }));

const message = closed('A message of the user, or a reply of Iris.', {
  id: uuid,
  role: { enum: ['user', 'assistant'] },
  topic,
  text: { ...orNull(text), description: 'The full text; null for a reply not completed.' },
  status: { enum: MESSAGE_STATUSES },
  failure: { ...orNull({ enum: REPLY_FAILURES }), description: 'Why Iris could not reply, on a failed reply.' },
  inReplyTo: { ...orNull(uuid), description: 'On a reply: the message it answers.' },
  completionId: { ...orNull(uuid), description: 'On a completed reply: the AI completion (rated in the agents section).' },
  tier: { ...tier, description: 'The sender’s tier when it was sent.' },
  createdAt: instant,
  completedAt: orNull(instant),
});

/** The `iris` section of the data export (JSON Schema draft 2020-12), built by `irisSection`. */
export const irisExportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Iris',
  ...closed('Everything the Iris assistant holds about the user. Lists are newest first.', {
    conversations: list(
      'Conversations with Iris, kept per the plan’s history retention, each with its messages.',
      closed('A conversation; its topic is the one it was started with.', { id: uuid, topic, createdAt: instant, lastMessageAt: instant, messages: list('Its messages.', message) }),
    ),
    dailyUsage: list('Messages counted against the daily quota.', closed('One local day.', { day: { type: 'string', format: 'date' }, messages: count })),
    tier: orNull(closed('The latest tier Iris knows: it sets how long history is kept.', { tier, observedAt: instant })),
    consents: closed('The consent decisions Iris acts on.', { crossAppContext: decision, analytics: decision }),
    aubeScore: orNull(
      closed('The latest Aube resilience score, used in replies only with the cross_app_context consent.', {
        explorationId: uuid,
        romeCode: orNull(text),
        score: { type: 'integer', minimum: 0, maximum: 100 },
        evolutionType: text,
        threatLevel: text,
        scoredAt: instant,
      }),
    ),
    letters: list('Letters written with Letters, as Iris knows them (ids and counts, never text).', closed('A letter.', { letterId: uuid, tone: text, wordCount: count, generatedAt: instant })),
    moods: list(
      'Mood and confidence from the Rise journal, kept 30 days for the trend.',
      closed('A journal entry’s figures.', { entryId: uuid, mood: { type: 'integer', minimum: 1, maximum: 10 }, confidence: { type: 'integer', minimum: 1, maximum: 10 }, loggedAt: instant }),
    ),
    replyAnalytics: list(
      'Figures kept per reply under the user’s pseudonymous hash while the analytics consent is granted; never text.',
      closed('One reply’s figures.', {
        messageId: uuid,
        topic,
        tier,
        status: { enum: ['completed', 'failed'] },
        messageLength: count,
        replyLength: count,
        chunkCount: count,
        historyTurns: count,
        usedCrossAppContext: { type: 'boolean' },
        attempts: count,
        firstChunkMs: orNull(count),
        latencyMs: count,
        recordedAt: instant,
      }),
    ),
  }),
} as const;
