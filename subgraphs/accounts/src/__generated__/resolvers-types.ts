import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DataExportModel } from '../export/data-export.js';
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
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
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

/** Who acted, in the audit trail. */
export type AuditActorKind =
  | 'ADMIN'
  | 'PARTNER'
  | 'SERVICE'
  | 'USER';

/**
 * One record of the audit trail. Append-only: never changed, except that an erased user's id
 * is replaced by a pseudonym.
 */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** `read`, `change`, `export` or `erase`. */
  action: Scalars['String']['output'];
  /** A user id (USER, ADMIN), an API key id (PARTNER) or a service name (SERVICE). */
  actorId: Scalars['ID']['output'];
  actorKind: AuditActorKind;
  at: Scalars['DateTime']['output'];
  /** The fields read (`User.email`, `Query.user`…) or set by a change (`Consent.granted`, `ApiKey.revokedAt`…). */
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The GraphQL operation's name, when it had one. */
  operationName?: Maybe<Scalars['String']['output']>;
  outcome: AuditOutcome;
  /** The partner's slug when a partner key acted; null otherwise. */
  partner?: Maybe<Scalars['String']['output']>;
  /**
   * What was touched: `User` (for reads, the fields are in `fields`), `Consent:<purpose>`,
   * `ApiKey:<id>`, `DataExport`, `AuditTrail`…
   */
  resource: Scalars['String']['output'];
  /** Where it was recorded: a subgraph's name, or `gateway` for the partner reads it refused. */
  subgraph: Scalars['String']['output'];
  /** The user whose data was concerned; null when the action concerned no one user. */
  subjectUserId?: Maybe<Scalars['ID']['output']>;
  /** The W3C trace id of the request, to find it in traces and logs. */
  traceId?: Maybe<Scalars['String']['output']>;
};

/** Whether an audited action was allowed. */
export type AuditOutcome =
  | 'ALLOWED'
  | 'REFUSED';

/** A page of the audit trail, newest first. */
export type AuditPage = {
  __typename?: 'AuditPage';
  entries: Array<AuditEntry>;
  /** Pass it as `after` to get the next (older) page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
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
  /** Version of the consent text the decision was made on, e.g. `2026-01`. */
  textVersion: Scalars['String']['output'];
  /** When the user last made this decision. */
  updatedAt: Scalars['DateTime']['output'];
};

/** One consent decision, as the history keeps it. */
export type ConsentChange = {
  __typename?: 'ConsentChange';
  changedAt: Scalars['DateTime']['output'];
  /** True when the user made the decision themself; false when an administrator recorded it. */
  changedByUser: Scalars['Boolean']['output'];
  granted: Scalars['Boolean']['output'];
  purpose: Scalars['String']['output'];
  /** Version of the consent text the decision was made on. */
  textVersion: Scalars['String']['output'];
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

/**
 * A copy of everything Phoenix holds about the caller: one section per subgraph, each a JSON
 * object described by the JSON Schema at `schemaUrl` (docs/data-export.schema.json).
 */
export type DataExport = {
  __typename?: 'DataExport';
  /**
   * What accounts holds: profile, consents and their history, sessions (never tokens),
   * funnel attribution, activity days, and the partner API keys the user created as an admin (never secrets).
   */
  accounts: Scalars['JSON']['output'];
  /** Version of the document's format. */
  formatVersion: Scalars['Int']['output'];
  generatedAt: Scalars['DateTime']['output'];
  /** Id of this export, also in the `user.data_exported` event. */
  id: Scalars['ID']['output'];
  /** Where the JSON Schema of the whole document is served (the gateway, `/schemas/data-export.v1.json`). */
  schemaUrl: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

/** How many rows of one table an erasure deleted or pseudonymised. */
export type ErasedTable = {
  __typename?: 'ErasedTable';
  rows: Scalars['Int']['output'];
  /** `<schema>.<table>`, e.g. `accounts.sessions`. */
  table: Scalars['String']['output'];
};

/**
 * The record of an account erasure. It never names the user: its id is the `user.deleted`
 * event's id. DONE once every subgraph reported and the event log was pseudonymised.
 */
export type Erasure = {
  __typename?: 'Erasure';
  /** When the erasure completed; null while PENDING. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  requestedAt: Scalars['DateTime']['output'];
  /** `user` (deleteMyAccount) or `admin` (eraseUser). */
  requestedBy: Scalars['String']['output'];
  status: ErasureStatus;
  /** One step per subgraph holding personal data, in a fixed order. */
  steps: Array<ErasureStep>;
};

/** Where an account erasure, or one subgraph's part of it, stands. */
export type ErasureStatus =
  | 'DONE'
  | 'PENDING';

/** One subgraph's part of an erasure: DONE once it reported what it erased. */
export type ErasureStep = {
  __typename?: 'ErasureStep';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Rows deleted or pseudonymised per table; empty while PENDING. */
  rows: Array<ErasedTable>;
  status: ErasureStatus;
  /** `accounts`, `aube`, `letters`, `rise`, `iris`, `billing` or `agents`. */
  subgraph: Scalars['String']['output'];
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
   * Deletes the caller's account for good. `confirmEmail` must be the account's email (any
   * case, surrounding spaces ignored), else BAD_USER_INPUT (`extensions.field` is
   * `confirmEmail`) and nothing changes. At once: the account, its sessions (every refresh
   * token stops working) and consents are deleted; then every subgraph erases or
   * pseudonymises its data about the caller (`user.deleted`). Aggregates such as funnel
   * counts keep the person under a random id that leads to nobody. True when done.
   */
  deleteMyAccount: Scalars['Boolean']['output'];
  /** Admins: erases a user's account as `deleteMyAccount` does. NOT_FOUND for an unknown user. */
  eraseUser: Erasure;
  /**
   * A copy of all the caller's data, every subgraph's section in one document (announced
   * by `user.data_exported`). Save `data.exportMyData` as a `.json` file.
   */
  exportMyData: DataExport;
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
  /**
   * Records the caller's decision for one purpose, made on the consent text `textVersion`
   * (default: the current text). Every decision is kept in the consent history (who, when,
   * granted, text version). An unknown purpose or text version fails with BAD_USER_INPUT.
   */
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


export type MutationDeleteMyAccountArgs = {
  confirmEmail: Scalars['String']['input'];
};


export type MutationEraseUserArgs = {
  id: Scalars['ID']['input'];
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
  textVersion?: InputMaybe<Scalars['String']['input']>;
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
  /**
   * Admins: the audit trail, newest first: who (user, admin, partner key, service) read or
   * changed whose personal data, when, and whether it was allowed. Filters combine; `from` is
   * inclusive, `to` exclusive; `first` 1 to 200; `after` is the previous page's `nextCursor`.
   * Reading it is itself recorded.
   */
  auditTrail: AuditPage;
  /** Admins: monthly sign-up cohorts in [from, to) with retention at 30, 60 and 90 days. */
  cohorts: Array<Cohort>;
  /** Admins: one erasure by its id (also the `user.deleted` event's id); null when there is none. */
  erasure?: Maybe<Erasure>;
  /** Admins: account erasures, newest first (`first`: 1 to 100), with what each subgraph did. */
  erasures: Array<Erasure>;
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


export type QueryAuditTrailArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  actorKind?: InputMaybe<AuditActorKind>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  subjectUserId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryCohortsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryErasureArgs = {
  id: Scalars['ID']['input'];
};


export type QueryErasuresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /**
   * Optional: purposes the person grants while signing up (e.g. `["analytics"]`), on the
   * current consent texts; recorded in the consent history like `setConsent`.
   */
  consents?: InputMaybe<Array<Scalars['String']['input']>>;
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
   * The user's consent decisions, newest first (`first`: 1 to 200): every grant and withdrawal,
   * with the text version it was made on. Only the user themself and admins may read it.
   */
  consentHistory: Array<ConsentChange>;
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


/** A person with a Phoenix account. Every subgraph adds its own fields to it. */
export type UserConsentHistoryArgs = {
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
  ApiKey: ResolverTypeWrapper<ApiKey>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApiKeyStatus: ApiKeyStatus;
  AttributionInput: AttributionInput;
  AuditActorKind: AuditActorKind;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditOutcome: AuditOutcome;
  AuditPage: ResolverTypeWrapper<AuditPage>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  Cohort: ResolverTypeWrapper<Cohort>;
  Consent: ResolverTypeWrapper<Consent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConsentChange: ResolverTypeWrapper<ConsentChange>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreatedApiKey: ResolverTypeWrapper<CreatedApiKey>;
  DataExport: ResolverTypeWrapper<DataExportModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErasedTable: ResolverTypeWrapper<ErasedTable>;
  Erasure: ResolverTypeWrapper<Erasure>;
  ErasureStatus: ErasureStatus;
  ErasureStep: ResolverTypeWrapper<ErasureStep>;
  Funnel: ResolverTypeWrapper<Funnel>;
  FunnelStep: ResolverTypeWrapper<FunnelStep>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
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
  AuditEntry: AuditEntry;
  AuditPage: AuditPage;
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  Cohort: Cohort;
  Consent: Consent;
  Boolean: Scalars['Boolean']['output'];
  ConsentChange: ConsentChange;
  CreateApiKeyInput: CreateApiKeyInput;
  CreatedApiKey: CreatedApiKey;
  DataExport: DataExportModel;
  DateTime: Scalars['DateTime']['output'];
  ErasedTable: ErasedTable;
  Erasure: Erasure;
  ErasureStep: ErasureStep;
  Funnel: Funnel;
  FunnelStep: FunnelStep;
  Float: Scalars['Float']['output'];
  JSON: Scalars['JSON']['output'];
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

export type AuditEntryResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['AuditActorKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  traceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditPageResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['AuditPage'] = ResolversParentTypes['AuditPage']> = ResolversObject<{
  entries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  textVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ConsentChangeResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['ConsentChange'] = ResolversParentTypes['ConsentChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedByUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  granted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  textVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DataExportResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['DataExport'] = ResolversParentTypes['DataExport'], FederationReferenceType extends FederationReferenceTypes['DataExport'] = FederationReferenceTypes['DataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accounts?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  formatVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  schemaUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ErasedTableResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['ErasedTable'] = ResolversParentTypes['ErasedTable']> = ResolversObject<{
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  table?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ErasureResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Erasure'] = ResolversParentTypes['Erasure']> = ResolversObject<{
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ErasureStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ErasureStep']>, ParentType, ContextType>;
}>;

export type ErasureStepResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['ErasureStep'] = ResolversParentTypes['ErasureStep']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ErasedTable']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ErasureStatus'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

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

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  deleteMyAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteMyAccountArgs, 'confirmEmail'>>;
  eraseUser?: Resolver<ResolversTypes['Erasure'], ParentType, ContextType, RequireFields<MutationEraseUserArgs, 'id'>>;
  exportMyData?: Resolver<ResolversTypes['DataExport'], ParentType, ContextType>;
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
  auditTrail?: Resolver<ResolversTypes['AuditPage'], ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'first'>>;
  cohorts?: Resolver<Array<ResolversTypes['Cohort']>, ParentType, ContextType, RequireFields<QueryCohortsArgs, 'from' | 'to'>>;
  erasure?: Resolver<Maybe<ResolversTypes['Erasure']>, ParentType, ContextType, RequireFields<QueryErasureArgs, 'id'>>;
  erasures?: Resolver<Array<ResolversTypes['Erasure']>, ParentType, ContextType, RequireFields<QueryErasuresArgs, 'first'>>;
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
  consentHistory?: Resolver<Array<ResolversTypes['ConsentChange']>, ParentType, ContextType, RequireFields<UserConsentHistoryArgs, 'first'>>;
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
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditPage?: AuditPageResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Cohort?: CohortResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentChange?: ConsentChangeResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  DataExport?: DataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ErasedTable?: ErasedTableResolvers<ContextType>;
  Erasure?: ErasureResolvers<ContextType>;
  ErasureStep?: ErasureStepResolvers<ContextType>;
  Funnel?: FunnelResolvers<ContextType>;
  FunnelStep?: FunnelStepResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RetentionPoint?: RetentionPointResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

