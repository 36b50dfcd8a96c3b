import type { AiRequest, LetterInput } from '../../src/index.js';
import { fixture } from './fixtures.js';

/** Nadia's application for the warehouse manager offer. */
export function warehouseLetter(overrides: Partial<LetterInput> = {}): AiRequest {
  return {
    task: 'letters.generate',
    input: {
      cvText: fixture('cv-cheffe-rayon.txt'),
      offerText: fixture('offre-responsable-entrepot.txt'),
      jobTitle: 'Responsable d’entrepôt',
      company: 'Logisti’Nord',
      tone: 'formel',
      candidateName: 'Nadia Benali',
      ...overrides,
    },
  };
}

/** Sophie's application for the payroll offer. */
export function payrollLetter(overrides: Partial<LetterInput> = {}): AiRequest {
  return {
    task: 'letters.generate',
    input: {
      cvText: fixture('cv-secretaire-medicale.txt'),
      offerText: fixture('offre-gestionnaire-paie.txt'),
      jobTitle: 'Gestionnaire de paie',
      company: 'Audit Conseil Ouest',
      tone: 'formel',
      candidateName: 'Sophie Marchand',
      ...overrides,
    },
  };
}

/** A question to Iris about an interview. */
export function irisQuestion(message: string, topic: 'entretien' | 'reconversion' | 'cv' = 'entretien'): AiRequest {
  return { task: 'iris.reply', input: { topic, message } };
}
