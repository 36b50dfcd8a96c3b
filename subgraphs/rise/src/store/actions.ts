import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Database } from '@phoenix/db';
import { dailyActions, goals, type DailyActionRow } from '../db/schema.js';

/** Why an action could not be planned. */
export type PlanActionOutcome = { ok: true; action: DailyActionRow } | { ok: false; reason: 'goal_not_found' };

/** Plans a daily action, linked to one of the user's goals when `goalId` is given. */
export async function insertAction(
  db: Database,
  action: { userId: string; title: string; day: string; goalId: string | null; createdAt: Date },
): Promise<PlanActionOutcome> {
  return db.transaction(async (tx) => {
    if (action.goalId) {
      const [goal] = await tx.select({ id: goals.id }).from(goals).where(and(eq(goals.id, action.goalId), eq(goals.userId, action.userId)));
      if (!goal) return { ok: false, reason: 'goal_not_found' } as const;
    }
    const [row] = await tx.insert(dailyActions).values({ id: randomUUID(), ...action }).returning();
    if (!row) throw new Error('action insert returned no row');
    return { ok: true, action: row } as const;
  });
}

/** Marks an action of `userId` done; a second time keeps the first completion. Undefined when the user has no such action. */
export async function completeAction(db: Database, userId: string, actionId: string, now: Date): Promise<DailyActionRow | undefined> {
  const [updated] = await db
    .update(dailyActions)
    .set({ completedAt: now })
    .where(and(eq(dailyActions.id, actionId), eq(dailyActions.userId, userId), isNull(dailyActions.completedAt)))
    .returning();
  if (updated) return updated;
  const [existing] = await db.select().from(dailyActions).where(and(eq(dailyActions.id, actionId), eq(dailyActions.userId, userId)));
  return existing;
}

/** The actions of `userId|day` keys, in creation order. */
export async function actionsOfUserDays(db: Database, keys: readonly { userId: string; day: string }[]): Promise<DailyActionRow[][]> {
  const rows = await db
    .select()
    .from(dailyActions)
    .where(or(...keys.map((key) => and(eq(dailyActions.userId, key.userId), eq(dailyActions.day, key.day)))))
    .orderBy(asc(dailyActions.createdAt), asc(dailyActions.id));
  return keys.map((key) => rows.filter((row) => row.userId === key.userId && row.day === key.day));
}
