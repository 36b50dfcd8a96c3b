import { randomUUID } from 'node:crypto';
import { assess, blockedInputError, publishCompletion, type CompletionResult, type LetterInput, type Tone } from '@phoenix/ai';
import type { UserPrincipal } from '@phoenix/context-token';
import type { Transaction } from '@phoenix/db';
import { badUserInput } from '@phoenix/errors';
import { publish } from '@phoenix/events';
import type { LettersServices } from '../context.js';
import type { LetterRow } from '../db/schema.js';
import { withAubeContext, type AubeContext } from '../domain/aube.js';
import type { CareerChange } from '../domain/inputs.js';
import { monthlyLetterLimit, quotaPeriod } from '../domain/quota.js';
import { countWords } from '../domain/text.js';
import { quotaExceeded } from '../errors.js';
import { hasCrossAppConsent } from '../store/consents.js';
import { addVersion, insertLetter } from '../store/letters.js';
import { lettersUsed, takeLetter } from '../store/usage.js';

/** What a letter is written from, already checked (see `domain/inputs.ts`). */
export interface LetterRequest {
  cvText: string;
  offerText: string;
  jobTitle: string;
  company: string;
  tone: Tone;
  candidateName: string | null;
  careerChange: CareerChange | null;
  aube: AubeContext | undefined;
}

function letterInput(request: LetterRequest): LetterInput {
  const change = request.careerChange;
  return {
    cvText: request.cvText,
    offerText: request.offerText,
    jobTitle: request.jobTitle,
    company: request.company,
    tone: request.tone,
    ...(request.candidateName ? { candidateName: request.candidateName } : {}),
    ...(change
      ? {
          previousDomain: change.previousDomain,
          newDomain: change.newDomain,
          transferableSkills: change.transferableSkills,
          ...(change.yearsOfExperience !== null ? { yearsOfExperience: change.yearsOfExperience } : {}),
        }
      : {}),
  };
}

// The router assesses the whole request too; checking the CV and the offer one by one first
// tells the client which of the two was refused.
function guard(request: LetterRequest, blockAt: number): void {
  for (const [field, text] of [['cvText', request.cvText], ['offerText', request.offerText]] as const) {
    const assessment = assess(text, { blockAt });
    if (assessment.blocked) {
      const refusal = blockedInputError(assessment);
      throw badUserInput(refusal.message, { ...refusal.extensions, field });
    }
  }
}

interface Written {
  text: string;
  usesAube: boolean;
  completion: CompletionResult;
}

/**
 * Checks the inputs and the quota, then writes the letter through the AI router (outside any
 * transaction: no row is locked while a model writes). The quota is checked here only to spare
 * a useless completion; it is taken for real, atomically, when the letter is stored.
 */
async function write(services: LettersServices, user: UserPrincipal, request: LetterRequest): Promise<Written> {
  guard(request, services.guardianBlockAt);
  const period = quotaPeriod(services.now(), services.quotaTimeZone);
  const limit = monthlyLetterLimit(user.tier);
  if (limit !== null && (await lettersUsed(services.db, user.userId, period.month)) >= limit) throw quotaExceeded(limit, period.resetsAt);
  const useAube = request.aube !== undefined && (await hasCrossAppConsent(services.db, user.userId));
  const completion = await services.ai.complete({ task: 'letters.generate', input: letterInput(request) }, { tier: user.tier });
  const withAube = useAube && request.aube ? withAubeContext(completion.text, request.aube) : { text: completion.text, used: false };
  return { text: withAube.text, usesAube: withAube.used, completion };
}

/** Takes one letter of the month's quota and stores the letter, its events and its completion in one transaction. */
async function store(services: LettersServices, user: UserPrincipal, written: Written, request: LetterRequest, save: (tx: Transaction) => Promise<LetterRow>): Promise<LetterRow> {
  const period = quotaPeriod(services.now(), services.quotaTimeZone);
  const limit = monthlyLetterLimit(user.tier);
  const letter = await services.db.transaction(async (tx) => {
    const used = await takeLetter(tx, user.userId, period.month, limit);
    if (used === undefined) throw quotaExceeded(limit ?? 0, period.resetsAt);
    const row = await save(tx);
    await publish(tx, {
      type: 'letters.letter_generated',
      payload: {
        userId: user.userId,
        letterId: row.id,
        tone: request.tone,
        careerChange: request.careerChange !== null,
        wordCount: countWords(written.text),
        completionId: written.completion.completionId,
      },
    });
    await publishCompletion(tx, written.completion.record, { source: 'letters' });
    return row;
  });
  services.logger.info({ letterId: letter.id, version: letter.currentVersion, provider: written.completion.record.provider }, 'letter written');
  return letter;
}

/** Writes a new letter for the caller; see `Mutation.generateLetter`. */
export async function generateLetter(services: LettersServices, user: UserPrincipal, request: LetterRequest): Promise<LetterRow> {
  const written = await write(services, user, request);
  const version = { origin: 'GENERATED' as const, tone: request.tone, text: written.text, wordCount: countWords(written.text), completionId: written.completion.completionId, usesAube: written.usesAube };
  return store(services, user, written, request, (tx) =>
    insertLetter(
      tx,
      {
        id: randomUUID(),
        userId: user.userId,
        jobTitle: request.jobTitle,
        company: request.company,
        cvText: request.cvText,
        offerText: request.offerText,
        candidateName: request.candidateName,
        careerChange: request.careerChange,
        currentVersion: 1,
        tone: request.tone,
        text: written.text,
        completionId: written.completion.completionId,
        usesAube: written.usesAube,
      },
      version,
    ),
  );
}

/** Writes a new version of one of the caller's letters from its own inputs; see `Mutation.regenerateLetter`. */
export async function regenerateLetter(services: LettersServices, user: UserPrincipal, letter: LetterRow, changes: { tone?: Tone | undefined; aube?: AubeContext | undefined }): Promise<LetterRow> {
  const request: LetterRequest = {
    cvText: letter.cvText,
    offerText: letter.offerText,
    jobTitle: letter.jobTitle,
    company: letter.company,
    tone: changes.tone ?? letter.tone,
    candidateName: letter.candidateName,
    careerChange: letter.careerChange,
    aube: changes.aube,
  };
  const written = await write(services, user, request);
  return store(services, user, written, request, (tx) =>
    addVersion(tx, letter.id, { origin: 'REGENERATED', tone: request.tone, text: written.text, wordCount: countWords(written.text), completionId: written.completion.completionId, usesAube: written.usesAube }),
  );
}

/** Saves the caller's own text as a new version; does not count against the quota. */
export async function editLetter(services: LettersServices, letter: LetterRow, text: string): Promise<LetterRow> {
  return services.db.transaction((tx) => addVersion(tx, letter.id, { origin: 'EDITED', tone: letter.tone, text, wordCount: countWords(text), completionId: null, usesAube: false }));
}
