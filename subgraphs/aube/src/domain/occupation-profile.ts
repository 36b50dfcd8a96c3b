import { compileRules, LEADING, ORGANISING, TEACHING, strongestMatch } from './lexicon.js';
import { profileTask } from './task-profile.js';
import { normaliseText } from './text.js';
import type { OccupationData } from './types.js';

/** The values a person can state (DOMAIN.md). */
export const VALUES = [
  'resoudre_problemes_complexes',
  'aider_accompagner',
  'creer_innover',
  'organiser_optimiser',
  'transmettre_former',
  'leadership_influence',
  'autonomie_liberte',
] as const;
export type Value = (typeof VALUES)[number];

/** The work environments a person can prefer (DOMAIN.md). */
export const ENVIRONMENTS = ['autonome', 'collaboratif', 'hybride', 'bureau_fixe', 'terrain', 'teletravail', 'international'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const RIASEC = ['realistic', 'investigative', 'artistic', 'social', 'enterprising', 'conventional'] as const;
export type RiasecLetter = (typeof RIASEC)[number];

/** How well an occupation offers each value, environment and RIASEC type (0–1). */
export interface OccupationProfile {
  values: Record<Value, number>;
  environments: Record<Environment, number>;
  riasec: Record<RiasecLetter, number>;
}

const ORGANISING_RULES = compileRules(ORGANISING);
const TEACHING_RULES = compileRules(TEACHING);
const LEADING_RULES = compileRules(LEADING);

// ROME work contexts, by normalised label prefix.
const CONTEXTS = {
  independent: ['travailleur independant', 'profession liberale', 'cabinet liberal', 'artiste auteur'],
  alone: ['travail en autonomie'],
  field: ['en exterieur', 'sur chantier', 'exploitation agricole', 'au domicile d un particulier', 'en grande hauteur', 'en zone portuaire', 'en zone aeroportuaire', 'en milieu maritime', 'travail avec des animaux', 'en environnement climatique difficile'],
  workshop: ['en atelier', 'en milieu industriel', 'en ligne ou ilot de production', 'en laboratoire'],
  office: ['en bureau d etudes', 'station assise prolongee', 'centres d appels'],
  remote: ['possibilite de teletravail'],
  project: ['travail en mode projet'],
  international: ['zone internationale', 'zone europeenne', 'travail avec des organisations ou partenaires internationaux'],
  travel: ['deplacements professionnels'],
  vulnerable: ['patients', 'personnes agees', 'personnes en situation de handicap', 'enfants', 'personnes vulnerables', 'familles', 'nourrissons', 'jeunes en insertion'],
} as const;

/** Holland types by ROME family (first letter of the code): a documented approximation. */
const FAMILY_RIASEC: Readonly<Record<string, readonly number[]>> = {
  A: [1, 0.3, 0.2, 0.2, 0.3, 0.3],
  B: [0.6, 0.2, 1, 0.2, 0.3, 0.3],
  C: [0.1, 0.4, 0.1, 0.4, 0.7, 1],
  D: [0.2, 0.2, 0.2, 0.6, 1, 0.5],
  E: [0.2, 0.5, 0.9, 0.4, 0.6, 0.3],
  F: [1, 0.4, 0.2, 0.1, 0.2, 0.4],
  G: [0.6, 0.1, 0.3, 0.8, 0.6, 0.3],
  H: [1, 0.5, 0.1, 0.1, 0.2, 0.6],
  I: [1, 0.6, 0.1, 0.2, 0.2, 0.4],
  J: [0.4, 0.8, 0.1, 1, 0.2, 0.3],
  K: [0.4, 0.2, 0.2, 1, 0.3, 0.4],
  L: [0.4, 0.1, 1, 0.5, 0.5, 0.1],
  M: [0.1, 0.6, 0.2, 0.3, 0.7, 0.9],
  N: [0.9, 0.1, 0.1, 0.2, 0.3, 0.7],
};

/** Reads an occupation's tasks, soft skills and work contexts for what it offers a person. */
export function profileOccupation(occupation: OccupationData): OccupationProfile {
  const tasks = occupation.tasks.map((item) => ({ text: normaliseText(item.label), needs: profileTask(item.label) }));
  const share = (test: (task: (typeof tasks)[number]) => boolean) => (tasks.length === 0 ? 0 : tasks.filter(test).length / tasks.length);
  const saturate = (value: number, at: number) => Math.min(1, value / at);
  const contexts = occupation.contexts.map((item) => normaliseText(item.label));
  const has = (group: keyof typeof CONTEXTS) => contexts.some((context) => CONTEXTS[group].some((prefix) => context.startsWith(prefix)));

  const empathy = share((t) => t.needs.empathie >= 0.5);
  const interaction = share((t) => t.needs.interaction_humaine >= 0.5);
  const manipulation = share((t) => t.needs.perception_manipulation >= 0.5);
  const independent = has('independent');
  const field = has('field') ? 1 : has('workshop') ? 0.6 : saturate(manipulation, 0.5) * 0.7;
  const remote = has('remote');
  const office = has('office') ? 1 : field < 0.5 && occupation.digitalTransition === 'O' ? 0.6 : Math.max(0, 0.5 - field);

  const values: Record<Value, number> = {
    resoudre_problemes_complexes: saturate(share((t) => t.needs.complexite >= 4), 0.3),
    aider_accompagner: Math.min(1, saturate(empathy, 0.35) + (has('vulnerable') ? 0.3 : 0)),
    creer_innover: saturate(share((t) => t.needs.creativite >= 0.6), 0.35),
    organiser_optimiser: saturate(share((t) => strongestMatch(ORGANISING_RULES, t.text) >= 0.6), 0.35),
    transmettre_former: saturate(share((t) => strongestMatch(TEACHING_RULES, t.text) >= 0.8), 0.25),
    leadership_influence: saturate(share((t) => strongestMatch(LEADING_RULES, t.text) >= 0.6), 0.3),
    autonomie_liberte: independent ? 1 : has('alone') ? 0.7 : 0.25,
  };
  const environments: Record<Environment, number> = {
    autonome: independent || has('alone') ? 1 : 0.3,
    collaboratif: has('project') ? 1 : saturate(interaction, 0.5),
    hybride: remote ? (office >= 0.6 ? 1 : 0.7) : 0.1,
    bureau_fixe: office,
    terrain: field,
    teletravail: remote ? 1 : 0,
    international: has('international') ? 1 : has('travel') ? 0.4 : 0,
  };
  const family = FAMILY_RIASEC[occupation.code.charAt(0)] ?? [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
  const riasec = Object.fromEntries(RIASEC.map((letter, index) => [letter, family[index] ?? 0.5])) as Record<RiasecLetter, number>;
  return { values, environments, riasec };
}
