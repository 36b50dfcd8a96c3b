import type { LetterResolvers } from '../__generated__/resolvers-types.js';
import { requirePremium } from '../authz.js';
import { exportFileName, plainText } from '../domain/export.js';
import { letterGrounding } from '../domain/grounding.js';
import { letterSections } from '../domain/sections.js';
import { countWords } from '../domain/text.js';
import { toGraphTone } from '../domain/tone.js';
import { renderLetterPdf } from '../export/pdf.js';
import { pageSize } from './page-size.js';

export const Letter: LetterResolvers = {
  tone: (letter) => toGraphTone(letter.tone),
  careerChange: (letter) =>
    letter.careerChange && { previousDomain: letter.careerChange.previousDomain, newDomain: letter.careerChange.newDomain, transferableSkills: letter.careerChange.transferableSkills },
  sections: (letter) => letterSections(letter.text),
  wordCount: (letter) => countWords(letter.text),
  grounding: (letter) => letterGrounding(letter.text, letter, letter.usesAube),
  versions: (letter, { first }, context) => context.loaders.versionsOfLetter(pageSize(first)).load(letter.id),
  latestAtsAnalysis: async (letter, _args, context) => {
    requirePremium(context.principal);
    return (await context.loaders.latestAnalysis('ats').load(letter.id)) ?? null;
  },
  latestCoachFeedback: async (letter, _args, context) => {
    requirePremium(context.principal);
    return (await context.loaders.latestAnalysis('coach').load(letter.id)) ?? null;
  },
  export: async (letter, { format }) => {
    const content = format === 'PDF' ? await renderLetterPdf(letter) : plainText(letter.text);
    return {
      format,
      fileName: exportFileName(letter.company, letter.currentVersion, format),
      mimeType: format === 'PDF' ? 'application/pdf' : 'text/plain; charset=utf-8',
      contentBase64: content.toString('base64'),
      byteLength: content.byteLength,
    };
  },
  createdAt: (letter) => letter.createdAt.toISOString(),
  updatedAt: (letter) => letter.updatedAt.toISOString(),
};
