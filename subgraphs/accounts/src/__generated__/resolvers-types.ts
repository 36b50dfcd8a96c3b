import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRow } from '../db/schema.js';
import type { AccountsContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** A partner's API key. Its secret is shown only once, when it is created or rotated. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** Highest estimated cost of one operation; null for the gateway's partner default. */
  costLimit?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Last time the gateway resolved the key (recorded at most once a minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A label for people, e.g. "Production import". */
  name: Scalars['String']['output'];
  /** The partner's slug, e.g. `france-travail`: users share data with it through the `partner_sharing:<partner>` consent. */
  partner: Scalars['String']['output'];
  /** The start of the key, e.g. `phx_k7f3q9x2`: enough to recognise it, useless to call the API. */
  prefix: Scalars['String']['output'];
  /** Cost points per second the key's rate-limit bucket refills; null for the gateway's partner default. */
  rateLimit?: Maybe<Scalars['Int']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** `partner:<subgraph>.read` (or `.write`) for each subgraph the key may use. */
  scopes: Array<Scalars['String']['output']>;
  status: ApiKeyStatus;
};

/** Whether an API key works now. */
export type ApiKeyStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

/** Where a sign-up came from, for the product funnel. Pseudonymous: no personal data. */
export type AttributionInput = {
  utmCampaign?: InputMaybe<Scalars['String']['input']>;
  utmMedium?: InputMaybe<Scalars['String']['input']>;
  utmSource?: InputMaybe<Scalars['String']['input']>;
  /** The web client's random visitor id (8 to 64 characters), the same one sent with anonymous explorations. */
  visitorId?: InputMaybe<Scalars['String']['input']>;
};

/** A signed-in session: a short-lived access token and the refresh token that renews it. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Access JWT (EdDSA, at most 15 minutes), sent as `Authorization: Bearer <token>`. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque, single-use refresh token for `refreshSession`. Keep it secret. */
  refreshToken: Scalars['String']['output'];
  /**
   * The signed-in user. `email` and `consents` need a signed-in caller, so right after
   * signing in read them through `me` with the new access token.
   */
  user: User;
};

/** The users who signed up in one month, and how many were still active later. */
export type Cohort = {
  __typename?: 'Cohort';
  /** `YYYY-MM` (UTC). */
  period: Scalars['String']['output'];
  retention: Array<RetentionPoint>;
  size: Scalars['Int']['output'];
};

/** The user's current decision for one purpose of data processing. */
export type Consent = {
  __typename?: 'Consent';
  granted: Scalars['Boolean']['output'];
  /** `analytics`, `cross_app_context`, `research`, or `partner_sharing:<partner-slug>`. */
  purpose: Scalars['String']['output'];
  /** When the user last made this decision. */
  updatedAt: Scalars['DateTime']['output'];
};

export type CreateApiKeyInput = {
  /** 1 to 100000; omit for the gateway's partner default. */
  costLimit?: InputMaybe<Scalars['Int']['input']>;
  /** A future instant at most two years away; omit for a key that does not expire. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 1 to 80 characters. */
  name: Scalars['String']['input'];
  /** Partner slug: lower-case letters, digits and hyphens. */
  partner: Scalars['String']['input'];
  /** Cost points per second, 1 to 10000; omit for the gateway's partner default. */
  rateLimit?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 20 scopes, each `partner:<subgraph>.read` or `partner:<subgraph>.write`. */
  scopes: Array<Scalars['String']['input']>;
};

/** A key just issued: the only time its secret is shown. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The whole key, to send as `Authorization: ApiKey <secret>` or `X-Api-Key: <secret>`. */
  secret: Scalars['String']['output'];
};

/** The product funnel over a period. */
export type Funnel = {
  __typename?: 'Funnel';
  from: Scalars['DateTime']['output'];
  steps: Array<FunnelStep>;
  to: Scalars['DateTime']['output'];
};

/** How many people reached one step of the funnel. */
export type FunnelStep = {
  __typename?: 'FunnelStep';
  /** Share (0 to 1) of the previous step's people who reached this one; null for the first step. */
  conversionFromPrevious?: Maybe<Scalars['Float']['output']>;
  count: Scalars['Int']['output'];
  /** `visit`, `aube_score`, `sign_up`, `letter`, `checkout` or `subscription`. */
  name: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Admins: issues an API key for a partner. The secret is in the answer and never shown
   * again; only its SHA-256 is kept. Fails with BAD_USER_INPUT (and `extensions.field`) on
   * an invalid partner, name, scope, limit or expiry.
   */
  createApiKey: CreatedApiKey;
  /**
   * Exchanges a refresh token for a new access token and a new refresh token; the one given
   * stops working. Presenting a refresh token twice revokes its whole session.
   * Fails with TOKEN_EXPIRED when the refresh token has expired.
   */
  refreshSession: AuthPayload;
  /** Admins: stops a key at once (within the gateway's cache time, a few seconds). Revoking twice changes nothing. */
  revokeApiKey: ApiKey;
  /**
   * Admins: replaces an active key by a new one with the same partner, scopes and limits.
   * The old key keeps working for `graceSeconds` (0 to 604800; 0 revokes it at once).
   */
  rotateApiKey: CreatedApiKey;
  /** Records the caller's decision for one purpose. Every decision is kept in the consent history (who, when, granted). */
  setConsent: User;
  /** Signs in with email and password. Fails with INVALID_CREDENTIALS whichever of the two is wrong. */
  signIn: AuthPayload;
  /**
   * Ends the caller's current session (the one of their access token, else the one of the
   * given refresh token). True when the session is now revoked.
   */
  signOut: Scalars['Boolean']['output'];
  /** Creates an account (tier FREE, no roles) and signs it in. Fails with EMAIL_TAKEN when the email is in use. */
  signUp: AuthPayload;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationRefreshSessionArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateApiKeyArgs = {
  graceSeconds?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationSetConsentArgs = {
  granted: Scalars['Boolean']['input'];
  purpose: Scalars['String']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignOutArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};

export type Query = {
  __typename?: 'Query';
  /** Admins: partner API keys, newest first; revoked keys only with `includeRevoked`. */
  apiKeys: Array<ApiKey>;
  /** Admins: monthly sign-up cohorts in [from, to) with retention at 30, 60 and 90 days. */
  cohorts: Array<Cohort>;
  /**
   * Admins: the product funnel (visit, Aube score, sign-up, letter, checkout, subscription) of
   * the people who entered it in [from, to), built from the event log.
   */
  funnel: Funnel;
  /** The signed-in user, or null for an anonymous caller. */
  me?: Maybe<User>;
  /**
   * A user by id, for administrators and for partner keys holding `partner:accounts.read`.
   * A partner reads only users who share their data with it (`partner_sharing:<partner>`
   * consent granted); anyone else gets FORBIDDEN.
   */
  user?: Maybe<User>;
};


export type QueryApiKeysArgs = {
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
  partner?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCohortsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryFunnelArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

/** Retention at one horizon: users active on or after that many days after sign-up. */
export type RetentionPoint = {
  __typename?: 'RetentionPoint';
  day: Scalars['Int']['output'];
  /** Users whose horizon has passed, and so can be counted. */
  eligible: Scalars['Int']['output'];
  /** retained / eligible, or null when nobody is eligible yet. */
  rate?: Maybe<Scalars['Float']['output']>;
  retained: Scalars['Int']['output'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignUpInput = {
  /** Optional: the visit that led to this sign-up. */
  attribution?: InputMaybe<AttributionInput>;
  /** 1 to 80 characters once trimmed. */
  displayName: Scalars['String']['input'];
  /** Any case and surrounding spaces; stored normalised. Must not belong to another account. */
  email: Scalars['String']['input'];
  /** 10 to 256 characters. */
  password: Scalars['String']['input'];
};

/** The paid tiers of Phoenix. Accounts owns each user's current tier; billing owns the plan catalog. */
export type Tier =
  | 'FREE'
  | 'PREMIUM'
  | 'PREMIUM_PLUS';

/** A person with a Phoenix account. Every subgraph adds its own fields to it. */
export type User = {
  __typename?: 'User';
  /**
   * The user's consent decisions, one per purpose decided so far. A purpose not listed has
   * not been granted. Only the user themself and admins may read them.
   */
  consents: Array<Consent>;
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The name shown in the app, 1 to 80 characters. */
  displayName: Scalars['String']['output'];
  /** Sign-in email, normalised (trimmed, lower case). Only the user themself and admins may read it. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Roles granted to the user, e.g. `admin`. Empty for most users. */
  roles: Array<Scalars['String']['output']>;
  /** The user's current tier; FREE until a subscription is paid. */
  tier: Tier;
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
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiKey: ResolverTypeWrapper<ApiKey>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApiKeyStatus: ApiKeyStatus;
  AttributionInput: AttributionInput;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  Cohort: ResolverTypeWrapper<Cohort>;
  Consent: ResolverTypeWrapper<Consent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreatedApiKey: ResolverTypeWrapper<CreatedApiKey>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Funnel: ResolverTypeWrapper<Funnel>;
  FunnelStep: ResolverTypeWrapper<FunnelStep>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RetentionPoint: ResolverTypeWrapper<RetentionPoint>;
  SignInInput: SignInInput;
  SignUpInput: SignUpInput;
  Tier: Tier;
  User: ResolverTypeWrapper<UserRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiKey: ApiKey;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AttributionInput: AttributionInput;
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  Cohort: Cohort;
  Consent: Consent;
  Boolean: Scalars['Boolean']['output'];
  CreateApiKeyInput: CreateApiKeyInput;
  CreatedApiKey: CreatedApiKey;
  DateTime: Scalars['DateTime']['output'];
  Funnel: Funnel;
  FunnelStep: FunnelStep;
  Float: Scalars['Float']['output'];
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  RetentionPoint: RetentionPoint;
  SignInInput: SignInInput;
  SignUpInput: SignUpInput;
  User: UserRow;
}>;

export type ApiKeyResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  costLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApiKeyStatus'], ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type CohortResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Cohort'] = ResolversParentTypes['Cohort']> = ResolversObject<{
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retention?: Resolver<Array<ResolversTypes['RetentionPoint']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConsentResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = ResolversObject<{
  granted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FunnelResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Funnel'] = ResolversParentTypes['Funnel']> = ResolversObject<{
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['FunnelStep']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type FunnelStepResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['FunnelStep'] = ResolversParentTypes['FunnelStep']> = ResolversObject<{
  conversionFromPrevious?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  refreshSession?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, Partial<MutationRefreshSessionArgs>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  rotateApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationRotateApiKeyArgs, 'graceSeconds' | 'id'>>;
  setConsent?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetConsentArgs, 'granted' | 'purpose'>>;
  signIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<MutationSignOutArgs>>;
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
}>;

export type QueryResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'includeRevoked'>>;
  cohorts?: Resolver<Array<ResolversTypes['Cohort']>, ParentType, ContextType, RequireFields<QueryCohortsArgs, 'from' | 'to'>>;
  funnel?: Resolver<ResolversTypes['Funnel'], ParentType, ContextType, RequireFields<QueryFunnelArgs, 'from' | 'to'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
}>;

export type RetentionPointResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['RetentionPoint'] = ResolversParentTypes['RetentionPoint']> = ResolversObject<{
  day?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  retained?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AccountsContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Cohort?: CohortResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Funnel?: FunnelResolvers<ContextType>;
  FunnelStep?: FunnelStepResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RetentionPoint?: RetentionPointResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

