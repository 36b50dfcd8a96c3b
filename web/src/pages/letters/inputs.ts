export const TEXT_MIN = 50;
export const TEXT_MAX = 50_000;

export type LetterField = 'cvText' | 'offerText' | 'jobTitle' | 'company' | 'candidateName' | 'previousDomain' | 'newDomain' | 'transferableSkills';
export type LetterErrors = Partial<Record<LetterField, string>>;

const length = (text: string) => [...text.trim()].length;

/** French message for a text that must be 50–50,000 characters once trimmed, or undefined when it is. */
export function longTextError(text: string, what: string): string | undefined {
  const count = length(text);
  if (count < TEXT_MIN) return `${what} doit contenir au moins ${TEXT_MIN}\u00a0caractères (actuellement ${count}).`;
  if (count > TEXT_MAX) return `${what} doit contenir au plus 50\u202f000\u00a0caractères.`;
  return undefined;
}

function shortTextError(text: string, max: number, what: string): string | undefined {
  const count = length(text);
  return count < 1 || count > max ? `${what} doit contenir de 1 à ${max}\u00a0caractères.` : undefined;
}

export interface LetterValues {
  cvText: string;
  offerText: string;
  jobTitle: string;
  company: string;
  candidateName: string;
  careerChange: { previousDomain: string; newDomain: string; transferableSkills: readonly string[] } | undefined;
}

/** The checks of GenerateLetterInput, in French, before a round trip; the server stays the judge. */
export function validateLetter(values: LetterValues): LetterErrors {
  const errors: LetterErrors = {};
  const found: [LetterField, string | undefined][] = [
    ['cvText', longTextError(values.cvText, 'Votre CV')],
    ['offerText', longTextError(values.offerText, 'L’offre d’emploi')],
    ['jobTitle', shortTextError(values.jobTitle, 200, 'L’intitulé du poste')],
    ['company', shortTextError(values.company, 200, 'Le nom de l’entreprise')],
    ['candidateName', values.candidateName.trim() ? shortTextError(values.candidateName, 100, 'La signature') : undefined],
  ];
  if (values.careerChange) {
    found.push(['previousDomain', shortTextError(values.careerChange.previousDomain, 200, 'Le domaine quitté')]);
    found.push(['newDomain', shortTextError(values.careerChange.newDomain, 200, 'Le domaine visé')]);
    const skills = values.careerChange.transferableSkills;
    if (skills.length > 10 || skills.some((skill) => length(skill) > 100)) {
      found.push(['transferableSkills', 'Indiquez au plus 10\u00a0compétences de 100\u00a0caractères chacune.']);
    }
  }
  for (const [field, message] of found) if (message) errors[field] = message;
  return errors;
}

/** The field `BAD_USER_INPUT` names (`extensions.field`, e.g. `input.cvText`) as a form field. */
export function letterFieldOf(field: string | undefined): LetterField | undefined {
  const name = field?.split('.').pop();
  const known: readonly string[] = ['cvText', 'offerText', 'jobTitle', 'company', 'candidateName', 'previousDomain', 'newDomain', 'transferableSkills'];
  return name && known.includes(name) ? (name as LetterField) : undefined;
}

/** A base64 file from the API as bytes, ready for a Blob. */
export function decodeBase64(content: string): Uint8Array<ArrayBuffer> {
  const binary = atob(content);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
