const instant = { type: 'string', format: 'date-time' } as const;
const optionalInstant = { type: ['string', 'null'], format: 'date-time' } as const;

const subscription = {
  type: 'object',
  additionalProperties: false,
  required: ['stripeSubscriptionId', 'plan', 'status', 'startedAt', 'currentPeriodEnd', 'cancelAtPeriodEnd', 'endedAt', 'updatedAt'],
  properties: {
    stripeSubscriptionId: { type: 'string', pattern: '^sub_[A-Za-z0-9]+$' },
    plan: { enum: ['FREE', 'PREMIUM', 'PREMIUM_PLUS'] },
    status: { enum: ['INCOMPLETE', 'TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELED', 'UNPAID', 'PAUSED'] },
    startedAt: instant,
    currentPeriodEnd: { description: 'End of the period already paid for.', ...optionalInstant },
    cancelAtPeriodEnd: { description: 'A cancellation is scheduled for the end of the period.', type: 'boolean' },
    endedAt: optionalInstant,
    updatedAt: { description: 'When billing last recorded a change.', ...instant },
  },
} as const;

/** JSON Schema (2020-12) of `DataExport.billing`. */
export const billingExportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'billing',
  description:
    'The Stripe customer created for the user and their subscriptions, newest first. Invoices, payment methods and billing details are held by Stripe, not Phoenix: the billing portal shows them.',
  type: 'object',
  additionalProperties: false,
  required: ['customer', 'subscriptions'],
  properties: {
    customer: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['stripeCustomerId', 'createdAt'],
      properties: { stripeCustomerId: { type: 'string', pattern: '^cus_[A-Za-z0-9]+$' }, createdAt: instant },
    },
    subscriptions: { type: 'array', items: subscription },
  },
} as const;
