import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AutomationFigure as AutomationFigureModel, FigureMatch as FigureMatchModel, CatalogueSource } from '../import/catalogue.js';
import type { RecommendationResult } from '../domain/recommendations.js';
import type { DataExportReference } from '@phoenix/subgraph-server';
import type { ExplorationView } from '../services/explorations.js';
import type { Explanation as ExplanationModel, TechnicalExplanation as TechnicalExplanationModel } from '../domain/explanation.js';
import type { Factor, ResilienceResult, TaskExposure as TaskExposureModel } from '../domain/types.js';
import type { OccupationRef } from '../resolvers/Occupation.js';
import type { CatalogueMetaRow } from '../db/schema.js';
import type { ItemRow } from '../store/catalogue.js';
import type { TrustReportView } from '../services/reports.js';
import type { UpskillingStep as UpskillingStepModel } from '../domain/upskilling.js';
import type { UserReference } from '../resolvers/User.js';
import type { AubeContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, as an ISO-8601 string in UTC, e.g. `2025-01-31T09:30:00.000Z`. */
  DateTime: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A fiche's automation figure: Nesta's risk aggregated over the ESCO occupations mapped to it. */
export type AutomationFigure = {
  __typename?: 'AutomationFigure';
  /** How many ESCO occupations (or ISCO groups) were aggregated. */
  aggregated: Scalars['Int']['output'];
  /** Share of bottleneck tasks (Nesta), 0–1. */
  bottleneckPrevalence: Scalars['Float']['output'];
  derivation: FigureDerivation;
  /** Frey & Osborne (2013) probability through the same occupations, for comparison only: never used in the score. */
  freyOsborneProbability?: Maybe<Scalars['Float']['output']>;
  /** The heaviest of them. */
  matches: Array<FigureMatch>;
  /** The fiche the figure was inherited from (PARENT_FICHE). */
  parentCode?: Maybe<Scalars['ID']['output']>;
  /** Share of Nesta's 1,627 ESCO occupations with a lower risk (0–1): the exposure the score starts from. */
  percentile: Scalars['Float']['output'];
  /** Nesta's automation risk, 1 (minimal) to 5 (maximal); observed values lie between 2.78 and 3.90. */
  risk: Scalars['Float']['output'];
  source: Source;
};

export type BigFiveInput = {
  agreeableness: Scalars['Float']['input'];
  conscientiousness: Scalars['Float']['input'];
  extraversion: Scalars['Float']['input'];
  neuroticism: Scalars['Float']['input'];
  openness: Scalars['Float']['input'];
};

/** The human bottlenecks that lower a task's exposure. */
export type Bottleneck =
  | 'complexite'
  | 'creativite'
  | 'empathie'
  | 'interaction_humaine'
  | 'perception_manipulation';

/** A target job for a career change, with the factors of its score. */
export type CareerRecommendation = {
  __typename?: 'CareerRecommendation';
  explanation: Explanation;
  factors: Array<ExplanationFactor>;
  /** France Travail's rank of this mobility from the current job, when it lists it. */
  mobilityRank?: Maybe<Scalars['Int']['output']>;
  occupation: Occupation;
  /** 1 = best. */
  rank: Scalars['Int']['output'];
  /** Target resilience minus current resilience, in points. */
  resilienceGain: Scalars['Int']['output'];
  /** 0–100, the sum of the factors. */
  score: Scalars['Int']['output'];
  /** Tasks of the current job that the target also lists or words alike. */
  sharedSkills: Array<Scalars['String']['output']>;
  /** Skill proximity to the current job, 0–1: cosine similarity of the wording of both fiches' skills and knowledge (TF-IDF). */
  skillsOverlap: Scalars['Float']['output'];
  /** Core tasks of the target the current job does not list. */
  skillsToAcquire: Array<Scalars['String']['output']>;
};


/** A target job for a career change, with the factors of its score. */
export type CareerRecommendationExplanationArgs = {
  level: Scalars['Int']['input'];
};

/** How much the data behind a score covers the job (source used, matches aggregated, tasks profiled). */
export type ConfidenceLevel =
  | 'eleve'
  | 'faible'
  | 'moyen'
  | 'tres_eleve';

export type DataExport = {
  __typename?: 'DataExport';
  /** Everything aube holds about the user (JSON Schema: docs/data-export.schema.json, `properties.aube`). */
  aube: Scalars['JSON']['output'];
  userId: Scalars['ID']['output'];
};

/** How a job is expected to evolve with automation (DOMAIN.md), from the share of its work left exposed. */
export type EvolutionType =
  /** Exposure below 0.6: AI enriches the job; horizon 5–10 years. */
  | 'enhanced'
  /** Exposure below 0.3; horizon 10 years and more. */
  | 'stable'
  /** Exposure 0.8 or more; horizon 1–3 years. */
  | 'threatened'
  /** Exposure below 0.8: the job changes deeply; horizon 3–5 years. */
  | 'transformed';

/**
 * The Transparency Engine's answer; levels add up. Level 1: summary, score, horizon, next
 * action. Level 2: factors (summing to the score), protective and exposed tasks, sources,
 * confidence. Level 3: the technical part. Lists a level does not include are empty.
 */
export type Explanation = {
  __typename?: 'Explanation';
  confidence?: Maybe<ConfidenceLevel>;
  exposedTasks: Array<TaskExposure>;
  factors: Array<ExplanationFactor>;
  /** Null for a recommendation. */
  horizon?: Maybe<Scalars['String']['output']>;
  level: Scalars['Int']['output'];
  nextAction: Scalars['String']['output'];
  protectiveTasks: Array<TaskExposure>;
  score: Scalars['Int']['output'];
  sources: Array<Source>;
  /** Plain French. */
  summary: Scalars['String']['output'];
  technical?: Maybe<TechnicalExplanation>;
};

/** One additive part of a score; a score's factors add up exactly to it. */
export type ExplanationFactor = {
  __typename?: 'ExplanationFactor';
  /** Points, one decimal. */
  contribution: Scalars['Float']['output'];
  /** Why, in French. */
  detail: Scalars['String']['output'];
  /** French label. */
  label: Scalars['String']['output'];
  /** Stable name, e.g. `empathie`, `competences`. */
  name: Scalars['String']['output'];
};

/** An exploration: a job, a personalised resilience score, recommendations and a plan. */
export type Exploration = {
  __typename?: 'Exploration';
  /** The target job the user chose, if any. */
  chosenOccupation?: Maybe<Occupation>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  occupation: Occupation;
  recommendations: Array<CareerRecommendation>;
  resilience: ResilienceAnalysis;
  /** False for an anonymous exploration, which is not kept. */
  saved: Scalars['Boolean']['output'];
  trustReport: TrustReport;
  upskillingPlan: Array<UpskillingStep>;
};

/** How a fiche's automation figure was obtained. */
export type FigureDerivation =
  /** Weighted mean of the ESCO occupations its job titles map to. */
  | 'DIRECT_ESCO'
  /** No mapped ESCO occupation is rated: mean of their ISCO-08 unit groups. */
  | 'ISCO_FALLBACK'
  /** No source covers the fiche: the score assumes the median exposure, with low confidence. */
  | 'NONE'
  /** No figure of its own: the parent fiche's. */
  | 'PARENT_FICHE';

export type FigureMatch = {
  __typename?: 'FigureMatch';
  /** ESCO concept URI or four-digit ISCO code. */
  id: Scalars['ID']['output'];
  /** `esco` or `isco`. */
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
  risk: Scalars['Float']['output'];
  /** Sum of the mapping weights of the job titles mapped to it (exact 1, close 0.75, broad or narrow 0.5). */
  weight: Scalars['Float']['output'];
};

export type ModelWeight = {
  __typename?: 'ModelWeight';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Records the target job the user chose among the exploration's recommendations. */
  chooseCareer: Exploration;
  /** Revokes the report's share link: the link stops working at once. Only its owner. */
  revokeTrustReportShare: TrustReport;
  /** Creates (or returns) the share link of a Trust report; only its owner. */
  shareTrustReport: TrustReport;
  /**
   * Scores a job for the caller: resilience adjusted by their inputs, 3–5 recommendations and
   * an upskilling plan. Anonymous callers get the result but nothing is kept; signed-in users
   * find it again in `User.explorations`.
   */
  startExploration: Exploration;
};


export type MutationChooseCareerArgs = {
  explorationId: Scalars['ID']['input'];
  occupationCode: Scalars['ID']['input'];
};


export type MutationRevokeTrustReportShareArgs = {
  id: Scalars['ID']['input'];
};


export type MutationShareTrustReportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartExplorationArgs = {
  input: StartExplorationInput;
};

/** A ROME 4.0 occupation sheet (fiche) of France Travail. */
export type Occupation = {
  __typename?: 'Occupation';
  /** The automation figure and where it comes from; null when no source covers the fiche. */
  automation?: Maybe<AutomationFigure>;
  /** ROME code, e.g. `M1805`. */
  code: Scalars['ID']['output'];
  /** Job titles (appellations) filed under this fiche. */
  jobTitles: Array<Scalars['String']['output']>;
  /** The broader fiche this one details, when it is a ROME 4.0 sub-fiche. */
  parentCode?: Maybe<Scalars['ID']['output']>;
  /** The job's resilience to automation, before any personal adjustment. */
  resilience: ResilienceAnalysis;
  /** Skills, knowledge and soft skills; `core: true` keeps France Travail's core ones only. */
  skills: Array<Skill>;
  /** French title, e.g. `Développeur / Développeuse informatique`. */
  title: Scalars['String']['output'];
  /** Target jobs, best first (at most 5): France Travail's mobility links and the fiches closest in skills, with neutral preferences. */
  transitions: Array<CareerRecommendation>;
  /** Work contexts, e.g. `En extérieur`, `Possibilité de télétravail`. */
  workContexts: Array<Scalars['String']['output']>;
};


/** A ROME 4.0 occupation sheet (fiche) of France Travail. */
export type OccupationSkillsArgs = {
  core?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A ROME 4.0 occupation sheet (fiche) of France Travail. */
export type OccupationTransitionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The occupation catalogue currently loaded. */
export type OccupationCatalogue = {
  __typename?: 'OccupationCatalogue';
  dataVersion: Scalars['String']['output'];
  /** Fiches whose figure is a direct ESCO match, an ISCO or parent-fiche fallback, or missing. */
  directFigures: Scalars['Int']['output'];
  fallbackFigures: Scalars['Int']['output'];
  fiches: Scalars['Int']['output'];
  sources: Array<Source>;
  withoutFigure: Scalars['Int']['output'];
};

/** What matters to the person at work (DOMAIN.md). */
export type PersonalValue =
  | 'aider_accompagner'
  | 'autonomie_liberte'
  | 'creer_innover'
  | 'leadership_influence'
  | 'organiser_optimiser'
  | 'resoudre_problemes_complexes'
  | 'transmettre_former';

export type Query = {
  __typename?: 'Query';
  /** One of the caller's explorations (admins: anyone's). */
  exploration?: Maybe<Exploration>;
  /** One occupation by ROME code; NOT_FOUND when the catalogue has no such fiche. */
  occupation?: Maybe<Occupation>;
  /** The loaded catalogue's data version and sources. */
  occupationCatalogue: OccupationCatalogue;
  /** Occupations by ROME code, title or job title (French; accents and case ignored), best match first. `first` 1–50. */
  occupations: Array<Occupation>;
};


export type QueryExplorationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOccupationArgs = {
  code: Scalars['ID']['input'];
};


export type QueryOccupationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
};

/** Where a job stands against automation. 100 = very resistant. */
export type ResilienceAnalysis = {
  __typename?: 'ResilienceAnalysis';
  /** 100 − score. */
  anxietyScore: Scalars['Int']['output'];
  confidence: ConfidenceLevel;
  dataVersion: Scalars['String']['output'];
  evolution: EvolutionType;
  /** The Transparency Engine: level 1, 2 or 3 (BAD_USER_INPUT otherwise). */
  explanation: Explanation;
  /** The most exposed tasks, most exposed first. */
  exposedTasks: Array<TaskExposure>;
  /** Share of the work left exposed: 1 − score / 100. */
  exposure: Scalars['Float']['output'];
  /** In French, e.g. `5 à 10 ans`. */
  horizon: Scalars['String']['output'];
  horizonYears: YearRange;
  modelVersion: Scalars['String']['output'];
  occupationCode: Scalars['ID']['output'];
  /** True when the person's experience and skills adjusted the score. */
  personalised: Scalars['Boolean']['output'];
  /** The best protected tasks, best first. */
  protectiveTasks: Array<TaskExposure>;
  /** 0–100. */
  score: Scalars['Int']['output'];
  sources: Array<Source>;
  threatLevel: ThreatLevel;
};


/** Where a job stands against automation. 100 = very resistant. */
export type ResilienceAnalysisExplanationArgs = {
  level: Scalars['Int']['input'];
};

export type RiasecInput = {
  artistic: Scalars['Float']['input'];
  conventional: Scalars['Float']['input'];
  enterprising: Scalars['Float']['input'];
  investigative: Scalars['Float']['input'];
  realistic: Scalars['Float']['input'];
  social: Scalars['Float']['input'];
};

export type Skill = {
  __typename?: 'Skill';
  /** ROME item (OGR) code. */
  code: Scalars['ID']['output'];
  /** Marked core (`Principale`) by France Travail. */
  core: Scalars['Boolean']['output'];
  /** Marked emerging (`Émergente`) by France Travail. */
  emerging: Scalars['Boolean']['output'];
  kind: SkillKind;
  label: Scalars['String']['output'];
};

export type SkillKind =
  /** Savoirs: knowledge. */
  | 'SAVOIR'
  /** Savoir-être professionnels: soft skills. */
  | 'SAVOIR_ETRE'
  /** Savoir-faire: what the job does (its tasks). */
  | 'SAVOIR_FAIRE';

/** A dataset a figure rests on, with its citation and licence. */
export type Source = {
  __typename?: 'Source';
  /** The attribution to show wherever the data is reused. */
  attribution: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  licence: Scalars['String']['output'];
  name: Scalars['String']['output'];
  publisher: Scalars['String']['output'];
  url: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

export type StartExplorationInput = {
  /** Optional Big Five scores, each 0–1. */
  bigFive?: InputMaybe<BigFiveInput>;
  environments: Array<WorkEnvironment>;
  /** ROME code; find it from free text with `occupations(search:)`. */
  occupationCode: Scalars['ID']['input'];
  /** Optional RIASEC scores, each 0–1. */
  riasec?: InputMaybe<RiasecInput>;
  /** Transferable skills in your words, at most 30 of 1 to 120 characters. */
  skills: Array<Scalars['String']['input']>;
  /** Campaign of the visit, for the funnel. */
  utm?: InputMaybe<UtmInput>;
  values: Array<PersonalValue>;
  /** Pseudonymous browser id set by the web client before sign-up (8–64 of A–Z, a–z, 0–9, - and _). */
  visitorId?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 60. */
  yearsOfExperience: Scalars['Int']['input'];
};

/** A task of the job with the share of it left exposed to automation. */
export type TaskExposure = {
  __typename?: 'TaskExposure';
  bottlenecks: Array<Bottleneck>;
  /** A core task of the fiche. */
  core: Scalars['Boolean']['output'];
  /** 0–1. */
  exposure: Scalars['Float']['output'];
  label: Scalars['String']['output'];
};

/** Level 3 of an explanation: how the number is computed and what it cannot tell. */
export type TechnicalExplanation = {
  __typename?: 'TechnicalExplanation';
  /** Other published figures for the same job, not used in the score. */
  comparisons: Array<Scalars['String']['output']>;
  dataVersion: Scalars['String']['output'];
  formula: Scalars['String']['output'];
  /** What a human reviewed, and what nobody did. */
  humanReview: Scalars['String']['output'];
  knownBiases: Array<Scalars['String']['output']>;
  limits: Array<Scalars['String']['output']>;
  modelVersion: Scalars['String']['output'];
  weights: Array<ModelWeight>;
};

/** Threat level from the resilience score: > 80, > 60, > 40, > 20, else critique. */
export type ThreatLevel =
  | 'critique'
  | 'eleve'
  | 'faible'
  | 'modere'
  | 'tres_faible';

/** The "Trust by Design" report of an exploration. */
export type TrustReport = {
  __typename?: 'TrustReport';
  explorationId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** The whole report as a JSON document (format `phoenix.aube.trust-report/1`). */
  json: Scalars['String']['output'];
  /** Download link of the JSON document, valid a few minutes, for the owner; null for an anonymous exploration. */
  jsonUrl?: Maybe<Scalars['String']['output']>;
  /** Download link of the PDF, valid a few minutes, for the owner; null for an anonymous exploration. */
  pdfUrl?: Maybe<Scalars['String']['output']>;
  /** The active share link (opens the PDF), if the owner created one and has not revoked it. */
  shareUrl?: Maybe<Scalars['String']['output']>;
  sharedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** An AI skill to learn, with its duration and whether the CPF can pay for it. */
export type UpskillingStep = {
  __typename?: 'UpskillingStep';
  /**
   * Certifying trainings for this skill are registered with France Compétences (RNCP or
   * Répertoire spécifique) and payable with the CPF; check each offer on moncompteformation.gouv.fr.
   */
  cpfEligible: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  durationHours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  skill: Scalars['String']['output'];
};

export type User = {
  __typename?: 'User';
  /** The user's explorations, newest first. Only the user themself and admins. */
  explorations: Array<Exploration>;
  id: Scalars['ID']['output'];
  /**
   * The resilience analysis of the user's latest exploration. The user, an admin, or a
   * partner key with `partner:aube.read` whose partner the user consented to (checked at the gateway).
   */
  latestResilience?: Maybe<ResilienceAnalysis>;
};


export type UserExplorationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type UtmInput = {
  campaign?: InputMaybe<Scalars['String']['input']>;
  medium?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};

/** A preferred work environment (DOMAIN.md). */
export type WorkEnvironment =
  | 'autonome'
  | 'bureau_fixe'
  | 'collaboratif'
  | 'hybride'
  | 'international'
  | 'teletravail'
  | 'terrain';

export type YearRange = {
  __typename?: 'YearRange';
  /** Null for an open range (10 years and more). */
  max?: Maybe<Scalars['Int']['output']>;
  min: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  DataExport: DataExport;
  Occupation: Occupation;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  DataExport:
    ( { __typename: 'DataExport' }
    & GraphQLRecursivePick<FederationTypes['DataExport'], {"userId":true}> );
  Occupation:
    ( { __typename: 'Occupation' }
    & GraphQLRecursivePick<FederationTypes['Occupation'], {"code":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AutomationFigure: ResolverTypeWrapper<AutomationFigureModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BigFiveInput: BigFiveInput;
  Bottleneck: Bottleneck;
  CareerRecommendation: ResolverTypeWrapper<RecommendationResult>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ConfidenceLevel: ConfidenceLevel;
  DataExport: ResolverTypeWrapper<DataExportReference>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EvolutionType: EvolutionType;
  Explanation: ResolverTypeWrapper<ExplanationModel>;
  ExplanationFactor: ResolverTypeWrapper<Factor>;
  Exploration: ResolverTypeWrapper<ExplorationView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  FigureDerivation: FigureDerivation;
  FigureMatch: ResolverTypeWrapper<FigureMatchModel>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  ModelWeight: ResolverTypeWrapper<ModelWeight>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Occupation: ResolverTypeWrapper<OccupationRef>;
  OccupationCatalogue: ResolverTypeWrapper<CatalogueMetaRow>;
  PersonalValue: PersonalValue;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResilienceAnalysis: ResolverTypeWrapper<ResilienceResult>;
  RiasecInput: RiasecInput;
  Skill: ResolverTypeWrapper<ItemRow>;
  SkillKind: SkillKind;
  Source: ResolverTypeWrapper<CatalogueSource>;
  StartExplorationInput: StartExplorationInput;
  TaskExposure: ResolverTypeWrapper<TaskExposureModel>;
  TechnicalExplanation: ResolverTypeWrapper<TechnicalExplanationModel>;
  ThreatLevel: ThreatLevel;
  TrustReport: ResolverTypeWrapper<TrustReportView>;
  UpskillingStep: ResolverTypeWrapper<UpskillingStepModel>;
  User: ResolverTypeWrapper<UserReference>;
  UtmInput: UtmInput;
  WorkEnvironment: WorkEnvironment;
  YearRange: ResolverTypeWrapper<YearRange>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AutomationFigure: AutomationFigureModel;
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  BigFiveInput: BigFiveInput;
  CareerRecommendation: RecommendationResult;
  String: Scalars['String']['output'];
  DataExport: DataExportReference;
  DateTime: Scalars['DateTime']['output'];
  Explanation: ExplanationModel;
  ExplanationFactor: Factor;
  Exploration: ExplorationView;
  Boolean: Scalars['Boolean']['output'];
  FigureMatch: FigureMatchModel;
  JSON: Scalars['JSON']['output'];
  ModelWeight: ModelWeight;
  Mutation: Record<PropertyKey, never>;
  Occupation: OccupationRef;
  OccupationCatalogue: CatalogueMetaRow;
  Query: Record<PropertyKey, never>;
  ResilienceAnalysis: ResilienceResult;
  RiasecInput: RiasecInput;
  Skill: ItemRow;
  Source: CatalogueSource;
  StartExplorationInput: StartExplorationInput;
  TaskExposure: TaskExposureModel;
  TechnicalExplanation: TechnicalExplanationModel;
  TrustReport: TrustReportView;
  UpskillingStep: UpskillingStepModel;
  User: UserReference;
  UtmInput: UtmInput;
  YearRange: YearRange;
}>;

export type AutomationFigureResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['AutomationFigure'] = ResolversParentTypes['AutomationFigure']> = ResolversObject<{
  aggregated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bottleneckPrevalence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  derivation?: Resolver<ResolversTypes['FigureDerivation'], ParentType, ContextType>;
  freyOsborneProbability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['FigureMatch']>, ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  percentile?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  risk?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type CareerRecommendationResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['CareerRecommendation'] = ResolversParentTypes['CareerRecommendation']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['Explanation'], ParentType, ContextType, RequireFields<CareerRecommendationExplanationArgs, 'level'>>;
  factors?: Resolver<Array<ResolversTypes['ExplanationFactor']>, ParentType, ContextType>;
  mobilityRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resilienceGain?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedSkills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  skillsOverlap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  skillsToAcquire?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DataExportResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['DataExport'] = ResolversParentTypes['DataExport'], FederationReferenceType extends FederationReferenceTypes['DataExport'] = FederationReferenceTypes['DataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aube?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExplanationResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['Explanation'] = ResolversParentTypes['Explanation']> = ResolversObject<{
  confidence?: Resolver<Maybe<ResolversTypes['ConfidenceLevel']>, ParentType, ContextType>;
  exposedTasks?: Resolver<Array<ResolversTypes['TaskExposure']>, ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['ExplanationFactor']>, ParentType, ContextType>;
  horizon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextAction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  protectiveTasks?: Resolver<Array<ResolversTypes['TaskExposure']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  technical?: Resolver<Maybe<ResolversTypes['TechnicalExplanation']>, ParentType, ContextType>;
}>;

export type ExplanationFactorResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['ExplanationFactor'] = ResolversParentTypes['ExplanationFactor']> = ResolversObject<{
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExplorationResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['Exploration'] = ResolversParentTypes['Exploration']> = ResolversObject<{
  chosenOccupation?: Resolver<Maybe<ResolversTypes['Occupation']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['CareerRecommendation']>, ParentType, ContextType>;
  resilience?: Resolver<ResolversTypes['ResilienceAnalysis'], ParentType, ContextType>;
  saved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  trustReport?: Resolver<ResolversTypes['TrustReport'], ParentType, ContextType>;
  upskillingPlan?: Resolver<Array<ResolversTypes['UpskillingStep']>, ParentType, ContextType>;
}>;

export type FigureMatchResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['FigureMatch'] = ResolversParentTypes['FigureMatch']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  risk?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type ModelWeightResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['ModelWeight'] = ResolversParentTypes['ModelWeight']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  chooseCareer?: Resolver<ResolversTypes['Exploration'], ParentType, ContextType, RequireFields<MutationChooseCareerArgs, 'explorationId' | 'occupationCode'>>;
  revokeTrustReportShare?: Resolver<ResolversTypes['TrustReport'], ParentType, ContextType, RequireFields<MutationRevokeTrustReportShareArgs, 'id'>>;
  shareTrustReport?: Resolver<ResolversTypes['TrustReport'], ParentType, ContextType, RequireFields<MutationShareTrustReportArgs, 'id'>>;
  startExploration?: Resolver<ResolversTypes['Exploration'], ParentType, ContextType, RequireFields<MutationStartExplorationArgs, 'input'>>;
}>;

export type OccupationResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['Occupation'] = ResolversParentTypes['Occupation'], FederationReferenceType extends FederationReferenceTypes['Occupation'] = FederationReferenceTypes['Occupation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Occupation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  automation?: Resolver<Maybe<ResolversTypes['AutomationFigure']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobTitles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  resilience?: Resolver<ResolversTypes['ResilienceAnalysis'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, Partial<OccupationSkillsArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transitions?: Resolver<Array<ResolversTypes['CareerRecommendation']>, ParentType, ContextType, RequireFields<OccupationTransitionsArgs, 'first'>>;
  workContexts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type OccupationCatalogueResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['OccupationCatalogue'] = ResolversParentTypes['OccupationCatalogue']> = ResolversObject<{
  dataVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  directFigures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fallbackFigures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fiches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  withoutFigure?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  exploration?: Resolver<Maybe<ResolversTypes['Exploration']>, ParentType, ContextType, RequireFields<QueryExplorationArgs, 'id'>>;
  occupation?: Resolver<Maybe<ResolversTypes['Occupation']>, ParentType, ContextType, RequireFields<QueryOccupationArgs, 'code'>>;
  occupationCatalogue?: Resolver<ResolversTypes['OccupationCatalogue'], ParentType, ContextType>;
  occupations?: Resolver<Array<ResolversTypes['Occupation']>, ParentType, ContextType, RequireFields<QueryOccupationsArgs, 'first' | 'search'>>;
}>;

export type ResilienceAnalysisResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['ResilienceAnalysis'] = ResolversParentTypes['ResilienceAnalysis']> = ResolversObject<{
  anxietyScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['ConfidenceLevel'], ParentType, ContextType>;
  dataVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evolution?: Resolver<ResolversTypes['EvolutionType'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['Explanation'], ParentType, ContextType, RequireFields<ResilienceAnalysisExplanationArgs, 'level'>>;
  exposedTasks?: Resolver<Array<ResolversTypes['TaskExposure']>, ParentType, ContextType>;
  exposure?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  horizon?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  horizonYears?: Resolver<ResolversTypes['YearRange'], ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occupationCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personalised?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  protectiveTasks?: Resolver<Array<ResolversTypes['TaskExposure']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  threatLevel?: Resolver<ResolversTypes['ThreatLevel'], ParentType, ContextType>;
}>;

export type SkillResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['Skill'] = ResolversParentTypes['Skill']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  core?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  emerging?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SkillKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  attribution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaskExposureResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['TaskExposure'] = ResolversParentTypes['TaskExposure']> = ResolversObject<{
  bottlenecks?: Resolver<Array<ResolversTypes['Bottleneck']>, ParentType, ContextType>;
  core?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  exposure?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TechnicalExplanationResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['TechnicalExplanation'] = ResolversParentTypes['TechnicalExplanation']> = ResolversObject<{
  comparisons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dataVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formula?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  humanReview?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  knownBiases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  limits?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weights?: Resolver<Array<ResolversTypes['ModelWeight']>, ParentType, ContextType>;
}>;

export type TrustReportResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['TrustReport'] = ResolversParentTypes['TrustReport']> = ResolversObject<{
  explorationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  json?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jsonUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pdfUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shareUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sharedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type UpskillingStepResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['UpskillingStep'] = ResolversParentTypes['UpskillingStep']> = ResolversObject<{
  cpfEligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  explorations?: Resolver<Array<ResolversTypes['Exploration']>, ParentType, ContextType, RequireFields<UserExplorationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestResilience?: Resolver<Maybe<ResolversTypes['ResilienceAnalysis']>, ParentType, ContextType>;
}>;

export type YearRangeResolvers<ContextType = AubeContext, ParentType extends ResolversParentTypes['YearRange'] = ResolversParentTypes['YearRange']> = ResolversObject<{
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AubeContext> = ResolversObject<{
  AutomationFigure?: AutomationFigureResolvers<ContextType>;
  CareerRecommendation?: CareerRecommendationResolvers<ContextType>;
  DataExport?: DataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Explanation?: ExplanationResolvers<ContextType>;
  ExplanationFactor?: ExplanationFactorResolvers<ContextType>;
  Exploration?: ExplorationResolvers<ContextType>;
  FigureMatch?: FigureMatchResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  ModelWeight?: ModelWeightResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Occupation?: OccupationResolvers<ContextType>;
  OccupationCatalogue?: OccupationCatalogueResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResilienceAnalysis?: ResilienceAnalysisResolvers<ContextType>;
  Skill?: SkillResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  TaskExposure?: TaskExposureResolvers<ContextType>;
  TechnicalExplanation?: TechnicalExplanationResolvers<ContextType>;
  TrustReport?: TrustReportResolvers<ContextType>;
  UpskillingStep?: UpskillingStepResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  YearRange?: YearRangeResolvers<ContextType>;
}>;

