import { date, index, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accountsSchema } from './schema.js';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * One row per person in the product funnel, projected from the event log. A person is a
 * visitor until sign-up links their visitor id to a user id; the row keeps its first time
 * at each step.
 */
export const funnelPeople = accountsSchema.table(
  'funnel_people',
  {
    personKey: text('person_key').primaryKey(),
    visitorId: text('visitor_id'),
    userId: uuid('user_id'),
    utmSource: text('utm_source'),
    utmMedium: text('utm_medium'),
    utmCampaign: text('utm_campaign'),
    visitedAt: timestamptz('visited_at'),
    scoredAt: timestamptz('scored_at'),
    registeredAt: timestamptz('registered_at'),
    firstLetterAt: timestamptz('first_letter_at'),
    checkoutAt: timestamptz('checkout_at'),
    subscribedAt: timestamptz('subscribed_at'),
  },
  (table) => [
    index('funnel_people_visitor_id_idx').on(table.visitorId),
    index('funnel_people_user_id_idx').on(table.userId),
    index('funnel_people_visited_at_idx').on(table.visitedAt),
    index('funnel_people_registered_at_idx').on(table.registeredAt),
  ],
);

/** The days on which a user did anything that produced an event: the basis of retention. */
export const userActivityDays = accountsSchema.table(
  'user_activity_days',
  {
    userId: uuid('user_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.day] })],
);

export type FunnelPersonRow = typeof funnelPeople.$inferSelect;
