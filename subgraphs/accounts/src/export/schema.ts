// The JSON Schema of `DataExport.accounts`; docs/data-export.schema.json is assembled from it.

/** `null`, or a value of `schema` (a type array would break ajv's strict mode with formats). */
const orNull = <const S extends object>(schema: S) => ({ anyOf: [{ type: 'null' }, schema] }) as const;

const instant = { type: 'string', format: 'date-time' } as const;
const nullableInstant = orNull(instant);
const uuid = { type: 'string', format: 'uuid' } as const;
const text = { type: 'string' } as const;
const nullableText = orNull(text);
const texts = { type: 'array', items: text } as const;
const textVersion = { type: 'string', description: 'Version of the consent text, e.g. `2026-01`.' } as const;

/** A closed object whose every property is required (absent values are `null`). */
function closed<const P extends Record<string, object>>(description: string, properties: P) {
  return { type: 'object', description, additionalProperties: false, required: Object.keys(properties) as (keyof P & string)[], properties } as const;
}

const list = <const I extends object>(description: string, items: I) => ({ type: 'array', description, items }) as const;

/** The `accounts` section of the data export (JSON Schema draft 2020-12). */
export const accountsExportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Accounts',
  ...closed('Everything accounts holds about the user. Lists are newest first unless stated.', {
    profile: closed('The account.', {
      id: uuid,
      email: { type: 'string', description: 'Sign-in email, normalised (trimmed, lower case).' },
      displayName: text,
      tier: { enum: ['FREE', 'PREMIUM', 'PREMIUM_PLUS'] },
      roles: texts,
      createdAt: instant,
    }),
    consents: list(
      'The current decision for each purpose decided so far, by purpose.',
      closed('One purpose.', { purpose: text, granted: { type: 'boolean' }, textVersion, updatedAt: instant }),
    ),
    consentHistory: list(
      'Every consent decision.',
      closed('One decision.', {
        purpose: text,
        granted: { type: 'boolean' },
        textVersion,
        changedAt: instant,
        changedByUser: { type: 'boolean', description: 'False when an administrator recorded the decision.' },
      }),
    ),
    sessions: list(
      'Sign-in sessions (tokens are never exported).',
      closed('One session.', {
        createdAt: instant,
        revokedAt: nullableInstant,
        revokedReason: { ...nullableText, description: 'Why the session ended early, if it did: `sign_out` or `refresh_token_reuse`.' },
      }),
    ),
    funnel: list(
      'Where the user came from and when they reached each step of the product funnel (pseudonymous analytics).',
      closed('One funnel record.', {
        visitorId: { ...nullableText, description: 'The random id of the browser before sign-up.' },
        utmSource: nullableText,
        utmMedium: nullableText,
        utmCampaign: nullableText,
        visitedAt: nullableInstant,
        scoredAt: nullableInstant,
        registeredAt: nullableInstant,
        firstLetterAt: nullableInstant,
        checkoutAt: nullableInstant,
        subscribedAt: nullableInstant,
      }),
    ),
    activityDays: list('Days (UTC) on which the user did something in Phoenix, for retention statistics.', { type: 'string', format: 'date' }),
    apiKeysCreated: list(
      'Partner API keys the user issued as an administrator (never their secrets).',
      closed('One key.', { id: uuid, partner: text, name: text, prefix: text, scopes: texts, createdAt: instant, revokedAt: nullableInstant }),
    ),
  }),
} as const;
