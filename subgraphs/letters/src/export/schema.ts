// The JSON Schema of `DataExport.letters`; docs/data-export.schema.json is assembled from it.

/** `null`, or a value of `schema` (union types would break ajv's strict mode). */
const orNull = <const S extends object>(schema: S) => ({ anyOf: [{ type: 'null' }, schema] }) as const;

const instant = { type: 'string', format: 'date-time' } as const;
const uuid = { type: 'string', format: 'uuid' } as const;
const nullableUuid = orNull(uuid);
const text = { type: 'string' } as const;
const nullableText = orNull(text);
const integer = { type: 'integer' } as const;
const nullableInteger = orNull(integer);
const score = { type: 'integer', minimum: 0, maximum: 100 } as const;
const texts = { type: 'array', items: text } as const;
const tone = { enum: ['FORMEL', 'DYNAMIQUE', 'SOBRE', 'CREATIF', 'STARTUP', 'ASSOCIATIF'] } as const;

/** A closed object whose every property is required (absent values are `null`). */
function closed<const P extends Record<string, object>>(description: string, properties: P) {
  return { type: 'object', description, additionalProperties: false, required: Object.keys(properties) as (keyof P & string)[], properties } as const;
}

const list = <const I extends object>(description: string, items: I) => ({ type: 'array', description, items }) as const;

const scoreFactor = closed('One factor of a score and what it adds to the total.', {
  name: text,
  score,
  weight: { type: 'number' },
  contribution: { type: 'number' },
  detail: text,
});

const analysisBase = {
  id: uuid,
  letterId: { ...nullableUuid, description: 'The analysed letter; null for a raw text or an offer read on its own.' },
  letterVersion: nullableInteger,
  createdAt: instant,
} as const;

const version = closed('One saved state of the letter’s text.', {
  number: { type: 'integer', minimum: 1 },
  origin: { enum: ['GENERATED', 'REGENERATED', 'EDITED'] },
  tone,
  text,
  wordCount: integer,
  completionId: { ...nullableUuid, description: 'The AI completion that wrote it; null for an edit.' },
  usesAubeAnalysis: { type: 'boolean' },
  createdAt: instant,
});

const letter = closed('A cover letter, the inputs it was written from, and every version.', {
  id: uuid,
  jobTitle: text,
  company: text,
  cvText: { ...text, description: 'The CV the user gave.' },
  offerText: { ...text, description: 'The job offer the user gave.' },
  candidateName: nullableText,
  careerChange: orNull(
    closed('The career change the user described.', { previousDomain: text, newDomain: text, transferableSkills: texts, yearsOfExperience: nullableInteger }),
  ),
  tone,
  currentVersion: { type: 'integer', minimum: 1 },
  usesAubeAnalysis: { type: 'boolean' },
  createdAt: instant,
  updatedAt: instant,
  versions: list('Every version, from the newest number down.', version),
});

const atsAnalysis = closed('An ATS analysis (Premium).', {
  ...analysisBase,
  score,
  factors: list('The factors of the score.', scoreFactor),
  keywords: texts,
  matchedKeywords: texts,
  missingKeywords: texts,
  wordCount: integer,
  lengthBand: { enum: ['TOO_SHORT', 'IDEAL', 'TOO_LONG'] },
  actionVerbs: texts,
  quantifiedResults: texts,
  formattingProblems: list(
    'Formatting an ATS parser stumbles on.',
    closed('One formatting problem.', { kind: { enum: ['TABLE', 'COLUMNS', 'SPECIAL_GLYPHS', 'HEADER_FOOTER'] }, line: integer, excerpt: text }),
  ),
});

const mirrorMatch = closed('A Mirror Match reading of a company culture (Premium).', {
  ...analysisBase,
  company: text,
  communicationStyle: { enum: ['FORMAL', 'NEUTRAL', 'CASUAL'] },
  workEnvironment: { enum: ['STRUCTURED', 'COLLABORATIVE', 'FAST_PACED', 'MISSION_DRIVEN'] },
  leadershipStyle: { enum: ['HIERARCHICAL', 'PARTICIPATIVE', 'FLAT'] },
  innovationLevel: { enum: ['LOW', 'MEDIUM', 'HIGH'] },
  confidence: { type: 'number', minimum: 0, maximum: 1 },
  recommendedTone: tone,
  signals: list(
    'The offer’s words that revealed the culture.',
    closed('One signal.', { dimension: { enum: ['communication', 'environment', 'leadership', 'innovation'] }, value: text, cue: text }),
  ),
  explanation: text,
});

const coaching = closed('A Coach reading of a letter (Premium).', {
  ...analysisBase,
  score,
  clarity: score,
  impact: score,
  personalisation: score,
  professionalTone: score,
  factors: list('The factors of the score.', scoreFactor),
  suggestions: list(
    'The coach’s suggestions.',
    closed('One suggestion.', {
      kind: { enum: ['GENERIC_PHRASE', 'PASSIVE_VOICE', 'WEAK_VERB', 'REPETITION', 'LONG_SENTENCE', 'MISSING_ELEMENT'] },
      sentenceIndex: nullableInteger,
      sentence: nullableText,
      excerpt: nullableText,
      message: text,
    }),
  ),
});

/** The `letters` section of the data export (JSON Schema draft 2020-12). */
export const lettersExportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Letters',
  ...closed('Everything letters holds about the user. Lists are newest first.', {
    letters: list('The user’s cover letters.', letter),
    analyses: closed('ATS analyses, Mirror Match readings and Coach readings.', {
      ats: list('ATS analyses.', atsAnalysis),
      mirrorMatch: list('Mirror Match readings.', mirrorMatch),
      coach: list('Coach readings.', coaching),
    }),
    monthlyUsage: list(
      'Letters generated per calendar month (Europe/Paris), counted against the plan’s quota.',
      closed('One month.', { month: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}$' }, lettersGenerated: integer, updatedAt: instant }),
    ),
    crossAppContextConsent: {
      description: 'The user’s latest `cross_app_context` decision as letters knows it; null when none reached letters.',
      ...orNull(closed('A decision.', { granted: { type: 'boolean' }, decidedAt: instant })),
    },
  }),
} as const;
