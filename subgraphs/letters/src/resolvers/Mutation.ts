import { badUserInput } from '@phoenix/errors';
import type { GenerateLetterInput, MutationResolvers } from '../__generated__/resolvers-types.js';
import { requirePremium, requireUser } from '../authz.js';
import { aubeContextInput, careerChangeInput, longText, shortText } from '../domain/inputs.js';
import { toTone } from '../domain/tone.js';
import { runAtsAnalysis, runCoaching, runMirrorMatch } from '../services/analysis.js';
import { editLetter, generateLetter, regenerateLetter, type LetterRequest } from '../services/generation.js';
import { ownLetter } from './own-letter.js';

function letterRequest(input: GenerateLetterInput): LetterRequest {
  return {
    cvText: longText('cvText', input.cvText),
    offerText: longText('offerText', input.offerText),
    jobTitle: shortText('jobTitle', input.jobTitle),
    company: shortText('company', input.company),
    tone: toTone(input.tone),
    candidateName: input.candidateName == null ? null : shortText('candidateName', input.candidateName, 100),
    careerChange: careerChangeInput(input.careerChange),
    aube: aubeContextInput(input.aubeContext),
  };
}

export const Mutation: MutationResolvers = {
  generateLetter: (_parent, { input }, context) => {
    const user = requireUser(context.principal);
    return generateLetter(context, user, letterRequest(input));
  },

  regenerateLetter: async (_parent, { id, input }, context) => {
    const user = requireUser(context.principal);
    const aube = aubeContextInput(input?.aubeContext);
    const letter = await ownLetter(context, user, id);
    return regenerateLetter(context, user, letter, { tone: input?.tone ? toTone(input.tone) : undefined, aube });
  },

  editLetter: async (_parent, { id, text }, context) => {
    const user = requireUser(context.principal);
    const checked = longText('text', text);
    return editLetter(context, await ownLetter(context, user, id), checked);
  },

  analyzeAts: async (_parent, { input }, context) => {
    const user = requirePremium(context.principal);
    if ((input.letterId == null) === (input.text == null)) throw badUserInput('Give either letterId or text.', { field: 'letterId' });
    if (input.text != null) {
      if (input.offerText == null) throw badUserInput('offerText is required with text.', { field: 'offerText' });
      const subject = { text: longText('text', input.text), offerText: longText('offerText', input.offerText), company: input.company == null ? undefined : shortText('company', input.company) };
      return runAtsAnalysis(context, user, { ...subject, letter: undefined });
    }
    const offerText = input.offerText == null ? undefined : longText('offerText', input.offerText);
    const letter = await ownLetter(context, user, input.letterId ?? '');
    return runAtsAnalysis(context, user, { text: letter.text, offerText: offerText ?? letter.offerText, company: letter.company, letter });
  },

  mirrorMatch: async (_parent, { input }, context) => {
    const user = requirePremium(context.principal);
    const offerText = longText('offerText', input.offerText);
    const company = shortText('company', input.company);
    const letter = input.letterId == null ? undefined : await ownLetter(context, user, input.letterId);
    return runMirrorMatch(context, user, offerText, company, letter);
  },

  coachLetter: async (_parent, { letterId }, context) => {
    const user = requirePremium(context.principal);
    return runCoaching(context, user, await ownLetter(context, user, letterId));
  },
};
