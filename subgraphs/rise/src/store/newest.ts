import { inArray, lte, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '@phoenix/db';

/** The columns that say whose a row is, and how recent. */
export interface OwnedColumns {
  id: AnyPgColumn;
  userId: AnyPgColumn;
  at: AnyPgColumn;
}

/**
 * A subquery of the ids of the `limit` newest rows of each user in `userIds`: one query for a
 * whole batch of users, however many rows each has.
 */
export function newestIds(db: Database, table: PgTable, columns: OwnedColumns, userIds: readonly string[], limit: number) {
  const ranked = db
    .select({ id: columns.id, rank: sql<number>`row_number() over (partition by ${columns.userId} order by ${columns.at} desc, ${columns.id} desc)`.as('rank') })
    .from(table)
    .where(inArray(columns.userId, [...userIds]))
    .as('ranked');
  return db.select({ id: ranked.id }).from(ranked).where(lte(ranked.rank, limit));
}

/** Rows grouped by their user, in the order given, one entry per requested user. */
export function groupByUser<T extends { userId: string }>(rows: readonly T[], userIds: readonly string[]): T[][] {
  const byUser = new Map<string, T[]>(userIds.map((id) => [id, []]));
  for (const row of rows) byUser.get(row.userId)?.push(row);
  return userIds.map((id) => byUser.get(id) ?? []);
}
