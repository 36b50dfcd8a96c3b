import { and, count, eq, gt, lt, lte, sql } from 'drizzle-orm';
import type { Tier } from '@phoenix/context-token';
import type { Database, Transaction } from '@phoenix/db';
import { analyticsConsents, aubeScores, crossAppConsents, lettersGenerated, moodEntries, userTiers } from '../db/schema.js';
import type { CrossAppMaterial } from '../domain/cross-app.js';

const DAY_MS = 86_400_000;
/** Rise moods older than this are no use to the trend and are deleted by the retention worker. */
export const MOOD_WINDOW_DAYS = 30;

/** The consent purposes Iris acts on, each projected in its own table. */
export type ProjectedPurpose = 'cross_app_context' | 'analytics';

const CONSENT_TABLES = { cross_app_context: crossAppConsents, analytics: analyticsConsents } as const;

/** True for the purposes Iris projects. */
export function isProjectedPurpose(purpose: string): purpose is ProjectedPurpose {
  return Object.hasOwn(CONSENT_TABLES, purpose);
}

/**
 * Records a decision for `purpose` unless a newer one is already known (events may be replayed
 * or arrive late). Returns whether the user grants the purpose once the decision is applied.
 */
export async function recordConsent(tx: Transaction, purpose: ProjectedPurpose, userId: string, granted: boolean, decidedAt: Date): Promise<boolean> {
  const table = CONSENT_TABLES[purpose];
  await tx
    .insert(table)
    .values({ userId, granted, decidedAt })
    .onConflictDoUpdate({
      target: table.userId,
      set: { granted: sql`excluded.granted`, decidedAt: sql`excluded.decided_at` },
      setWhere: lte(table.decidedAt, sql`excluded.decided_at`),
    });
  return hasConsent(tx, purpose, userId);
}

/** True when the user's latest known decision grants `purpose`; false when unknown. */
export async function hasConsent(db: Database | Transaction, purpose: ProjectedPurpose, userId: string): Promise<boolean> {
  const table = CONSENT_TABLES[purpose];
  const [row] = await db.select({ granted: table.granted }).from(table).where(eq(table.userId, userId));
  return row?.granted ?? false;
}

/** True when the user's latest known decision grants `cross_app_context`; false when unknown. */
export function hasCrossAppConsent(db: Database, userId: string): Promise<boolean> {
  return hasConsent(db, 'cross_app_context', userId);
}

/** Records a tier seen at `observedAt` unless a newer observation is known. */
export async function recordTier(tx: Transaction | Database, userId: string, tier: Tier, observedAt: Date): Promise<void> {
  await tx
    .insert(userTiers)
    .values({ userId, tier, observedAt })
    .onConflictDoUpdate({
      target: userTiers.userId,
      set: { tier: sql`excluded.tier`, observedAt: sql`excluded.observed_at` },
      setWhere: lte(userTiers.observedAt, sql`excluded.observed_at`),
    });
}

export interface AubeScore {
  explorationId: string;
  romeCode: string | null;
  score: number;
  evolutionType: string;
  threatLevel: string;
  scoredAt: Date;
}

/** Keeps the user's latest Aube score. */
export async function recordAubeScore(tx: Transaction, userId: string, score: AubeScore): Promise<void> {
  await tx
    .insert(aubeScores)
    .values({ userId, ...score })
    .onConflictDoUpdate({
      target: aubeScores.userId,
      set: {
        explorationId: sql`excluded.exploration_id`,
        romeCode: sql`excluded.rome_code`,
        score: sql`excluded.score`,
        evolutionType: sql`excluded.evolution_type`,
        threatLevel: sql`excluded.threat_level`,
        scoredAt: sql`excluded.scored_at`,
      },
      setWhere: lte(aubeScores.scoredAt, sql`excluded.scored_at`),
    });
}

/** Remembers a letter written with Letters (once, whatever the deliveries). */
export async function recordLetter(tx: Transaction, letter: typeof lettersGenerated.$inferInsert): Promise<void> {
  await tx.insert(lettersGenerated).values(letter).onConflictDoNothing();
}

/** Remembers a Rise journal mood (once, whatever the deliveries). */
export async function recordMood(tx: Transaction, mood: typeof moodEntries.$inferInsert): Promise<void> {
  await tx.insert(moodEntries).values(mood).onConflictDoNothing();
}

/** What the user's other apps bring to a reply at `now`. */
export async function crossAppMaterial(db: Database, userId: string, now: Date): Promise<CrossAppMaterial> {
  const since = new Date(now.getTime() - MOOD_WINDOW_DAYS * DAY_MS);
  const [[aube], [letters], moods] = await Promise.all([
    db.select({ romeCode: aubeScores.romeCode, score: aubeScores.score }).from(aubeScores).where(eq(aubeScores.userId, userId)),
    db.select({ n: count() }).from(lettersGenerated).where(eq(lettersGenerated.userId, userId)),
    db
      .select({ mood: moodEntries.mood, confidence: moodEntries.confidence, at: moodEntries.loggedAt })
      .from(moodEntries)
      .where(and(eq(moodEntries.userId, userId), gt(moodEntries.loggedAt, since))),
  ]);
  return { aube, lettersWritten: letters?.n ?? 0, moods };
}

/** Deletes projected moods too old for the trend. */
export async function pruneMoods(db: Database, now: Date): Promise<number> {
  const rows = await db
    .delete(moodEntries)
    .where(lt(moodEntries.loggedAt, new Date(now.getTime() - MOOD_WINDOW_DAYS * DAY_MS)))
    .returning({ id: moodEntries.entryId });
  return rows.length;
}
