import { randomUUID } from 'node:crypto';
import type { UserPrincipal } from '@phoenix/context-token';
import { publish } from '@phoenix/events';
import type { LettersServices } from '../context.js';
import type { AnalysisRow, LetterRow } from '../db/schema.js';
import { analyzeAts } from '../domain/ats.js';
import { coachLetter as coach } from '../domain/coach.js';
import { readCulture } from '../domain/culture.js';
import { insertAnalysis } from '../store/analyses.js';

/** What the ATS analysis reads: a text against an offer, and the caller's letter it comes from, if any. */
export interface AtsSubject {
  text: string;
  offerText: string;
  company: string | undefined;
  letter: LetterRow | undefined;
}

/** Scores a letter or a text against an offer, stores the analysis and publishes `letters.ats_analyzed`. */
export async function runAtsAnalysis(services: LettersServices, user: UserPrincipal, subject: AtsSubject): Promise<AnalysisRow> {
  const { letter } = subject;
  const result = analyzeAts(subject.text, subject.offerText, subject.company);
  const id = randomUUID();
  return services.db.transaction(async (tx) => {
    const row = await insertAnalysis(tx, { id, userId: user.userId, letterId: letter?.id ?? null, letterVersion: letter?.currentVersion ?? null, kind: 'ats', score: result.score, result });
    await publish(tx, {
      type: 'letters.ats_analyzed',
      payload: {
        userId: user.userId,
        analysisId: id,
        ...(letter ? { letterId: letter.id } : {}),
        score: result.score,
        matchedKeywords: result.matchedKeywords.length,
        missingKeywords: result.missingKeywords.length,
      },
    });
    return row;
  });
}

/** Reads an offer's culture (Mirror Match), stores it and publishes `letters.mirror_matched`. */
export async function runMirrorMatch(services: LettersServices, user: UserPrincipal, offerText: string, company: string, letter: LetterRow | undefined): Promise<AnalysisRow> {
  const reading = readCulture(offerText, company);
  const id = randomUUID();
  return services.db.transaction(async (tx) => {
    const row = await insertAnalysis(tx, { id, userId: user.userId, letterId: letter?.id ?? null, letterVersion: letter?.currentVersion ?? null, kind: 'mirror', score: null, result: { ...reading, company } });
    await publish(tx, {
      type: 'letters.mirror_matched',
      payload: { userId: user.userId, analysisId: id, ...(letter ? { letterId: letter.id } : {}), recommendedTone: reading.recommendedTone, confidence: reading.confidence },
    });
    return row;
  });
}

/** Coaches a letter's current version, stores the feedback and publishes `letters.coached`. */
export async function runCoaching(services: LettersServices, user: UserPrincipal, letter: LetterRow): Promise<AnalysisRow> {
  const result = coach(letter.text, { company: letter.company, jobTitle: letter.jobTitle, offerText: letter.offerText });
  return services.db.transaction(async (tx) => {
    const row = await insertAnalysis(tx, { id: randomUUID(), userId: user.userId, letterId: letter.id, letterVersion: letter.currentVersion, kind: 'coach', score: result.score, result });
    await publish(tx, { type: 'letters.coached', payload: { userId: user.userId, letterId: letter.id, score: result.score, suggestionCount: result.suggestions.length } });
    return row;
  });
}
