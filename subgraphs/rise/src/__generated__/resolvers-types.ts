import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CoachingSessionRow, DailyActionRow, GoalRow, JournalEntryRow, MilestoneRow, PracticeSessionRow } from '../db/schema.js';
import type { DataExportReference } from '@phoenix/subgraph-server';
import type { EmotionalTrend as EmotionalTrendModel } from '../domain/trend.js';
import type { UserReference } from '../resolvers/User.js';
import type { RiseContext } from '../context.js';
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

/** Burnout risk from the user's own journal, by the rule documented in docs/rise.md. Not a diagnosis. */
export type BurnoutRisk =
  | 'HIGH'
  | 'LOW'
  | 'MODERATE'
  /** Fewer than three journal entries in the last 7 days: not enough to say. */
  | 'UNKNOWN';

/** A signal of the burnout rule, shown so the user can see why the risk is what it is. */
export type BurnoutSignal =
  /** Confidence falling by 0.1 point a day or more over 30 days (1 point). */
  | 'FALLING_CONFIDENCE'
  /** 7-day mood average at or below 5 (1 point). */
  | 'LOW_MOOD'
  /** 7-day mood average at or below 3.5 (2 points, instead of LOW_MOOD). */
  | 'VERY_LOW_MOOD'
  /** Mood standard deviation of 2 or more over 7 days (1 point). */
  | 'VOLATILE_MOOD';

/**
 * Context from the user's other Phoenix apps. The client sends it only when the user has granted
 * the `cross_app_context` consent; Rise uses it for this reply and does not store it.
 */
export type CoachingContextInput = {
  /** The job the user is moving towards (e.g. from Aube), 1–120 characters. */
  targetOccupation?: InputMaybe<Scalars['String']['input']>;
};

/** Coaching sessions used this calendar month (Europe/Paris by default) and what the plan allows. */
export type CoachingQuota = {
  __typename?: 'CoachingQuota';
  /** Null: unlimited. */
  limit?: Maybe<Scalars['Int']['output']>;
  /** Null: unlimited. */
  remaining?: Maybe<Scalars['Int']['output']>;
  /** When the month's count starts again. */
  resetsAt: Scalars['DateTime']['output'];
  used: Scalars['Int']['output'];
};

/** A coaching session with the AI coach. The coach gives no medical advice and no diagnosis. */
export type CoachingSession = {
  __typename?: 'CoachingSession';
  /** The burnout risk the coach adapted to. */
  burnoutRisk: BurnoutRisk;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The id to rate the reply with `giveFeedback`. */
  completionId?: Maybe<Scalars['ID']['output']>;
  /** Present when the coach added the human-help notice. */
  humanHelp?: Maybe<HumanHelp>;
  id: Scalars['ID']['output'];
  /** What the user wrote to open the session, if anything. */
  message?: Maybe<Scalars['String']['output']>;
  /** The coach's full reply, human-help notice included; null until it is complete. */
  reply?: Maybe<Scalars['String']['output']>;
  /** True when the medical-advice guard removed or replaced part of the reply. */
  safetyFiltered: Scalars['Boolean']['output'];
  startedAt: Scalars['DateTime']['output'];
  status: CoachingStatus;
};

export type CoachingStatus =
  | 'COMPLETED'
  /** The coach could not answer; the session was not counted against the quota. */
  | 'FAILED'
  | 'IN_PROGRESS';

/** A small daily action (kaizen) planned for one day. */
export type DailyAction = {
  __typename?: 'DailyAction';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The local day (Europe/Paris by default) the action is planned for, `YYYY-MM-DD`. */
  day: Scalars['String']['output'];
  done: Scalars['Boolean']['output'];
  /** The goal the action serves, when the user linked one. */
  goal?: Maybe<Goal>;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type DataExport = {
  __typename?: 'DataExport';
  /** Everything rise holds about the user (JSON Schema: docs/data-export.schema.json, `properties.rise`). */
  rise: Scalars['JSON']['output'];
  userId: Scalars['ID']['output'];
};

/** The emotional trend of the user's own journal. Figures are null when there are too few entries. */
export type EmotionalTrend = {
  __typename?: 'EmotionalTrend';
  burnoutRisk: BurnoutRisk;
  computedAt: Scalars['DateTime']['output'];
  /** The slope over 30 days: how many points confidence gained (or lost) in a month. */
  confidenceChange30d?: Maybe<Scalars['Float']['output']>;
  /** Least-squares slope of confidence over the last 30 days, in points per day (at least 3 entries over 7 days or more). */
  confidenceSlope30d?: Maybe<Scalars['Float']['output']>;
  entries7d: Scalars['Int']['output'];
  entries30d: Scalars['Int']['output'];
  /** Mean mood of the last 7 days. */
  moodAverage7d?: Maybe<Scalars['Float']['output']>;
  /** Population standard deviation of mood over the last 7 days (at least 3 entries). */
  moodVolatility7d?: Maybe<Scalars['Float']['output']>;
  signals: Array<BurnoutSignal>;
};

/** A goal of the career change, with its milestones and target date. */
export type Goal = {
  __typename?: 'Goal';
  /** Set when the last milestone was completed. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Milestones in the order given (at most 20). */
  milestones: Array<Milestone>;
  /** Share of the milestones completed, 0–1 (0 for a goal without milestones). */
  progress: Scalars['Float']['output'];
  /** The date the user aims for, `YYYY-MM-DD`. */
  targetDate: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A French helpline a person can call. */
export type Helpline = {
  __typename?: 'Helpline';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** As dialled in France, e.g. `3114`. */
  number: Scalars['String']['output'];
};

/** The notice that sends the person towards people who can help. */
export type HumanHelp = {
  __typename?: 'HumanHelp';
  helplines: Array<Helpline>;
  /** The notice as appended to the coach's reply. */
  notice: Scalars['String']['output'];
  reasons: Array<HumanHelpReason>;
};

/** Why the coach added the human-help notice. */
export type HumanHelpReason =
  /** The burnout risk is HIGH. */
  | 'BURNOUT_RISK_HIGH'
  /** The message or the latest notes contain words of distress. */
  | 'DISTRESS_WORDS'
  /** The message or the latest notes speak about the person's health (GDPR special category). */
  | 'SENSITIVE_TOPIC'
  /** The latest mood, from the last 7 days, is 2 or below. */
  | 'VERY_LOW_MOOD';

/** A journal entry: how the day feels. Only its author and admins can read it. */
export type JournalEntry = {
  __typename?: 'JournalEntry';
  /** Confidence in the career change, 1 (none) to 10 (full). */
  confidence: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Mood, 1 (very low) to 10 (excellent). */
  mood: Scalars['Int']['output'];
  /** Free notes, at most 5,000 characters; null when none. They never appear in events or logs. */
  notes?: Maybe<Scalars['String']['output']>;
};

export type LogMoodInput = {
  /** 1–10. */
  confidence: Scalars['Int']['input'];
  /** 1–10. */
  mood: Scalars['Int']['input'];
  /** At most 5,000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

export type LogPracticeSessionInput = {
  /** 10 seconds to 3 hours. */
  durationSeconds: Scalars['Int']['input'];
  kind: PracticeKind;
};

/** One step of a goal. */
export type Milestone = {
  __typename?: 'Milestone';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  done: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Order within the goal, from 0. */
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Marks one of the caller's daily actions done (again is harmless). */
  completeAction: DailyAction;
  /** Marks one of the caller's milestones done (again is harmless); the goal is completed with its last milestone. */
  completeMilestone: Goal;
  /** Records today's mood and confidence (1–10) and optional notes (at most 5,000 characters). */
  logMood: JournalEntry;
  /** Records a breathing or meditation session. */
  logPracticeSession: PracticeSession;
  /** Plans a small daily action. */
  planAction: DailyAction;
  /** Sets a goal with a target date and optional milestones. */
  setGoal: Goal;
  /**
   * Opens a coaching session and returns it with the coach's complete reply. The coach reads the
   * latest journal entry, the trend and the goals. FREE: 2 sessions per calendar month, then
   * QUOTA_EXCEEDED with `resetsAt`.
   */
  startCoachingSession: CoachingSession;
};


export type MutationCompleteActionArgs = {
  actionId: Scalars['ID']['input'];
};


export type MutationCompleteMilestoneArgs = {
  milestoneId: Scalars['ID']['input'];
};


export type MutationLogMoodArgs = {
  input: LogMoodInput;
};


export type MutationLogPracticeSessionArgs = {
  input: LogPracticeSessionInput;
};


export type MutationPlanActionArgs = {
  input: PlanActionInput;
};


export type MutationSetGoalArgs = {
  input: SetGoalInput;
};


export type MutationStartCoachingSessionArgs = {
  input?: InputMaybe<StartCoachingSessionInput>;
};

export type PlanActionInput = {
  /** `YYYY-MM-DD`, from today to 30 days ahead; default today. */
  day?: InputMaybe<Scalars['String']['input']>;
  /** One of the user's goals. */
  goalId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–200 characters. */
  title: Scalars['String']['input'];
};

export type PracticeKind =
  | 'BREATHING'
  | 'MEDITATION';

/** A breathing or meditation session and how long it lasted. */
export type PracticeSession = {
  __typename?: 'PracticeSession';
  createdAt: Scalars['DateTime']['output'];
  durationSeconds: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: PracticeKind;
};

export type Query = {
  __typename?: 'Query';
  /** The French helplines the coach points to. Public. */
  riseHelplines: Array<Helpline>;
};

export type SetGoalInput = {
  /** Up to 20 milestones of 1–200 characters, in order. */
  milestones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** `YYYY-MM-DD`, today or later (within ten years). */
  targetDate: Scalars['String']['input'];
  /** 1–200 characters. */
  title: Scalars['String']['input'];
};

export type StartCoachingSessionInput = {
  context?: InputMaybe<CoachingContextInput>;
  /** What the user wants to talk about, at most 2,000 characters. */
  message?: InputMaybe<Scalars['String']['input']>;
};

/** The paid tiers of Phoenix (owned by accounts). */
export type Tier =
  | 'FREE'
  | 'PREMIUM'
  | 'PREMIUM_PLUS';

export type User = {
  __typename?: 'User';
  /** Coaching sessions left this month. Only the user themself and admins. */
  coachingQuota: CoachingQuota;
  /** Coaching sessions, newest first. `first` 1–50. Only the user themself and admins. */
  coachingSessions: Array<CoachingSession>;
  /** Small actions planned for `day` (`YYYY-MM-DD`, default today). Only the user themself and admins. */
  dailyActions: Array<DailyAction>;
  /** Mood and confidence trend and burnout risk, from the user's own journal. Only the user themself and admins. */
  emotionalTrend: EmotionalTrend;
  /** Goals, newest first, with their milestones. Only the user themself and admins. */
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  /** Journal entries, newest first. `first` 1–100. Only the user themself and admins. */
  journal: Array<JournalEntry>;
  /** Breathing and meditation sessions, newest first. `first` 1–100. Only the user themself and admins. */
  practiceSessions: Array<PracticeSession>;
  /** The user's tier, from accounts: it sets the coaching quota. */
  tier: Tier;
};


export type UserCoachingSessionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserDailyActionsArgs = {
  day?: InputMaybe<Scalars['String']['input']>;
};


export type UserGoalsArgs = {
  includeCompleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type UserJournalArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserPracticeSessionsArgs = {
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
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['User'], {"tier":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BurnoutRisk: BurnoutRisk;
  BurnoutSignal: BurnoutSignal;
  CoachingContextInput: CoachingContextInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CoachingQuota: ResolverTypeWrapper<CoachingQuota>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CoachingSession: ResolverTypeWrapper<CoachingSessionRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CoachingStatus: CoachingStatus;
  DailyAction: ResolverTypeWrapper<DailyActionRow>;
  DataExport: ResolverTypeWrapper<DataExportReference>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmotionalTrend: ResolverTypeWrapper<EmotionalTrendModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Goal: ResolverTypeWrapper<GoalRow>;
  Helpline: ResolverTypeWrapper<Helpline>;
  HumanHelp: ResolverTypeWrapper<HumanHelp>;
  HumanHelpReason: HumanHelpReason;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JournalEntry: ResolverTypeWrapper<JournalEntryRow>;
  LogMoodInput: LogMoodInput;
  LogPracticeSessionInput: LogPracticeSessionInput;
  Milestone: ResolverTypeWrapper<MilestoneRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PlanActionInput: PlanActionInput;
  PracticeKind: PracticeKind;
  PracticeSession: ResolverTypeWrapper<PracticeSessionRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SetGoalInput: SetGoalInput;
  StartCoachingSessionInput: StartCoachingSessionInput;
  Tier: Tier;
  User: ResolverTypeWrapper<UserReference>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CoachingContextInput: CoachingContextInput;
  String: Scalars['String']['output'];
  CoachingQuota: CoachingQuota;
  Int: Scalars['Int']['output'];
  CoachingSession: CoachingSessionRow;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  DailyAction: DailyActionRow;
  DataExport: DataExportReference;
  DateTime: Scalars['DateTime']['output'];
  EmotionalTrend: EmotionalTrendModel;
  Float: Scalars['Float']['output'];
  Goal: GoalRow;
  Helpline: Helpline;
  HumanHelp: HumanHelp;
  JSON: Scalars['JSON']['output'];
  JournalEntry: JournalEntryRow;
  LogMoodInput: LogMoodInput;
  LogPracticeSessionInput: LogPracticeSessionInput;
  Milestone: MilestoneRow;
  Mutation: Record<PropertyKey, never>;
  PlanActionInput: PlanActionInput;
  PracticeSession: PracticeSessionRow;
  Query: Record<PropertyKey, never>;
  SetGoalInput: SetGoalInput;
  StartCoachingSessionInput: StartCoachingSessionInput;
  User: UserReference;
}>;

export type CoachingQuotaResolvers<ContextType = RiseContext, ParentType extends ResolversParentTypes['CoachingQuota'] = ResolversParentTypes['CoachingQuota']> = ResolversObject<{
  limit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remaining?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resetsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CoachingSessionResolvers<ContextType = RiseContext, ParentType extends ResolversParentTypes['CoachingSession'] = ResolversParentTypes['CoachingSession']> = ResolversObject<{
  burnoutRisk?: Resolver<ResolversTypes['BurnoutRisk'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  humanHelp?: Resolver<Maybe<ResolversTypes['HumanHelp']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  safetyFiltered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CoachingStatus'], ParentType, ContextType>;
}>;

export type DailyActionResolvers<ContextType = RiseContext, ParentType extends ResolversParentTypes['DailyAction'] = ResolversParentTypes['DailyAction']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DataExportResolvers<ContextType = RiseContext, ParentType extends ResolversParentTypes['DataExport'] = ResolversParentTypes['DataExport'], FederationReferenceType extends FederationReferenceTypes['DataExport'] = FederationReferenceTypes['DataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  rise?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EmotionalTrendResolvers<ContextType = RiseContext, ParentType extends ResolversParentTypes['EmotionalTrend'] = ResolversParentTypes['EmotionalTrend']> = ResolversObject<{
  burnoutRisk?: Resolver<ResolversTypes['BurnoutRisk'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confidenceChange30d?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  confidenceSlope30d?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  entries7d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entries30d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  moodAverage7d?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  moodVolatility7d?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  signals?: Resolver<Array<ResolversTypes['BurnoutSignal']>, ParentType, ContextType>;
}>;

export type GoalResolvers<ContextType = RiseContext, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  targetDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HelplineResolvers<ContextType = RiseContext, ParentType extends ResolversParentTypes['Helpline'] = ResolversParentTypes['Helpline']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HumanHelpResolvers<ContextType = RiseContext, ParentType extends ResolversParentTypes['HumanHelp'] = ResolversParentTypes['HumanHelp']> = ResolversObject<{
  helplines?: Resolver<Array<ResolversTypes['Helpline']>, ParentType, ContextType>;
  notice?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['HumanHelpReason']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JournalEntryResolvers<ContextType = RiseContext, ParentType extends ResolversParentTypes['JournalEntry'] = ResolversParentTypes['JournalEntry']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mood?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MilestoneResolvers<ContextType = RiseContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RiseContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  completeAction?: Resolver<ResolversTypes['DailyAction'], ParentType, ContextType, RequireFields<MutationCompleteActionArgs, 'actionId'>>;
  completeMilestone?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationCompleteMilestoneArgs, 'milestoneId'>>;
  logMood?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType, RequireFields<MutationLogMoodArgs, 'input'>>;
  logPracticeSession?: Resolver<ResolversTypes['PracticeSession'], ParentType, ContextType, RequireFields<MutationLogPracticeSessionArgs, 'input'>>;
  planAction?: Resolver<ResolversTypes['DailyAction'], ParentType, ContextType, RequireFields<MutationPlanActionArgs, 'input'>>;
  setGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationSetGoalArgs, 'input'>>;
  startCoachingSession?: Resolver<ResolversTypes['CoachingSession'], ParentType, ContextType, Partial<MutationStartCoachingSessionArgs>>;
}>;

export type PracticeSessionResolvers<ContextType = RiseContext, ParentType extends ResolversParentTypes['PracticeSession'] = ResolversParentTypes['PracticeSession']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PracticeKind'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RiseContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  riseHelplines?: Resolver<Array<ResolversTypes['Helpline']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = RiseContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  coachingQuota?: Resolver<ResolversTypes['CoachingQuota'], ParentType, ContextType>;
  coachingSessions?: Resolver<Array<ResolversTypes['CoachingSession']>, ParentType, ContextType, RequireFields<UserCoachingSessionsArgs, 'first'>>;
  dailyActions?: Resolver<Array<ResolversTypes['DailyAction']>, ParentType, ContextType, Partial<UserDailyActionsArgs>>;
  emotionalTrend?: Resolver<ResolversTypes['EmotionalTrend'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType, RequireFields<UserGoalsArgs, 'includeCompleted'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  journal?: Resolver<Array<ResolversTypes['JournalEntry']>, ParentType, ContextType, RequireFields<UserJournalArgs, 'first'>>;
  practiceSessions?: Resolver<Array<ResolversTypes['PracticeSession']>, ParentType, ContextType, RequireFields<UserPracticeSessionsArgs, 'first'>>;
}>;

export type Resolvers<ContextType = RiseContext> = ResolversObject<{
  CoachingQuota?: CoachingQuotaResolvers<ContextType>;
  CoachingSession?: CoachingSessionResolvers<ContextType>;
  DailyAction?: DailyActionResolvers<ContextType>;
  DataExport?: DataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EmotionalTrend?: EmotionalTrendResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  Helpline?: HelplineResolvers<ContextType>;
  HumanHelp?: HumanHelpResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JournalEntry?: JournalEntryResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PracticeSession?: PracticeSessionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

