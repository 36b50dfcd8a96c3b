import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LetterRow, LetterVersionRow, AnalysisRow } from '../db/schema.js';
import type { DataExportReference } from '@phoenix/subgraph-server';
import type { UserReference } from '../resolvers/User.js';
import type { LettersContext } from '../context.js';
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
  /** An ISO-8601 date-time in UTC, e.g. `2026-05-01T08:30:00.000Z`. */
  DateTime: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AnalyzeAtsInput = {
  /** The company, so its name is not counted as a keyword; with `text` only. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** A letter of the caller: its current version is analysed, against its own offer unless `offerText` is given. */
  letterId?: InputMaybe<Scalars['ID']['input']>;
  /** The job offer, 50–50,000 characters; required with `text`. */
  offerText?: InputMaybe<Scalars['String']['input']>;
  /** Raw text to analyse instead of a letter, 50–50,000 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** How an applicant-tracking system would read a letter against an offer. */
export type AtsAnalysis = {
  __typename?: 'AtsAnalysis';
  /** Distinct action verbs used (« piloté », « réduit »…). */
  actionVerbs: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  factors: Array<ScoreFactor>;
  formattingProblems: Array<FormattingProblem>;
  id: Scalars['ID']['output'];
  /** The offer's keywords (stemmed French, stop words removed), best first. */
  keywords: Array<Scalars['String']['output']>;
  lengthBand: LengthBand;
  /** The analysed letter; null when raw text was analysed. */
  letterId?: Maybe<Scalars['ID']['output']>;
  /** The letter version analysed; null for raw text. */
  letterVersion?: Maybe<Scalars['Int']['output']>;
  matchedKeywords: Array<Scalars['String']['output']>;
  missingKeywords: Array<Scalars['String']['output']>;
  /** Sentences that state a measured result (a percentage, an amount, a count). */
  quantifiedResults: Array<Scalars['String']['output']>;
  /** 0–100, the sum of the factors' contributions. */
  score: Scalars['Int']['output'];
  wordCount: Scalars['Int']['output'];
};

/**
 * The latest Aube analysis, as the client read it from `User.latestResilience` and `Occupation`
 * through the gateway. Letters uses it only when the user has granted the `cross_app_context`
 * consent (known to letters from the `user.consent_changed` events); otherwise it is ignored.
 */
export type AubeContextInput = {
  /** ROME code of the analysed occupation, e.g. `M1805`. */
  occupationCode?: InputMaybe<Scalars['String']['input']>;
  /** French title of the analysed occupation, 1–200 characters. */
  occupationTitle: Scalars['String']['input'];
  /** 0–100, 100 = very resistant to automation. */
  resilienceScore?: InputMaybe<Scalars['Int']['input']>;
  /** The skills the analysis found protective or transferable; at most 10, each 1–100 characters. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A career change, as the person describes it. */
export type CareerChange = {
  __typename?: 'CareerChange';
  newDomain: Scalars['String']['output'];
  previousDomain: Scalars['String']['output'];
  transferableSkills: Array<Scalars['String']['output']>;
};

/** A career change: the domain left, the domain targeted, the skills carried over. */
export type CareerChangeInput = {
  /** 1–200 characters, e.g. « l’analyse de données ». */
  newDomain: Scalars['String']['input'];
  /** 1–200 characters, e.g. « la comptabilité ». */
  previousDomain: Scalars['String']['input'];
  /** At most 10, each 1–100 characters. */
  transferableSkills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 0–60. */
  yearsOfExperience?: InputMaybe<Scalars['Int']['input']>;
};

/** The coach's reading of a letter: four criteria with DOMAIN.md's weights, and suggestions. */
export type CoachFeedback = {
  __typename?: 'CoachFeedback';
  clarity: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  factors: Array<ScoreFactor>;
  id: Scalars['ID']['output'];
  impact: Scalars['Int']['output'];
  letterId: Scalars['ID']['output'];
  letterVersion: Scalars['Int']['output'];
  personalisation: Scalars['Int']['output'];
  professionalTone: Scalars['Int']['output'];
  /** 0–100: 0.25 clarity + 0.30 impact + 0.25 personalisation + 0.20 professional tone. */
  score: Scalars['Int']['output'];
  suggestions: Array<CoachSuggestion>;
};

/** A concrete suggestion, pointing at a sentence of the letter. */
export type CoachSuggestion = {
  __typename?: 'CoachSuggestion';
  /** The words that triggered the suggestion. */
  excerpt?: Maybe<Scalars['String']['output']>;
  kind: CoachSuggestionKind;
  /** In French: what to change and how. */
  message: Scalars['String']['output'];
  /** The sentence concerned; null for the whole letter. */
  sentence?: Maybe<Scalars['String']['output']>;
  /** 0-based index in the letter's sentences (paragraph breaks and `.`, `!`, `?` split them); null for the whole letter. */
  sentenceIndex?: Maybe<Scalars['Int']['output']>;
};

export type CoachSuggestionKind =
  /** A phrase found in countless letters (« dynamique et motivé », « je me permets de »). */
  | 'GENERIC_PHRASE'
  /** A sentence too long to read in one breath. */
  | 'LONG_SENTENCE'
  /** Something the letter lacks: the company's name, a result, a closing formula… */
  | 'MISSING_ELEMENT'
  /** A passive construction that hides who acted (« a été réalisé par »). */
  | 'PASSIVE_VOICE'
  /** A word repeated, or sentences that all begin the same way. */
  | 'REPETITION'
  /** A vague verb where an action verb would show the result (« j’ai participé à »). */
  | 'WEAK_VERB';

export type CommunicationStyle =
  /** Tutoiement, « on », exclamations, emoji. */
  | 'CASUAL'
  /** Vouvoiement, set formulas, institutional vocabulary. */
  | 'FORMAL'
  /** Plain professional language without strong markers either way. */
  | 'NEUTRAL';

/** A company's culture as its job offer shows it (Mirror Match), and the tone a letter should take. */
export type CompanyCulture = {
  __typename?: 'CompanyCulture';
  communicationStyle: CommunicationStyle;
  company: Scalars['String']['output'];
  /** 0–1: how many cues the offer gave and how clearly they agreed. */
  confidence: Scalars['Float']['output'];
  /** In French, why this tone. */
  explanation: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  innovationLevel: InnovationLevel;
  leadershipStyle: LeadershipStyle;
  recommendedTone: LetterTone;
  signals: Array<CultureSignal>;
  workEnvironment: CultureEnvironment;
};

export type CultureEnvironment =
  /** Teamwork, cross-functional projects, mutual help. */
  | 'COLLABORATIVE'
  /** Growth, speed, agility, frequent change. */
  | 'FAST_PACED'
  /** A social or environmental mission, volunteers, shared values. */
  | 'MISSION_DRIVEN'
  /** Procedures, compliance, regulated processes. */
  | 'STRUCTURED';

/** A word or phrase of the offer that revealed part of the culture. */
export type CultureSignal = {
  __typename?: 'CultureSignal';
  /** The offer's own words. */
  cue: Scalars['String']['output'];
  /** `communication`, `environment`, `leadership` or `innovation`. */
  dimension: Scalars['String']['output'];
  /** The value it points to, e.g. `CASUAL`, `FAST_PACED`, `HIGH`. */
  value: Scalars['String']['output'];
};

export type DataExport = {
  __typename?: 'DataExport';
  /** Everything letters holds about the user (JSON Schema: docs/data-export.schema.json, `properties.letters`). */
  letters: Scalars['JSON']['output'];
  userId: Scalars['ID']['output'];
};

export type FormattingProblem = {
  __typename?: 'FormattingProblem';
  /** The offending excerpt, at most 80 characters. */
  excerpt: Scalars['String']['output'];
  kind: FormattingProblemKind;
  /** 1-based line of the first occurrence. */
  line: Scalars['Int']['output'];
};

/** A formatting problem an ATS parser stumbles on. */
export type FormattingProblemKind =
  /** Text laid out in columns with runs of spaces. */
  | 'COLUMNS'
  /** Page headers or footers (« Page 1/2 », « Confidentiel »). */
  | 'HEADER_FOOTER'
  /** Emoji, pictograms, box-drawing or decorative bullets. */
  | 'SPECIAL_GLYPHS'
  /** Rows of cells separated by `|` or tabs. */
  | 'TABLE';

export type GenerateLetterInput = {
  aubeContext?: InputMaybe<AubeContextInput>;
  /** Signature, 1–100 characters; left out when absent. */
  candidateName?: InputMaybe<Scalars['String']['input']>;
  careerChange?: InputMaybe<CareerChangeInput>;
  /** 1–200 characters. */
  company: Scalars['String']['input'];
  /** The CV as text, 50–50,000 characters. */
  cvText: Scalars['String']['input'];
  /** 1–200 characters. */
  jobTitle: Scalars['String']['input'];
  /** The job offer as text, 50–50,000 characters. */
  offerText: Scalars['String']['input'];
  tone: LetterTone;
};

export type InnovationLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type LeadershipStyle =
  /** Autonomy and ownership, little hierarchy. */
  | 'FLAT'
  /** Reporting lines and a named hierarchy (« rattaché(e) à », « sous la responsabilité de »). */
  | 'HIERARCHICAL'
  /** Decisions shared or co-built (« gouvernance partagée », « co-construire »). */
  | 'PARTICIPATIVE';

/** A letter's length against the 200–400 words recruiters and ATS expect. */
export type LengthBand =
  | 'IDEAL'
  | 'TOO_LONG'
  | 'TOO_SHORT';

/** A cover letter: its current text, its versions, and the inputs it was written from. */
export type Letter = {
  __typename?: 'Letter';
  careerChange?: Maybe<CareerChange>;
  company: Scalars['String']['output'];
  /** The AI completion of the current version, to rate with `giveFeedback`; null after an edit. */
  completionId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Number of the current version. */
  currentVersion: Scalars['Int']['output'];
  /** The current version as a file. PDF rendering is the expensive part: ask for it only to download. */
  export: LetterExport;
  /** Computed from the text and the inputs on each read (French keyword extraction): ask for it when showing one letter. */
  grounding: LetterGrounding;
  id: Scalars['ID']['output'];
  jobTitle: Scalars['String']['output'];
  /** The latest ATS analysis of this letter (any version); null before the first. Premium. */
  latestAtsAnalysis?: Maybe<AtsAnalysis>;
  /** The latest coaching of this letter (any version); null before the first. Premium. */
  latestCoachFeedback?: Maybe<CoachFeedback>;
  sections: LetterSections;
  /** Text of the current version, as plain text. */
  text: Scalars['String']['output'];
  /** Tone of the current version. */
  tone: LetterTone;
  updatedAt: Scalars['DateTime']['output'];
  /** Every version, newest first. */
  versions: Array<LetterVersion>;
  wordCount: Scalars['Int']['output'];
};


/** A cover letter: its current text, its versions, and the inputs it was written from. */
export type LetterExportArgs = {
  format: LetterExportFormat;
};


/** A cover letter: its current text, its versions, and the inputs it was written from. */
export type LetterVersionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A letter as a file: decode `contentBase64` and save it as `fileName`. */
export type LetterExport = {
  __typename?: 'LetterExport';
  byteLength: Scalars['Int']['output'];
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  format: LetterExportFormat;
  /** `application/pdf` or `text/plain; charset=utf-8`. */
  mimeType: Scalars['String']['output'];
};

/** The formats a letter can be exported in. */
export type LetterExportFormat =
  /** A4 PDF, ready to attach to an application. */
  | 'PDF'
  /** UTF-8 plain text, to paste into an application form. */
  | 'TEXT';

/** What the letter is grounded in: the facts of the inputs it uses, checked on its text. */
export type LetterGrounding = {
  __typename?: 'LetterGrounding';
  /** The offer's keywords that the CV also contains: the person's skills that match the offer. */
  matchingSkills: Array<Scalars['String']['output']>;
  /** True when career-change fields were given and the letter names the new domain; null without a career change. */
  mentionsCareerChange?: Maybe<Scalars['Boolean']['output']>;
  /** The matching skills the letter names. */
  namedSkills: Array<Scalars['String']['output']>;
  namesCompany: Scalars['Boolean']['output'];
  namesJobTitle: Scalars['Boolean']['output'];
  /** The latest Aube analysis was used (the client passed it and the user consented to cross-app context). */
  usesAubeAnalysis: Scalars['Boolean']['output'];
};

/** Letters generated in the current calendar month (Europe/Paris) against the plan's limit. */
export type LetterQuota = {
  __typename?: 'LetterQuota';
  /** Letters per calendar month of the caller's plan; null means unlimited. */
  limit?: Maybe<Scalars['Int']['output']>;
  /** Letters left this month; null means unlimited. */
  remaining?: Maybe<Scalars['Int']['output']>;
  /** Start of the next calendar month, when `used` goes back to 0. */
  resetsAt: Scalars['DateTime']['output'];
  used: Scalars['Int']['output'];
};

/** The parts of a French cover letter, read from its text. */
export type LetterSections = {
  __typename?: 'LetterSections';
  /** The body paragraphs after the hook: you (the company), me (the candidate), us (together). */
  body: Array<Scalars['String']['output']>;
  /** The closing formula (« Je vous prie d’agréer… »). */
  closing?: Maybe<Scalars['String']['output']>;
  /** « Madame, Monsieur, », « Bonjour, »… */
  greeting?: Maybe<Scalars['String']['output']>;
  /** The opening paragraph. */
  hook?: Maybe<Scalars['String']['output']>;
  /** « Objet : … »; null when the letter has none. */
  subject?: Maybe<Scalars['String']['output']>;
};

/** The tone of a letter (DOMAIN.md): greeting, phrasing and closing formula follow it. */
export type LetterTone =
  | 'ASSOCIATIF'
  | 'CREATIF'
  | 'DYNAMIQUE'
  | 'FORMEL'
  | 'SOBRE'
  | 'STARTUP';

/** One saved state of a letter's text. Every generation and edit adds one; none is ever lost. */
export type LetterVersion = {
  __typename?: 'LetterVersion';
  /** The AI completion that wrote it, to rate with `giveFeedback`; null for an edit. */
  completionId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 1 for the first version, then 2, 3… */
  number: Scalars['Int']['output'];
  origin: LetterVersionOrigin;
  text: Scalars['String']['output'];
  tone: LetterTone;
  wordCount: Scalars['Int']['output'];
};

/** How a version of a letter came to be. */
export type LetterVersionOrigin =
  /** Edited by the user. */
  | 'EDITED'
  /** Written by the AI from the CV and the offer (first version). */
  | 'GENERATED'
  /** Written again by the AI on request, possibly in another tone. */
  | 'REGENERATED';

export type MirrorMatchInput = {
  /** 1–200 characters. */
  company: Scalars['String']['input'];
  /** A letter of the caller this reading is for (optional). */
  letterId?: InputMaybe<Scalars['ID']['input']>;
  /** The job offer, 50–50,000 characters. */
  offerText: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Premium: ATS score (0–100) of a letter or a text against a job offer, with its factor breakdown. */
  analyzeAts: AtsAnalysis;
  /** Premium: clarity, impact, personalisation and tone of a letter's current version, with suggestions. */
  coachLetter: CoachFeedback;
  /** Saves the user's own text as a new version (50–50,000 characters). Does not count against the quota. */
  editLetter: Letter;
  /**
   * Writes a French cover letter (subject, hook, you/me/us body, closing formula) from the CV
   * and the offer, through the AI layer. Counts against the monthly letter quota:
   * QUOTA_EXCEEDED (with `extensions.resetsAt`) when it is used up. BAD_USER_INPUT for texts
   * outside 50–50,000 characters, and with `extensions.reason: AI_INPUT_BLOCKED` when the
   * guardian refuses the CV or the offer.
   */
  generateLetter: Letter;
  /** Premium: the company culture an offer shows, and the tone a letter should take (Mirror Match). */
  mirrorMatch: CompanyCulture;
  /** Writes a new version of a letter from its CV and offer; counts against the quota like a generation. */
  regenerateLetter: Letter;
};


export type MutationAnalyzeAtsArgs = {
  input: AnalyzeAtsInput;
};


export type MutationCoachLetterArgs = {
  letterId: Scalars['ID']['input'];
};


export type MutationEditLetterArgs = {
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationGenerateLetterArgs = {
  input: GenerateLetterInput;
};


export type MutationMirrorMatchArgs = {
  input: MirrorMatchInput;
};


export type MutationRegenerateLetterArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<RegenerateLetterInput>;
};

export type Query = {
  __typename?: 'Query';
  /** One of the caller's letters; NOT_FOUND when it does not exist or belongs to someone else. */
  letter?: Maybe<Letter>;
};


export type QueryLetterArgs = {
  id: Scalars['ID']['input'];
};

export type RegenerateLetterInput = {
  aubeContext?: InputMaybe<AubeContextInput>;
  /** Another tone; the current one when absent. */
  tone?: InputMaybe<LetterTone>;
};

/** One factor of a score: its own 0–100 score, its weight, and what it adds to the total. */
export type ScoreFactor = {
  __typename?: 'ScoreFactor';
  /** weight × score; the contributions sum to the total score (± rounding). */
  contribution: Scalars['Float']['output'];
  /** In French, what the factor saw. */
  detail: Scalars['String']['output'];
  /** `keywords`, `length`, `actionVerbs`, `quantifiedResults`, `formatting`; for the coach `clarity`, `impact`, `personalisation`, `professionalTone`. */
  name: Scalars['String']['output'];
  score: Scalars['Int']['output'];
  weight: Scalars['Float']['output'];
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The caller's own letter quota for the current month. */
  letterQuota: LetterQuota;
  /** The user's letters, newest first (`first` 1–50). The user themself or an admin. */
  letters: Array<Letter>;
};


export type UserLettersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  DataExport:
    ( { __typename: 'DataExport' }
    & GraphQLRecursivePick<FederationTypes['DataExport'], {"userId":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AnalyzeAtsInput: AnalyzeAtsInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AtsAnalysis: ResolverTypeWrapper<AnalysisRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AubeContextInput: AubeContextInput;
  CareerChange: ResolverTypeWrapper<CareerChange>;
  CareerChangeInput: CareerChangeInput;
  CoachFeedback: ResolverTypeWrapper<AnalysisRow>;
  CoachSuggestion: ResolverTypeWrapper<CoachSuggestion>;
  CoachSuggestionKind: CoachSuggestionKind;
  CommunicationStyle: CommunicationStyle;
  CompanyCulture: ResolverTypeWrapper<AnalysisRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CultureEnvironment: CultureEnvironment;
  CultureSignal: ResolverTypeWrapper<CultureSignal>;
  DataExport: ResolverTypeWrapper<DataExportReference>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FormattingProblem: ResolverTypeWrapper<FormattingProblem>;
  FormattingProblemKind: FormattingProblemKind;
  GenerateLetterInput: GenerateLetterInput;
  InnovationLevel: InnovationLevel;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LeadershipStyle: LeadershipStyle;
  LengthBand: LengthBand;
  Letter: ResolverTypeWrapper<LetterRow>;
  LetterExport: ResolverTypeWrapper<LetterExport>;
  LetterExportFormat: LetterExportFormat;
  LetterGrounding: ResolverTypeWrapper<LetterGrounding>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  LetterQuota: ResolverTypeWrapper<LetterQuota>;
  LetterSections: ResolverTypeWrapper<LetterSections>;
  LetterTone: LetterTone;
  LetterVersion: ResolverTypeWrapper<LetterVersionRow>;
  LetterVersionOrigin: LetterVersionOrigin;
  MirrorMatchInput: MirrorMatchInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegenerateLetterInput: RegenerateLetterInput;
  ScoreFactor: ResolverTypeWrapper<ScoreFactor>;
  User: ResolverTypeWrapper<UserReference>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnalyzeAtsInput: AnalyzeAtsInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AtsAnalysis: AnalysisRow;
  Int: Scalars['Int']['output'];
  AubeContextInput: AubeContextInput;
  CareerChange: CareerChange;
  CareerChangeInput: CareerChangeInput;
  CoachFeedback: AnalysisRow;
  CoachSuggestion: CoachSuggestion;
  CompanyCulture: AnalysisRow;
  Float: Scalars['Float']['output'];
  CultureSignal: CultureSignal;
  DataExport: DataExportReference;
  DateTime: Scalars['DateTime']['output'];
  FormattingProblem: FormattingProblem;
  GenerateLetterInput: GenerateLetterInput;
  JSON: Scalars['JSON']['output'];
  Letter: LetterRow;
  LetterExport: LetterExport;
  LetterGrounding: LetterGrounding;
  Boolean: Scalars['Boolean']['output'];
  LetterQuota: LetterQuota;
  LetterSections: LetterSections;
  LetterVersion: LetterVersionRow;
  MirrorMatchInput: MirrorMatchInput;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  RegenerateLetterInput: RegenerateLetterInput;
  ScoreFactor: ScoreFactor;
  User: UserReference;
}>;

export type AtsAnalysisResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['AtsAnalysis'] = ResolversParentTypes['AtsAnalysis']> = ResolversObject<{
  actionVerbs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['ScoreFactor']>, ParentType, ContextType>;
  formattingProblems?: Resolver<Array<ResolversTypes['FormattingProblem']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lengthBand?: Resolver<ResolversTypes['LengthBand'], ParentType, ContextType>;
  letterId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  letterVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  matchedKeywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  missingKeywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  quantifiedResults?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CareerChangeResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['CareerChange'] = ResolversParentTypes['CareerChange']> = ResolversObject<{
  newDomain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousDomain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transferableSkills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CoachFeedbackResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['CoachFeedback'] = ResolversParentTypes['CoachFeedback']> = ResolversObject<{
  clarity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['ScoreFactor']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  letterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  letterVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  personalisation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  professionalTone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['CoachSuggestion']>, ParentType, ContextType>;
}>;

export type CoachSuggestionResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['CoachSuggestion'] = ResolversParentTypes['CoachSuggestion']> = ResolversObject<{
  excerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CoachSuggestionKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentenceIndex?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CompanyCultureResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['CompanyCulture'] = ResolversParentTypes['CompanyCulture']> = ResolversObject<{
  communicationStyle?: Resolver<ResolversTypes['CommunicationStyle'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  innovationLevel?: Resolver<ResolversTypes['InnovationLevel'], ParentType, ContextType>;
  leadershipStyle?: Resolver<ResolversTypes['LeadershipStyle'], ParentType, ContextType>;
  recommendedTone?: Resolver<ResolversTypes['LetterTone'], ParentType, ContextType>;
  signals?: Resolver<Array<ResolversTypes['CultureSignal']>, ParentType, ContextType>;
  workEnvironment?: Resolver<ResolversTypes['CultureEnvironment'], ParentType, ContextType>;
}>;

export type CultureSignalResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['CultureSignal'] = ResolversParentTypes['CultureSignal']> = ResolversObject<{
  cue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DataExportResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['DataExport'] = ResolversParentTypes['DataExport'], FederationReferenceType extends FederationReferenceTypes['DataExport'] = FederationReferenceTypes['DataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  letters?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FormattingProblemResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['FormattingProblem'] = ResolversParentTypes['FormattingProblem']> = ResolversObject<{
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FormattingProblemKind'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LetterResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['Letter'] = ResolversParentTypes['Letter']> = ResolversObject<{
  careerChange?: Resolver<Maybe<ResolversTypes['CareerChange']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  export?: Resolver<ResolversTypes['LetterExport'], ParentType, ContextType, RequireFields<LetterExportArgs, 'format'>>;
  grounding?: Resolver<ResolversTypes['LetterGrounding'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latestAtsAnalysis?: Resolver<Maybe<ResolversTypes['AtsAnalysis']>, ParentType, ContextType>;
  latestCoachFeedback?: Resolver<Maybe<ResolversTypes['CoachFeedback']>, ParentType, ContextType>;
  sections?: Resolver<ResolversTypes['LetterSections'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tone?: Resolver<ResolversTypes['LetterTone'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['LetterVersion']>, ParentType, ContextType, RequireFields<LetterVersionsArgs, 'first'>>;
  wordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LetterExportResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['LetterExport'] = ResolversParentTypes['LetterExport']> = ResolversObject<{
  byteLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['LetterExportFormat'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LetterGroundingResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['LetterGrounding'] = ResolversParentTypes['LetterGrounding']> = ResolversObject<{
  matchingSkills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mentionsCareerChange?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  namedSkills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  namesCompany?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  namesJobTitle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  usesAubeAnalysis?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type LetterQuotaResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['LetterQuota'] = ResolversParentTypes['LetterQuota']> = ResolversObject<{
  limit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remaining?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resetsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LetterSectionsResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['LetterSections'] = ResolversParentTypes['LetterSections']> = ResolversObject<{
  body?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  closing?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  greeting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hook?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LetterVersionResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['LetterVersion'] = ResolversParentTypes['LetterVersion']> = ResolversObject<{
  completionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['LetterVersionOrigin'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tone?: Resolver<ResolversTypes['LetterTone'], ParentType, ContextType>;
  wordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  analyzeAts?: Resolver<ResolversTypes['AtsAnalysis'], ParentType, ContextType, RequireFields<MutationAnalyzeAtsArgs, 'input'>>;
  coachLetter?: Resolver<ResolversTypes['CoachFeedback'], ParentType, ContextType, RequireFields<MutationCoachLetterArgs, 'letterId'>>;
  editLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationEditLetterArgs, 'id' | 'text'>>;
  generateLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationGenerateLetterArgs, 'input'>>;
  mirrorMatch?: Resolver<ResolversTypes['CompanyCulture'], ParentType, ContextType, RequireFields<MutationMirrorMatchArgs, 'input'>>;
  regenerateLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationRegenerateLetterArgs, 'id'>>;
}>;

export type QueryResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  letter?: Resolver<Maybe<ResolversTypes['Letter']>, ParentType, ContextType, RequireFields<QueryLetterArgs, 'id'>>;
}>;

export type ScoreFactorResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['ScoreFactor'] = ResolversParentTypes['ScoreFactor']> = ResolversObject<{
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = LettersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  letterQuota?: Resolver<ResolversTypes['LetterQuota'], ParentType, ContextType>;
  letters?: Resolver<Array<ResolversTypes['Letter']>, ParentType, ContextType, RequireFields<UserLettersArgs, 'first'>>;
}>;

export type Resolvers<ContextType = LettersContext> = ResolversObject<{
  AtsAnalysis?: AtsAnalysisResolvers<ContextType>;
  CareerChange?: CareerChangeResolvers<ContextType>;
  CoachFeedback?: CoachFeedbackResolvers<ContextType>;
  CoachSuggestion?: CoachSuggestionResolvers<ContextType>;
  CompanyCulture?: CompanyCultureResolvers<ContextType>;
  CultureSignal?: CultureSignalResolvers<ContextType>;
  DataExport?: DataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FormattingProblem?: FormattingProblemResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Letter?: LetterResolvers<ContextType>;
  LetterExport?: LetterExportResolvers<ContextType>;
  LetterGrounding?: LetterGroundingResolvers<ContextType>;
  LetterQuota?: LetterQuotaResolvers<ContextType>;
  LetterSections?: LetterSectionsResolvers<ContextType>;
  LetterVersion?: LetterVersionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ScoreFactor?: ScoreFactorResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

