import DataLoader from 'dataloader';
import type { Database } from '@phoenix/db';
import type { CoachingSessionRow, DailyActionRow, GoalRow, JournalEntryRow, MilestoneRow, PracticeSessionRow } from './db/schema.js';
import { BURNOUT_RULE } from './domain/trend.js';
import { actionsOfUserDays } from './store/actions.js';
import { newestCoachingSessions, usageOf } from './store/coaching.js';
import { goalsByIds, goalsOfUsers, milestonesOfGoals } from './store/goals.js';
import { entriesSince, newestEntries } from './store/journal.js';
import { newestPracticeSessions } from './store/practice.js';

/** A user's newest rows, `first` of them. */
export interface PageKey {
  userId: string;
  first: number;
}

export interface RiseLoaders {
  journal: DataLoader<PageKey, JournalEntryRow[], string>;
  /** The entries the trend reads: the last 30 days before the request. */
  trendEntries: DataLoader<string, JournalEntryRow[]>;
  goals: DataLoader<string, GoalRow[]>;
  goalById: DataLoader<string, GoalRow | undefined>;
  milestones: DataLoader<string, MilestoneRow[]>;
  actions: DataLoader<{ userId: string; day: string }, DailyActionRow[], string>;
  practice: DataLoader<PageKey, PracticeSessionRow[], string>;
  coaching: DataLoader<PageKey, CoachingSessionRow[], string>;
  usage: DataLoader<{ userId: string; period: string }, number, string>;
}

const DAY_MS = 86_400_000;

// One query per distinct page size in the batch (usually one), each for all its users.
function paged<T>(fetch: (db: Database, userIds: readonly string[], limit: number) => Promise<T[][]>, db: Database): DataLoader<PageKey, T[], string> {
  return new DataLoader(
    async (keys: readonly PageKey[]) => {
      const sizes = [...new Set(keys.map((k) => k.first))];
      const pages = await Promise.all(
        sizes.map(async (first) => {
          const userIds = [...new Set(keys.filter((k) => k.first === first).map((k) => k.userId))];
          const rows = await fetch(db, userIds, first);
          return new Map(userIds.map((id, i) => [`${first}:${id}`, rows[i] ?? []]));
        }),
      );
      return keys.map((key) => pages.flatMap((page) => page.get(`${key.first}:${key.userId}`) ?? [])) as T[][];
    },
    { cacheKeyFn: (key) => `${key.first}:${key.userId}` },
  );
}

/** Fresh loaders for one request; `now` is the request's instant (the trend's window ends there). */
export function createLoaders(db: Database, now: Date): RiseLoaders {
  const trendSince = new Date(now.getTime() - BURNOUT_RULE.confidenceWindowDays * DAY_MS);
  return {
    journal: paged(newestEntries, db),
    trendEntries: new DataLoader((userIds: readonly string[]) => entriesSince(db, userIds, trendSince)),
    goals: new DataLoader((userIds: readonly string[]) => goalsOfUsers(db, userIds)),
    goalById: new DataLoader((ids: readonly string[]) => goalsByIds(db, ids)),
    milestones: new DataLoader((goalIds: readonly string[]) => milestonesOfGoals(db, goalIds)),
    actions: new DataLoader((keys: readonly { userId: string; day: string }[]) => actionsOfUserDays(db, keys), { cacheKeyFn: (key) => `${key.userId}|${key.day}` }),
    practice: paged(newestPracticeSessions, db),
    coaching: paged(newestCoachingSessions, db),
    usage: new DataLoader((keys: readonly { userId: string; period: string }[]) => usageOf(db, keys), { cacheKeyFn: (key) => `${key.userId}|${key.period}` }),
  };
}
