import { ENVIRONMENTS, RIASEC, VALUES } from '../domain/occupation-profile.js';

const instant = { type: 'string', format: 'date-time' } as const;
const uuid = { type: 'string', format: 'uuid' } as const;
const romeCode = { type: 'string', pattern: '^[A-N][0-9]{4}$' } as const;
const unit = { type: 'number', minimum: 0, maximum: 1 } as const;
const strings = { type: 'array', items: { type: 'string' } } as const;

const occupation = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'title'],
  properties: { code: romeCode, title: { type: 'string' } },
} as const;

function scoresOf(keys: readonly string[]) {
  return {
    type: ['object', 'null'],
    additionalProperties: false,
    required: [...keys],
    properties: Object.fromEntries(keys.map((key) => [key, unit])),
  } as const;
}

const exploration = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'trustReportId',
    'createdAt',
    'occupation',
    'inputs',
    'resilience',
    'recommendations',
    'upskillingPlan',
    'chosenCareer',
    'modelVersion',
    'dataVersion',
  ],
  properties: {
    id: uuid,
    trustReportId: uuid,
    createdAt: instant,
    occupation,
    inputs: {
      description: 'What the user entered to start the exploration.',
      type: 'object',
      additionalProperties: false,
      required: ['yearsOfExperience', 'skills', 'values', 'environments', 'riasec', 'bigFive'],
      properties: {
        yearsOfExperience: { type: 'integer', minimum: 0, maximum: 60 },
        skills: strings,
        values: { type: 'array', items: { enum: [...VALUES] } },
        environments: { type: 'array', items: { enum: [...ENVIRONMENTS] } },
        riasec: scoresOf(RIASEC),
        bigFive: scoresOf(['openness', 'conscientiousness', 'extraversion', 'agreeableness', 'neuroticism']),
      },
    },
    resilience: {
      description: 'The personalised resilience score the exploration gave.',
      type: 'object',
      additionalProperties: false,
      required: ['score', 'exposure', 'evolution', 'horizon', 'threatLevel', 'confidence', 'anxietyScore', 'personalised', 'protectiveSkills'],
      properties: {
        score: { type: 'integer', minimum: 0, maximum: 100 },
        exposure: unit,
        evolution: { enum: ['stable', 'enhanced', 'transformed', 'threatened'] },
        horizon: { type: 'string' },
        threatLevel: { enum: ['tres_faible', 'faible', 'modere', 'eleve', 'critique'] },
        confidence: { enum: ['tres_eleve', 'eleve', 'moyen', 'faible'] },
        anxietyScore: { type: 'integer', minimum: 0, maximum: 100 },
        personalised: { type: 'boolean' },
        protectiveSkills: { description: 'The skills the user gave that raised the score.', ...strings },
      },
    },
    recommendations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rank', 'occupation', 'score', 'skillsOverlap', 'resilienceGain'],
        properties: {
          rank: { type: 'integer', minimum: 1 },
          occupation,
          score: { type: 'integer', minimum: 0, maximum: 100 },
          skillsOverlap: unit,
          resilienceGain: { type: 'integer' },
        },
      },
    },
    upskillingPlan: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['skill', 'durationHours', 'cpfEligible'],
        properties: { skill: { type: 'string' }, durationHours: { type: 'integer', minimum: 0 }, cpfEligible: { type: 'boolean' } },
      },
    },
    chosenCareer: {
      description: 'The target job the user chose among the recommendations, if any.',
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['occupationCode', 'chosenAt'],
      properties: { occupationCode: romeCode, chosenAt: { type: ['string', 'null'], format: 'date-time' } },
    },
    modelVersion: { type: 'string' },
    dataVersion: { type: 'string' },
  },
} as const;

const share = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'explorationId', 'createdAt', 'revokedAt'],
  properties: { id: uuid, explorationId: uuid, createdAt: instant, revokedAt: { type: ['string', 'null'], format: 'date-time' } },
} as const;

/** JSON Schema (2020-12) of `DataExport.aube`. */
export const aubeExportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'aube',
  description: 'Saved explorations (newest first) and the share links created for their Trust reports. Anonymous explorations are not kept.',
  type: 'object',
  additionalProperties: false,
  required: ['explorations', 'trustReportShares'],
  properties: {
    explorations: { type: 'array', items: exploration },
    trustReportShares: {
      description: 'Share links of Trust reports, newest first; a link stops working when revoked. The link itself is not exported.',
      type: 'array',
      items: share,
    },
  },
} as const;
