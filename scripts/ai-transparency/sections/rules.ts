import { PLAN_CATALOG } from '@phoenix/plans';
import { ATS_WEIGHTS, LENGTH_BAND } from '../../../subgraphs/letters/src/domain/ats.js';
import { COACH_WEIGHTS } from '../../../subgraphs/letters/src/domain/coach.js';
import { HELPLINES } from '../../../subgraphs/rise/src/domain/human-help.js';
import { NO_MEDICAL_ADVICE } from '../../../subgraphs/rise/src/domain/medical-guard.js';
import { BURNOUT_RULE } from '../../../subgraphs/rise/src/domain/trend.js';
import { bullets, code, inline, quote, table } from '../markdown.js';

/** Letters' rule-based analyses: their weights, which add up to each score. */
export function renderLettersAnalyses(): string {
  const weights = (w: Readonly<Record<string, number>>) => inline(Object.entries(w).map(([name, value]) => `${code(name)} ${value}`));
  return table(
    ['analysis', 'weights (sum 1)', 'notes'],
    [
      ['ATS score (`analyzeAts`)', weights(ATS_WEIGHTS), `length band ${LENGTH_BAND.min}–${LENGTH_BAND.max} words; keywords compared by French stem`],
      ['Coach (`coachLetter`)', weights(COACH_WEIGHTS), 'each suggestion points at the sentence that triggered it'],
      ['Mirror Match (`mirrorMatch`)', '—', 'phrases employers write, each quoted as a signal; the tone follows from them'],
    ],
  );
}

/** Rise's burnout rule thresholds, the medical reminder and the helplines of the human-help notice. */
export function renderRiseSafeguards(): string {
  const r = BURNOUT_RULE;
  return [
    bullets([
      `Burnout risk: a heuristic on the person’s own entries, not a clinical scale. Low mood: 7-day average ≤ ${r.lowMoodAverage} (very low ≤ ${r.veryLowMoodAverage}); falling confidence: slope ≤ ${r.fallingSlope} point a day over ${r.confidenceWindowDays} days; volatile mood: standard deviation ≥ ${r.volatileStdDev}. MODERATE from ${r.moderateScore} points, HIGH from ${r.highScore}; UNKNOWN with fewer than ${r.minMoodEntries} entries in ${r.moodWindowDays} days.`,
      `Medical guard: sentences of a reply that diagnose, name a medication or advise on a treatment are removed and the reminder ${quote(NO_MEDICAL_ADVICE)} is added; when too much had to go, the whole reply is replaced by a safe message.`,
    ]),
    '',
    'Helplines of the human-help notice (checked against their official sites):',
    '',
    table(
      ['helpline', 'number', 'what'],
      HELPLINES.map((h) => [h.name, h.number, h.description]),
    ),
  ].join('\n');
}

/** How long Iris keeps a conversation's history, per plan. */
export function renderIrisRetention(): string {
  return inline(PLAN_CATALOG.map((plan) => `${code(plan.tier)} ${plan.quotas.irisContextDays} day${plan.quotas.irisContextDays === 1 ? '' : 's'}`));
}
