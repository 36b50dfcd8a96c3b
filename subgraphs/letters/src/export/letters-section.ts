import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import type { AtsResult } from '../domain/ats.js';
import type { CoachResult } from '../domain/coach.js';
import type { CultureReading } from '../domain/culture.js';
import { toGraphTone } from '../domain/tone.js';
import { analyses, crossAppConsents, letterRows, letterVersions, monthlyUsage, type AnalysisRow, type LetterRow, type LetterVersionRow } from '../db/schema.js';

type Executor = Database | Transaction;

/**
 * Everything letters holds about a user, for the right of access: the letters with the
 * inputs they were written from and every version's text, the ATS, Mirror Match and Coach
 * results, the monthly usage and the `cross_app_context` decision. Newest first throughout,
 * except a letter's versions, which are listed from the newest number down.
 */
export async function lettersSection(db: Executor, userId: string) {
  const [letters, analysisRows, usage, consent] = await Promise.all([
    db.select().from(letterRows).where(eq(letterRows.userId, userId)).orderBy(desc(letterRows.createdAt), desc(letterRows.id)),
    db.select().from(analyses).where(eq(analyses.userId, userId)).orderBy(desc(analyses.createdAt), desc(analyses.id)),
    db.select().from(monthlyUsage).where(eq(monthlyUsage.userId, userId)).orderBy(desc(monthlyUsage.month)),
    db.select().from(crossAppConsents).where(eq(crossAppConsents.userId, userId)),
  ]);
  const versions = await versionsOf(db, letters.map((letter) => letter.id));
  return {
    letters: letters.map((letter) => exportedLetter(letter, versions.get(letter.id) ?? [])),
    analyses: {
      ats: analysisRows.filter((row) => row.kind === 'ats').map(exportedAts),
      mirrorMatch: analysisRows.filter((row) => row.kind === 'mirror').map(exportedMirrorMatch),
      coach: analysisRows.filter((row) => row.kind === 'coach').map(exportedCoach),
    },
    monthlyUsage: usage.map((row) => ({ month: row.month, lettersGenerated: row.used, updatedAt: row.updatedAt.toISOString() })),
    crossAppContextConsent: consent[0] ? { granted: consent[0].granted, decidedAt: consent[0].decidedAt.toISOString() } : null,
  };
}

export type LettersSection = Awaited<ReturnType<typeof lettersSection>>;

async function versionsOf(db: Executor, letterIds: readonly string[]): Promise<Map<string, LetterVersionRow[]>> {
  const byLetter = new Map<string, LetterVersionRow[]>();
  if (letterIds.length === 0) return byLetter;
  const rows = await db
    .select()
    .from(letterVersions)
    .where(inArray(letterVersions.letterId, [...letterIds]))
    .orderBy(asc(letterVersions.letterId), desc(letterVersions.number));
  for (const row of rows) byLetter.set(row.letterId, [...(byLetter.get(row.letterId) ?? []), row]);
  return byLetter;
}

function exportedLetter(letter: LetterRow, versions: readonly LetterVersionRow[]) {
  const change = letter.careerChange;
  return {
    id: letter.id,
    jobTitle: letter.jobTitle,
    company: letter.company,
    cvText: letter.cvText,
    offerText: letter.offerText,
    candidateName: letter.candidateName,
    careerChange: change
      ? { previousDomain: change.previousDomain, newDomain: change.newDomain, transferableSkills: [...change.transferableSkills], yearsOfExperience: change.yearsOfExperience ?? null }
      : null,
    tone: toGraphTone(letter.tone),
    currentVersion: letter.currentVersion,
    usesAubeAnalysis: letter.usesAube,
    createdAt: letter.createdAt.toISOString(),
    updatedAt: letter.updatedAt.toISOString(),
    versions: versions.map((version) => ({
      number: version.number,
      origin: version.origin,
      tone: toGraphTone(version.tone),
      text: version.text,
      wordCount: version.wordCount,
      completionId: version.completionId,
      usesAubeAnalysis: version.usesAube,
      createdAt: version.createdAt.toISOString(),
    })),
  };
}

// Results are rebuilt field by field, so the section keeps the shape its JSON Schema closes.
function analysisBase(row: AnalysisRow) {
  return { id: row.id, letterId: row.letterId, letterVersion: row.letterVersion, createdAt: row.createdAt.toISOString() };
}

const factorsOf = (factors: AtsResult['factors']) =>
  factors.map((factor) => ({ name: factor.name, score: factor.score, weight: factor.weight, contribution: factor.contribution, detail: factor.detail }));

function exportedAts(row: AnalysisRow) {
  const result = row.result as AtsResult;
  return {
    ...analysisBase(row),
    score: result.score,
    factors: factorsOf(result.factors),
    keywords: [...result.keywords],
    matchedKeywords: [...result.matchedKeywords],
    missingKeywords: [...result.missingKeywords],
    wordCount: result.wordCount,
    lengthBand: result.lengthBand,
    actionVerbs: [...result.actionVerbs],
    quantifiedResults: [...result.quantifiedResults],
    formattingProblems: result.formattingProblems.map((problem) => ({ kind: problem.kind, line: problem.line, excerpt: problem.excerpt })),
  };
}

function exportedMirrorMatch(row: AnalysisRow) {
  const result = row.result as CultureReading & { company: string };
  return {
    ...analysisBase(row),
    company: result.company,
    communicationStyle: result.communicationStyle,
    workEnvironment: result.workEnvironment,
    leadershipStyle: result.leadershipStyle,
    innovationLevel: result.innovationLevel,
    confidence: result.confidence,
    recommendedTone: toGraphTone(result.recommendedTone),
    signals: result.signals.map((signal) => ({ dimension: signal.dimension, value: signal.value, cue: signal.cue })),
    explanation: result.explanation,
  };
}

function exportedCoach(row: AnalysisRow) {
  const result = row.result as CoachResult;
  return {
    ...analysisBase(row),
    score: result.score,
    clarity: result.clarity,
    impact: result.impact,
    personalisation: result.personalisation,
    professionalTone: result.professionalTone,
    factors: factorsOf(result.factors),
    suggestions: result.suggestions.map((suggestion) => ({
      kind: suggestion.kind,
      sentenceIndex: suggestion.sentenceIndex,
      sentence: suggestion.sentence,
      excerpt: suggestion.excerpt,
      message: suggestion.message,
    })),
  };
}
