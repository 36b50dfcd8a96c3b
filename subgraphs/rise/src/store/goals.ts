import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '@phoenix/db';
import { publish } from '@phoenix/events';
import { goals, milestones, type GoalRow, type MilestoneRow } from '../db/schema.js';
import { groupByUser } from './newest.js';

/** Stores a goal and its milestones and publishes `rise.goal_set` (no titles) in one transaction. */
export async function insertGoal(
  db: Database,
  goal: { userId: string; title: string; targetDate: string; milestones: readonly string[]; createdAt: Date },
): Promise<GoalRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(goals)
      .values({ id: randomUUID(), userId: goal.userId, title: goal.title, targetDate: goal.targetDate, createdAt: goal.createdAt })
      .returning();
    if (!row) throw new Error('goal insert returned no row');
    if (goal.milestones.length > 0) {
      await tx.insert(milestones).values(goal.milestones.map((title, position) => ({ id: randomUUID(), goalId: row.id, userId: row.userId, title, position })));
    }
    await publish(tx, {
      type: 'rise.goal_set',
      source: 'rise',
      payload: { userId: row.userId, goalId: row.id, milestoneCount: goal.milestones.length, targetDate: row.targetDate },
    });
    return row;
  });
}

/**
 * Marks a milestone of `userId` done (a second time changes nothing) and completes its goal
 * when no milestone is left. Undefined when the user has no such milestone.
 */
export async function completeMilestone(db: Database, userId: string, milestoneId: string, now: Date): Promise<GoalRow | undefined> {
  return db.transaction(async (tx) => {
    const [milestone] = await tx
      .select({ goalId: milestones.goalId })
      .from(milestones)
      .where(and(eq(milestones.id, milestoneId), eq(milestones.userId, userId)))
      .for('update');
    if (!milestone) return undefined;
    await tx.update(milestones).set({ completedAt: now }).where(and(eq(milestones.id, milestoneId), isNull(milestones.completedAt)));
    const [goal] = await tx
      .update(goals)
      .set({ completedAt: now })
      .where(
        and(
          eq(goals.id, milestone.goalId),
          isNull(goals.completedAt),
          sql`not exists (select 1 from ${milestones} where ${milestones.goalId} = ${goals.id} and ${milestones.completedAt} is null)`,
        ),
      )
      .returning();
    if (goal) return goal;
    const [unchanged] = await tx.select().from(goals).where(eq(goals.id, milestone.goalId));
    return unchanged;
  });
}

/** Each user's goals, newest first. */
export async function goalsOfUsers(db: Database, userIds: readonly string[]): Promise<GoalRow[][]> {
  const rows = await db.select().from(goals).where(inArray(goals.userId, [...userIds])).orderBy(desc(goals.createdAt), desc(goals.id));
  return groupByUser(rows, userIds);
}

/** Goals by id, in the order asked, undefined where none. */
export async function goalsByIds(db: Database, ids: readonly string[]): Promise<(GoalRow | undefined)[]> {
  const rows = await db.select().from(goals).where(inArray(goals.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id));
}

/** Each goal's milestones, in order. */
export async function milestonesOfGoals(db: Database, goalIds: readonly string[]): Promise<MilestoneRow[][]> {
  const rows = await db.select().from(milestones).where(inArray(milestones.goalId, [...goalIds])).orderBy(asc(milestones.position));
  const byGoal = new Map<string, MilestoneRow[]>(goalIds.map((id) => [id, []]));
  for (const row of rows) byGoal.get(row.goalId)?.push(row);
  return goalIds.map((id) => byGoal.get(id) ?? []);
}
