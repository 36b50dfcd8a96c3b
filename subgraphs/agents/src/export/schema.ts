// The JSON Schema of `DataExport.agents`; docs/data-export.schema.json is assembled from it.

/** `null`, or a value of `schema` (a type array would break ajv's strict mode with formats). */
const orNull = <const S extends object>(schema: S) => ({ anyOf: [{ type: 'null' }, schema] }) as const;

const instant = { type: 'string', format: 'date-time' } as const;
const text = { type: 'string' } as const;
const count = { type: 'integer', minimum: 0 } as const;

/** A closed object whose every property is required (absent values are `null`). */
function closed<const P extends Record<string, object>>(description: string, properties: P) {
  return { type: 'object', description, additionalProperties: false, required: Object.keys(properties) as (keyof P & string)[], properties } as const;
}

const completion = closed('The AI answer rated, as the flywheel recorded it: metrics only, never text.', {
  task: text,
  provider: text,
  model: text,
  variant: orNull(text),
  tier: orNull({ enum: ['FREE', 'PREMIUM', 'PREMIUM_PLUS'] }),
  source: { ...text, description: 'The service that ran it.' },
  tokensIn: count,
  tokensOut: count,
  latencyMs: count,
  grounding: orNull({ type: 'number', minimum: 0, maximum: 1 }),
  fallbackReason: orNull(text),
  occurredAt: instant,
});

/** The `agents` section of the data export (JSON Schema draft 2020-12), built by `agentsSection`. */
export const agentsExportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Agents',
  ...closed('What the AI back office holds about the user. Lists are newest first.', {
    feedback: {
      type: 'array',
      description: 'Ratings the user gave AI answers (`giveFeedback`), kept while the analytics consent is granted.',
      items: closed('One rating.', {
        completionId: { type: 'string', format: 'uuid' },
        rating: { type: 'integer', minimum: 1, maximum: 5 },
        reason: orNull({ enum: ['inaccurate', 'unhelpful', 'unsafe', 'off_topic', 'other'] }),
        givenAt: instant,
        completion: { ...orNull(completion), description: 'Null when the completion was not recorded.' },
      }),
    },
    analyticsConsent: orNull(closed('The analytics consent decision as agents last learnt it; null when none reached it.', { granted: { type: 'boolean' }, decidedAt: instant })),
  }),
} as const;
