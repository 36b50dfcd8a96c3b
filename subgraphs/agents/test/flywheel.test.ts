import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@phoenix/db';
import { publish, type NewEvent } from '@phoenix/events';
import { completions, feedback } from '../src/db/schema.js';
import { FLYWHEEL_EVENT_TYPES, projectFlywheelEvent } from '../src/flywheel/project.js';
import { createConsumer, consumerOffsets } from '@phoenix/events';
import { agentsDatabase } from './support.js';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await agentsDatabase();
});

afterAll(async () => {
  await database.close();
});

function completion(completionId: string, variant = 'guided'): NewEvent<'ai.completion_recorded'> {
  return {
    type: 'ai.completion_recorded',
    source: 'iris',
    payload: { completionId, task: 'iris.reply', provider: 'openai-compatible', model: 'mistral-small', tokensIn: 420, tokensOut: 180, latencyMs: 900, promptHash: 'c'.repeat(64), variant, fallbackReason: 'timeout', grounding: 0.6 },
  };
}

function rating(completionId: string, userId: string, value: number, occurredAt: Date): NewEvent<'ai.feedback_given'> {
  return { type: 'ai.feedback_given', occurredAt, payload: { completionId, userId, rating: value } };
}

function analyticsConsent(userId: string, granted: boolean, occurredAt: Date, purpose = 'analytics'): NewEvent<'user.consent_changed'> {
  return { type: 'user.consent_changed', occurredAt, payload: { userId, purpose, granted, changedBy: userId } };
}

/** A user who granted `analytics` before any rating of these tests. */
async function consentingUser(): Promise<string> {
  const userId = randomUUID();
  await publishAll(analyticsConsent(userId, true, new Date('2026-01-01T00:00:00Z')));
  return userId;
}

async function publishAll(...events: NewEvent[]): Promise<void> {
  for (const event of events) await database.db.transaction((tx) => publish(tx, event));
}

async function runConsumer(name: string): Promise<void> {
  const consumer = createConsumer({ name, database, handle: projectFlywheelEvent, types: FLYWHEEL_EVENT_TYPES });
  await consumer.runOnce();
}

const ratingsOf = (completionId: string) => database.db.select({ userId: feedback.userId, rating: feedback.rating }).from(feedback).where(eq(feedback.completionId, completionId));

describe('flywheel projection', () => {
  it('stores a completion’s metrics once, however many times the event is applied', async () => {
    const completionId = randomUUID();
    await publishAll(completion(completionId));
    await runConsumer('flywheel-once-a');
    await runConsumer('flywheel-once-b');
    const rows = await database.db.select().from(completions).where(eq(completions.completionId, completionId));
    expect(rows).toEqual([
      expect.objectContaining({ task: 'iris.reply', provider: 'openai-compatible', source: 'iris', tokensIn: 420, fallbackReason: 'timeout', variant: 'guided' }),
    ]);
    expect(rows[0]?.grounding).toBeCloseTo(0.6, 5);
  });

  it('keeps one rating per user and completion, the latest one, even when events are replayed', async () => {
    const completionId = randomUUID();
    const userId = await consentingUser();
    await publishAll(rating(completionId, userId, 2, new Date('2026-03-01T10:00:00Z')), rating(completionId, userId, 5, new Date('2026-03-01T10:05:00Z')));
    await runConsumer('flywheel-ratings');
    expect(await ratingsOf(completionId)).toEqual([{ userId, rating: 5 }]);
    await database.db.update(consumerOffsets).set({ position: 0 }).where(eq(consumerOffsets.consumer, 'flywheel-ratings'));
    await runConsumer('flywheel-ratings');
    expect(await ratingsOf(completionId)).toEqual([{ userId, rating: 5 }]);
  });

  it('does not let an older rating that arrives late replace a newer one', async () => {
    const completionId = randomUUID();
    const userId = await consentingUser();
    await publishAll(rating(completionId, userId, 4, new Date('2026-03-02T10:05:00Z')), rating(completionId, userId, 1, new Date('2026-03-02T10:00:00Z')));
    await runConsumer('flywheel-late');
    expect(await ratingsOf(completionId)).toEqual([{ userId, rating: 4 }]);
  });

  it('counts every completion, whoever it served: the event names nobody', async () => {
    const completionId = randomUUID();
    await publishAll(completion(completionId));
    await runConsumer('flywheel-anyone');
    expect(await database.db.select({ id: completions.completionId }).from(completions).where(eq(completions.completionId, completionId))).toHaveLength(1);
  });
});

describe('the analytics consent', () => {
  it('drops the rating of a user who never granted analytics, or granted only another purpose', async () => {
    const completionId = randomUUID();
    const other = randomUUID();
    await publishAll(
      rating(completionId, randomUUID(), 2, new Date('2026-03-03T10:00:00Z')),
      analyticsConsent(other, true, new Date('2026-03-03T09:00:00Z'), 'cross_app_context'),
      rating(completionId, other, 3, new Date('2026-03-03T10:01:00Z')),
    );
    await runConsumer('consent-never');
    expect(await ratingsOf(completionId)).toEqual([]);
  });

  it('keeps ratings given while the consent is granted, unlinks them from the user when it is withdrawn, and drops later ones', async () => {
    const [before, after] = [randomUUID(), randomUUID()];
    const userId = randomUUID();
    await publishAll(
      analyticsConsent(userId, true, new Date('2026-03-04T09:00:00Z')),
      rating(before, userId, 4, new Date('2026-03-04T10:00:00Z')),
      analyticsConsent(userId, false, new Date('2026-03-04T11:00:00Z')),
      rating(after, userId, 1, new Date('2026-03-04T12:00:00Z')),
    );
    await runConsumer('consent-withdrawn');
    expect(await ratingsOf(before)).toEqual([{ userId: null, rating: 4 }]);
    expect(await ratingsOf(after)).toEqual([]);
  });

  it('applies the decision in force when the rating comes, ignoring an older grant delivered late', async () => {
    const completionId = randomUUID();
    const userId = randomUUID();
    await publishAll(
      analyticsConsent(userId, false, new Date('2026-03-05T11:00:00Z')),
      analyticsConsent(userId, true, new Date('2026-03-05T09:00:00Z')),
      rating(completionId, userId, 5, new Date('2026-03-05T12:00:00Z')),
    );
    await runConsumer('consent-late');
    expect(await ratingsOf(completionId)).toEqual([]);
  });
});
