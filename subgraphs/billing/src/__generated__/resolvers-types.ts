import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DataExportReference } from '@phoenix/subgraph-server';
import type { PlanDefinition } from '@phoenix/plans';
import type { UserReference } from '../resolvers/User.js';
import type { BillingContext } from '../context.js';
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
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The user's paid subscription as billing knows it (named so it never clashes with the Subscription root type). */
export type BillingSubscription = {
  __typename?: 'BillingSubscription';
  /** The user canceled: the subscription stays ACTIVE until `currentPeriodEnd`, then ends. */
  cancelAtPeriodEnd: Scalars['Boolean']['output'];
  /** End of the period already paid for, ISO 8601. */
  currentPeriodEnd?: Maybe<Scalars['String']['output']>;
  plan: Tier;
  /** ACTIVE, TRIALING and PAST_DUE (while Stripe retries the payment) keep the plan's features. */
  status: SubscriptionStatus;
};

/** A Stripe Checkout page where the user pays for a plan. */
export type CheckoutSession = {
  __typename?: 'CheckoutSession';
  /** Redirect the browser here; Stripe sends it back to the success or cancel page. */
  url: Scalars['String']['output'];
};

export type DataExport = {
  __typename?: 'DataExport';
  /** Everything billing holds about the user (JSON Schema: docs/data-export.schema.json, `properties.billing`). */
  billing: Scalars['JSON']['output'];
  userId: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Opens the Stripe billing portal for the caller. PAYMENT_PROVIDER_NOT_CONFIGURED without Stripe keys. */
  openBillingPortal: PortalSession;
  /**
   * Opens a Stripe Checkout for a paid plan. BAD_USER_INPUT for FREE, for the plan the user
   * already has, and while a paid subscription is running (change plans in the billing portal);
   * PAYMENT_PROVIDER_NOT_CONFIGURED when this server has no Stripe keys.
   */
  startCheckout: CheckoutSession;
};


export type MutationStartCheckoutArgs = {
  plan: Tier;
};

/** A plan of the catalog: one per tier, with its monthly price and quotas. */
export type Plan = {
  __typename?: 'Plan';
  /** Feature flags included in the plan, e.g. `letters.ats`. */
  features: Array<Scalars['String']['output']>;
  /** Display name, in French. */
  name: Scalars['String']['output'];
  /** Monthly price in euros, VAT included. */
  priceMonthlyEur: Scalars['Float']['output'];
  quotas: PlanQuotas;
  tier: Tier;
};

/** Usage limits of a plan. A null limit means unlimited. */
export type PlanQuotas = {
  __typename?: 'PlanQuotas';
  coachingSessionsPerMonth?: Maybe<Scalars['Int']['output']>;
  irisContextDays: Scalars['Int']['output'];
  irisMessagesPerDay?: Maybe<Scalars['Int']['output']>;
  lettersPerMonth?: Maybe<Scalars['Int']['output']>;
};

/** A Stripe billing portal page: payment method, invoices, plan change, cancellation. */
export type PortalSession = {
  __typename?: 'PortalSession';
  /** Redirect the browser here; Stripe sends it back to the account page. */
  url: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The plan catalog, the single source of truth for prices and quotas. */
  plans: Array<Plan>;
};

export type SubscriptionStatus =
  | 'ACTIVE'
  | 'CANCELED'
  | 'INCOMPLETE'
  /** No paid subscription: the user is on the FREE plan. */
  | 'NONE'
  | 'PAST_DUE'
  /** Stripe paused the subscription (a trial ended without a payment method); no access until it resumes. */
  | 'PAUSED'
  | 'TRIALING'
  | 'UNPAID';

/** The paid tiers of Phoenix. Accounts owns each user's current tier; billing owns the plan catalog. */
export type Tier =
  | 'FREE'
  | 'PREMIUM'
  | 'PREMIUM_PLUS';

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The caller's own subscription. FREE with status NONE until a payment exists. */
  subscription?: Maybe<BillingSubscription>;
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
  BillingSubscription: ResolverTypeWrapper<BillingSubscription>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CheckoutSession: ResolverTypeWrapper<CheckoutSession>;
  DataExport: ResolverTypeWrapper<DataExportReference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Plan: ResolverTypeWrapper<PlanDefinition>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PlanQuotas: ResolverTypeWrapper<PlanQuotas>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PortalSession: ResolverTypeWrapper<PortalSession>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubscriptionStatus: SubscriptionStatus;
  Tier: Tier;
  User: ResolverTypeWrapper<UserReference>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BillingSubscription: BillingSubscription;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  CheckoutSession: CheckoutSession;
  DataExport: DataExportReference;
  ID: Scalars['ID']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Plan: PlanDefinition;
  Float: Scalars['Float']['output'];
  PlanQuotas: PlanQuotas;
  Int: Scalars['Int']['output'];
  PortalSession: PortalSession;
  Query: Record<PropertyKey, never>;
  User: UserReference;
}>;

export type BillingSubscriptionResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['BillingSubscription'] = ResolversParentTypes['BillingSubscription']> = ResolversObject<{
  cancelAtPeriodEnd?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currentPeriodEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SubscriptionStatus'], ParentType, ContextType>;
}>;

export type CheckoutSessionResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['CheckoutSession'] = ResolversParentTypes['CheckoutSession']> = ResolversObject<{
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DataExportResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['DataExport'] = ResolversParentTypes['DataExport'], FederationReferenceType extends FederationReferenceTypes['DataExport'] = FederationReferenceTypes['DataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  billing?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  openBillingPortal?: Resolver<ResolversTypes['PortalSession'], ParentType, ContextType>;
  startCheckout?: Resolver<ResolversTypes['CheckoutSession'], ParentType, ContextType, RequireFields<MutationStartCheckoutArgs, 'plan'>>;
}>;

export type PlanResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = ResolversObject<{
  features?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceMonthlyEur?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quotas?: Resolver<ResolversTypes['PlanQuotas'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
}>;

export type PlanQuotasResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['PlanQuotas'] = ResolversParentTypes['PlanQuotas']> = ResolversObject<{
  coachingSessionsPerMonth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  irisContextDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  irisMessagesPerDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lettersPerMonth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type PortalSessionResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['PortalSession'] = ResolversParentTypes['PortalSession']> = ResolversObject<{
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subscription?: Resolver<Maybe<ResolversTypes['BillingSubscription']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = BillingContext> = ResolversObject<{
  BillingSubscription?: BillingSubscriptionResolvers<ContextType>;
  CheckoutSession?: CheckoutSessionResolvers<ContextType>;
  DataExport?: DataExportResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanQuotas?: PlanQuotasResolvers<ContextType>;
  PortalSession?: PortalSessionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

