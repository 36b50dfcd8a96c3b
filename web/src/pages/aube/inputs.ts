export const MAX_SKILLS = 30;
export const MAX_SKILL_LENGTH = 120;

/** Skills typed one per line or separated by commas or semicolons, trimmed, without duplicates. */
export function parseSkills(text: string): string[] {
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const raw of text.split(/[\n,;]+/)) {
    const skill = raw.trim().replace(/\s+/g, ' ');
    const key = skill.toLocaleLowerCase('fr-FR');
    if (!skill || seen.has(key)) continue;
    seen.add(key);
    skills.push(skill);
  }
  return skills;
}

export type ExplorationField = 'occupation' | 'yearsOfExperience' | 'skills';
export type ExplorationErrors = Partial<Record<ExplorationField, string>>;

/** The checks of StartExplorationInput, in French, before a round trip. */
export function validateExploration(values: { occupationCode: string | undefined; yearsOfExperience: string; skills: readonly string[] }): ExplorationErrors {
  const errors: ExplorationErrors = {};
  if (!values.occupationCode) errors.occupation = 'Recherchez puis choisissez votre métier actuel dans la liste.';
  const years = Number(values.yearsOfExperience);
  if (values.yearsOfExperience.trim() === '' || !Number.isInteger(years) || years < 0 || years > 60) {
    errors.yearsOfExperience = 'Indiquez un nombre entier d’années, de 0 à 60.';
  }
  if (values.skills.length > MAX_SKILLS) errors.skills = `Indiquez au plus ${MAX_SKILLS}\u00a0compétences.`;
  else if (values.skills.some((skill) => [...skill].length > MAX_SKILL_LENGTH)) errors.skills = `Chaque compétence fait au plus ${MAX_SKILL_LENGTH}\u00a0caractères.`;
  return errors;
}
