// The JSON Schema of `DataExport.rise`; docs/data-export.schema.json is assembled from it.

/** `null`, or a value of `schema` (union types would break ajv's strict mode). */
const orNull = <const S extends object>(schema: S) => ({ anyOf: [{ type: 'null' }, schema] }) as const;

const instant = { type: 'string', format: 'date-time' } as const;
const nullableInstant = orNull(instant);
const day = { type: 'string', format: 'date' } as const;
const uuid = { type: 'string', format: 'uuid' } as const;
const text = { type: 'string' } as const;
const nullableText = orNull(text);
const oneToTen = { type: 'integer', minimum: 1, maximum: 10 } as const;
const month = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}$' } as const;

/** A closed object whose every property is required (absent values are `null`). */
function closed<const P extends Record<string, object>>(description: string, properties: P) {
  return { type: 'object', description, additionalProperties: false, required: Object.keys(properties) as (keyof P & string)[], properties } as const;
}

const list = <const I extends object>(description: string, items: I) => ({ type: 'array', description, items }) as const;

const journalEntry = closed('A journal entry.', { id: uuid, mood: oneToTen, confidence: oneToTen, notes: nullableText, createdAt: instant });

const goal = closed('A goal of the career change.', {
  id: uuid,
  title: text,
  targetDate: day,
  createdAt: instant,
  completedAt: nullableInstant,
  milestones: list(
    'Its milestones, in the order the user gave them.',
    closed('One step of the goal.', { id: uuid, title: text, position: { type: 'integer', minimum: 0 }, completedAt: nullableInstant }),
  ),
});

const dailyAction = closed('A small daily action.', {
  id: uuid,
  title: text,
  day: { ...day, description: 'The local day it was planned for.' },
  goalId: { ...orNull(uuid), description: 'The goal it serves; null when none.' },
  createdAt: instant,
  completedAt: nullableInstant,
});

const practiceSession = closed('A breathing or meditation session.', {
  id: uuid,
  kind: { enum: ['BREATHING', 'MEDITATION'] },
  durationSeconds: { type: 'integer', minimum: 0 },
  createdAt: instant,
});

const coachingSession = closed('A coaching session with the AI coach.', {
  id: uuid,
  status: { enum: ['IN_PROGRESS', 'COMPLETED', 'FAILED'] },
  message: { ...nullableText, description: 'What the user wrote to open the session.' },
  reply: { ...nullableText, description: 'The coach’s full reply; null until it was complete.' },
  completionId: orNull(uuid),
  burnoutRisk: { enum: ['LOW', 'MODERATE', 'HIGH', 'UNKNOWN'] },
  humanHelpReasons: { type: 'array', description: 'Why the human-help notice was added; empty when it was not.', items: { enum: ['BURNOUT_RISK_HIGH', 'VERY_LOW_MOOD', 'SENSITIVE_TOPIC', 'DISTRESS_WORDS'] } },
  safetyFiltered: { type: 'boolean' },
  quotaPeriod: { ...month, description: 'The month (`YYYY-MM`, local) the session was counted in.' },
  startedAt: instant,
  completedAt: nullableInstant,
});

/** The `rise` section of the data export (JSON Schema draft 2020-12). */
export const riseExportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Rise',
  ...closed('Everything Rise holds about the user. Lists are newest first.', {
    journalEntries: list('Journal entries: mood, confidence and notes.', journalEntry),
    goals: list('Goals with their milestones.', goal),
    dailyActions: list('Daily actions, by planned day.', dailyAction),
    practiceSessions: list('Breathing and meditation sessions.', practiceSession),
    coachingSessions: list('Coaching sessions: the user’s message and the coach’s reply.', coachingSession),
    coachingUsage: list('Coaching sessions counted per calendar month against the plan’s quota.', closed('One month.', { period: month, sessions: { type: 'integer', minimum: 0 } })),
  }),
} as const;
