/** One journal entry of a fixture: `daysAgo` 0 is today. */
export interface FixtureEntry {
  daysAgo: number;
  mood: number;
  confidence: number;
  notes?: string;
}

/**
 * A hard month: confidence sliding from 8 to 3, a last week of low moods, notes about refusals
 * and fatigue (no words of distress, no health details: the risk alone calls for the notice).
 */
export const HARD_MONTH: readonly FixtureEntry[] = Array.from({ length: 30 }, (_, daysAgo) => {
  const lastWeek = [4, 2, 4, 3, 2, 5, 3];
  return {
    daysAgo,
    mood: daysAgo < 7 ? (lastWeek[daysAgo] ?? 3) : 6 + (daysAgo % 2),
    confidence: Math.round(3 + (5 * daysAgo) / 29),
    ...(daysAgo === 0 ? { notes: 'Encore un refus pour le poste de chargé de projet. Je dors mal et je doute de ma reconversion.' } : {}),
  };
});

/** A good month: steady good moods and confidence climbing from 5 to 8. */
export const GOOD_MONTH: readonly FixtureEntry[] = Array.from({ length: 30 }, (_, daysAgo) => ({
  daysAgo,
  mood: 7 + (daysAgo % 3 === 0 ? 1 : 0),
  confidence: Math.round(8 - (3 * daysAgo) / 29),
  ...(daysAgo === 0 ? { notes: 'Entretien réussi pour le poste de chargé de projet, et mon CV est enfin à jour.' } : {}),
}));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** When an entry was written: `daysAgo` days before `now`, an hour earlier in the day. */
export function entryTime(now: Date, daysAgo: number): Date {
  return new Date(now.getTime() - HOUR - daysAgo * DAY);
}
