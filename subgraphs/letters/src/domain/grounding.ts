import { stemSet } from '@phoenix/ai';
import { matchingSkills } from './keywords.js';
import { mentions } from './text.js';

/** What a letter was written from: the fields grounding is checked against. */
export interface GroundingInput {
  cvText: string;
  offerText: string;
  jobTitle: string;
  company: string;
  careerChange?: { newDomain: string } | null | undefined;
}

/** What a letter is grounded in, checked on its text. */
export interface LetterGrounding {
  namesCompany: boolean;
  namesJobTitle: boolean;
  matchingSkills: string[];
  namedSkills: string[];
  mentionsCareerChange: boolean | null;
  usesAubeAnalysis: boolean;
}

/**
 * Checks a letter against its inputs: does it name the company and the post, which of the
 * person's skills that match the offer it names (by stem), and the career change when there
 * is one. Works on any text, so a remote model's letter is held to the same facts.
 */
export function letterGrounding(letterText: string, input: GroundingInput, usesAubeAnalysis: boolean): LetterGrounding {
  const skills = matchingSkills(input.cvText, input.offerText, input.company);
  const letterStems = stemSet(letterText);
  return {
    namesCompany: mentions(letterText, input.company),
    namesJobTitle: mentions(letterText, input.jobTitle),
    matchingSkills: skills.map((skill) => skill.word),
    namedSkills: skills.filter((skill) => letterStems.has(skill.stem)).map((skill) => skill.word),
    mentionsCareerChange: input.careerChange ? mentions(letterText, input.careerChange.newDomain) : null,
    usesAubeAnalysis,
  };
}
