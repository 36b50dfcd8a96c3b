import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AiUsageParent } from '../resolvers/AiUsage.js';
import type { DataExportReference } from '@phoenix/subgraph-server';
import type { AgentsContext } from '../context.js';
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

/** Usage of one provider and model. */
export type AiModelUsage = {
  __typename?: 'AiModelUsage';
  factor: GreenFactor;
  figures: AiUsageFigures;
  model: Scalars['String']['output'];
  provider: Scalars['String']['output'];
};

/** Quality of one task for one provider and prompt variant (the data flywheel). */
export type AiQualityStats = {
  __typename?: 'AiQualityStats';
  /** Average share of the input's keywords used by the answer (0–1), an automatic measure. */
  averageGrounding?: Maybe<Scalars['Float']['output']>;
  averageLatencyMs: Scalars['Float']['output'];
  /** Average user rating, 1–5. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  completions: Scalars['Int']['output'];
  fallbacks: Scalars['Int']['output'];
  feedbackCount: Scalars['Int']['output'];
  provider: Scalars['String']['output'];
  variant?: Maybe<Scalars['String']['output']>;
};

/** Flywheel statistics of one AI task. */
export type AiTaskQuality = {
  __typename?: 'AiTaskQuality';
  /** The variant the bandit favours; null until some feedback exists. */
  bestVariant?: Maybe<Scalars['String']['output']>;
  breakdown: Array<AiQualityStats>;
  completions: Scalars['Int']['output'];
  task: Scalars['String']['output'];
  variants: Array<AiVariantArm>;
};

/** AI usage over a period: volumes, latency, Green-AI figures and quality per task. */
export type AiUsage = {
  __typename?: 'AiUsage';
  from: Scalars['DateTime']['output'];
  models: Array<AiModelUsage>;
  tasks: Array<AiTaskQuality>;
  to: Scalars['DateTime']['output'];
  totals: AiUsageFigures;
};

/** Totals over a set of AI completions, with Green-AI estimates. */
export type AiUsageFigures = {
  __typename?: 'AiUsageFigures';
  averageLatencyMs?: Maybe<Scalars['Float']['output']>;
  /** Estimated emissions, in grams of CO2 equivalent. */
  co2eGrams: Scalars['Float']['output'];
  completions: Scalars['Int']['output'];
  /** Estimated energy, in watt-hours, from the factors of each model (see `GreenFactor`). */
  energyWh: Scalars['Float']['output'];
  /** Completions answered by `local` instead of the provider the routing policy chose. */
  fallbacks: Scalars['Int']['output'];
  tokensIn: Scalars['Int']['output'];
  tokensOut: Scalars['Int']['output'];
};

/** A prompt variant as the bandit sees it: feedback so far and its chance of being the best. */
export type AiVariantArm = {
  __typename?: 'AiVariantArm';
  averageRating?: Maybe<Scalars['Float']['output']>;
  feedbackCount: Scalars['Int']['output'];
  /** Posterior mean of the Beta-Bernoulli model, ratings 1–5 counted as 0–1 rewards. */
  posteriorMean: Scalars['Float']['output'];
  /** Probability that this variant is the best, by Thompson sampling. */
  probabilityBest: Scalars['Float']['output'];
  variant: Scalars['String']['output'];
};

export type DataExport = {
  __typename?: 'DataExport';
  /** Everything agents holds about the user (JSON Schema: docs/data-export.schema.json, `properties.agents`). */
  agents: Scalars['JSON']['output'];
  userId: Scalars['ID']['output'];
};

/** Why a user rated an AI answer low. */
export type FeedbackReason =
  | 'INACCURATE'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'UNHELPFUL'
  | 'UNSAFE';

/** The factors used to estimate one model's energy and emissions, and where they come from. */
export type GreenFactor = {
  __typename?: 'GreenFactor';
  /** Carbon intensity of the electricity used. */
  gCo2ePerKwh: Scalars['Float']['output'];
  source: Scalars['String']['output'];
  /** Power drawn while a completion runs, counted over its latency (the in-process local engine). */
  watts: Scalars['Float']['output'];
  whPer1kInputTokens: Scalars['Float']['output'];
  whPer1kOutputTokens: Scalars['Float']['output'];
};

/** The state of a service, or of the whole system. */
export type HealthStatus =
  /** Whole system only: some services are up, some are down. */
  | 'DEGRADED'
  /** Did not answer its readiness check in time, or answered an error. */
  | 'DOWN'
  /** Not checked yet. */
  | 'UNKNOWN'
  /** Answered its readiness check. */
  | 'UP';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Rates an AI answer from 1 (useless) to 5 (very useful). `completionId` is the id the answer
   * came with. Rating again replaces the previous rating. The rating is kept and counted only
   * while the user grants the `analytics` consent.
   */
  giveFeedback: Scalars['Boolean']['output'];
};


export type MutationGiveFeedbackArgs = {
  completionId: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
  reason?: InputMaybe<FeedbackReason>;
};

export type Query = {
  __typename?: 'Query';
  /** Admin: AI usage between `from` (default 30 days ago) and `to` (default now), at most 366 days. */
  aiUsage: AiUsage;
  /** Health of every service, as last checked. `Subscription.systemHealth` streams it. */
  systemHealth: SystemHealth;
};


export type QueryAiUsageArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The last readiness check of one service. */
export type ServiceHealth = {
  __typename?: 'ServiceHealth';
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Round trip of the last check, in milliseconds; null when it failed or never ran. */
  latencyMs?: Maybe<Scalars['Int']['output']>;
  /** Service name: `gateway`, `accounts`, `billing`, … */
  name: Scalars['String']['output'];
  status: HealthStatus;
};

/** One objective and its measure over the window. */
export type ServiceLevelObjective = {
  __typename?: 'ServiceLevelObjective';
  /** Null when no operation was seen in the window. */
  met?: Maybe<Scalars['Boolean']['output']>;
  /** The target: seconds for latency, a fraction (0–1) for the rates. */
  objective: Scalars['Float']['output'];
  /** The measure, in the same unit; null when no operation was seen in the window. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** The gateway's objectives over a sliding window of its own operations (docs/operations.md). */
export type ServiceLevels = {
  __typename?: 'ServiceLevels';
  /** Share of operations not left without data by a server error; met at or above the objective. */
  availability: ServiceLevelObjective;
  /** Share of operations with a server-side error, partial data included; met below the objective. */
  errorRate: ServiceLevelObjective;
  /** End of the window: when the gateway evaluated the report. */
  evaluatedAt: Scalars['DateTime']['output'];
  /** 95th percentile of operation latency, in seconds; met below the objective. */
  latencyP95: ServiceLevelObjective;
  /** Operations answered in the window. */
  operations: Scalars['Int']['output'];
  status: SloStatus;
  /** Length of the window evaluated (shorter while the gateway is younger than the window). */
  windowSeconds: Scalars['Int']['output'];
};

export type SloStatus =
  /** At least one objective is not met. */
  | 'BREACHED'
  /** Every objective is met. */
  | 'MET'
  /** No operation in the window. */
  | 'NO_DATA';

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Health of every service: the current state at once, then again whenever the overall status,
   * a service's status or the SLO status changes, and at a fixed interval (30 s by default) even
   * without change. A client that reads slowly receives only the latest state.
   */
  systemHealth: SystemHealth;
};

/** The health of every Phoenix service, from the agents service's periodic checks. */
export type SystemHealth = {
  __typename?: 'SystemHealth';
  /** When the last round of checks finished. */
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  services: Array<ServiceHealth>;
  /**
   * The gateway's service level objectives, as its `/health/slo` evaluated them at the last
   * round of checks; null before the first round or when the report could not be read.
   */
  slo?: Maybe<ServiceLevels>;
  /** UP when every service is up, DOWN when none is, DEGRADED in between. */
  status: HealthStatus;
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  DataExport:
    ( { __typename: 'DataExport' }
    & GraphQLRecursivePick<FederationTypes['DataExport'], {"userId":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AiModelUsage: ResolverTypeWrapper<AiModelUsage>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AiQualityStats: ResolverTypeWrapper<AiQualityStats>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AiTaskQuality: ResolverTypeWrapper<AiTaskQuality>;
  AiUsage: ResolverTypeWrapper<AiUsageParent>;
  AiUsageFigures: ResolverTypeWrapper<AiUsageFigures>;
  AiVariantArm: ResolverTypeWrapper<AiVariantArm>;
  DataExport: ResolverTypeWrapper<DataExportReference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FeedbackReason: FeedbackReason;
  GreenFactor: ResolverTypeWrapper<GreenFactor>;
  HealthStatus: HealthStatus;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ServiceHealth: ResolverTypeWrapper<ServiceHealth>;
  ServiceLevelObjective: ResolverTypeWrapper<ServiceLevelObjective>;
  ServiceLevels: ResolverTypeWrapper<ServiceLevels>;
  SloStatus: SloStatus;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SystemHealth: ResolverTypeWrapper<SystemHealth>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AiModelUsage: AiModelUsage;
  String: Scalars['String']['output'];
  AiQualityStats: AiQualityStats;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  AiTaskQuality: AiTaskQuality;
  AiUsage: AiUsageParent;
  AiUsageFigures: AiUsageFigures;
  AiVariantArm: AiVariantArm;
  DataExport: DataExportReference;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  GreenFactor: GreenFactor;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  ServiceHealth: ServiceHealth;
  ServiceLevelObjective: ServiceLevelObjective;
  ServiceLevels: ServiceLevels;
  Subscription: Record<PropertyKey, never>;
  SystemHealth: SystemHealth;
}>;

export type AiModelUsageResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['AiModelUsage'] = ResolversParentTypes['AiModelUsage']> = ResolversObject<{
  factor?: Resolver<ResolversTypes['GreenFactor'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['AiUsageFigures'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AiQualityStatsResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['AiQualityStats'] = ResolversParentTypes['AiQualityStats']> = ResolversObject<{
  averageGrounding?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageLatencyMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  completions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fallbacks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feedbackCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AiTaskQualityResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['AiTaskQuality'] = ResolversParentTypes['AiTaskQuality']> = ResolversObject<{
  bestVariant?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  breakdown?: Resolver<Array<ResolversTypes['AiQualityStats']>, ParentType, ContextType>;
  completions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['AiVariantArm']>, ParentType, ContextType>;
}>;

export type AiUsageResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['AiUsage'] = ResolversParentTypes['AiUsage']> = ResolversObject<{
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  models?: Resolver<Array<ResolversTypes['AiModelUsage']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['AiTaskQuality']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['AiUsageFigures'], ParentType, ContextType>;
}>;

export type AiUsageFiguresResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['AiUsageFigures'] = ResolversParentTypes['AiUsageFigures']> = ResolversObject<{
  averageLatencyMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  co2eGrams?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  energyWh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fallbacks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tokensIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tokensOut?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AiVariantArmResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['AiVariantArm'] = ResolversParentTypes['AiVariantArm']> = ResolversObject<{
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  feedbackCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  posteriorMean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  probabilityBest?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DataExportResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['DataExport'] = ResolversParentTypes['DataExport'], FederationReferenceType extends FederationReferenceTypes['DataExport'] = FederationReferenceTypes['DataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agents?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GreenFactorResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['GreenFactor'] = ResolversParentTypes['GreenFactor']> = ResolversObject<{
  gCo2ePerKwh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  watts?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  whPer1kInputTokens?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  whPer1kOutputTokens?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  giveFeedback?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationGiveFeedbackArgs, 'completionId' | 'rating'>>;
}>;

export type QueryResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  aiUsage?: Resolver<ResolversTypes['AiUsage'], ParentType, ContextType, Partial<QueryAiUsageArgs>>;
  systemHealth?: Resolver<ResolversTypes['SystemHealth'], ParentType, ContextType>;
}>;

export type ServiceHealthResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['ServiceHealth'] = ResolversParentTypes['ServiceHealth']> = ResolversObject<{
  checkedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  latencyMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
}>;

export type ServiceLevelObjectiveResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['ServiceLevelObjective'] = ResolversParentTypes['ServiceLevelObjective']> = ResolversObject<{
  met?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  objective?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ServiceLevelsResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['ServiceLevels'] = ResolversParentTypes['ServiceLevels']> = ResolversObject<{
  availability?: Resolver<ResolversTypes['ServiceLevelObjective'], ParentType, ContextType>;
  errorRate?: Resolver<ResolversTypes['ServiceLevelObjective'], ParentType, ContextType>;
  evaluatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  latencyP95?: Resolver<ResolversTypes['ServiceLevelObjective'], ParentType, ContextType>;
  operations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SloStatus'], ParentType, ContextType>;
  windowSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  systemHealth?: SubscriptionResolver<ResolversTypes['SystemHealth'], "systemHealth", ParentType, ContextType>;
}>;

export type SystemHealthResolvers<ContextType = AgentsContext, ParentType extends ResolversParentTypes['SystemHealth'] = ResolversParentTypes['SystemHealth']> = ResolversObject<{
  checkedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['ServiceHealth']>, ParentType, ContextType>;
  slo?: Resolver<Maybe<ResolversTypes['ServiceLevels']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AgentsContext> = ResolversObject<{
  AiModelUsage?: AiModelUsageResolvers<ContextType>;
  AiQualityStats?: AiQualityStatsResolvers<ContextType>;
  AiTaskQuality?: AiTaskQualityResolvers<ContextType>;
  AiUsage?: AiUsageResolvers<ContextType>;
  AiUsageFigures?: AiUsageFiguresResolvers<ContextType>;
  AiVariantArm?: AiVariantArmResolvers<ContextType>;
  DataExport?: DataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  GreenFactor?: GreenFactorResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServiceHealth?: ServiceHealthResolvers<ContextType>;
  ServiceLevelObjective?: ServiceLevelObjectiveResolvers<ContextType>;
  ServiceLevels?: ServiceLevelsResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SystemHealth?: SystemHealthResolvers<ContextType>;
}>;

