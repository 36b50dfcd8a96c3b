import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DataExportReference } from '@phoenix/subgraph-server';
import type { ConversationRow, MessageRow } from '../db/schema.js';
import type { ReplyChunk } from '../domain/chunks.js';
import type { TopicDefinition } from '../domain/topics.js';
import type { UserReference } from '../resolvers/User.js';
import type { IrisContext } from '../context.js';
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

export type DataExport = {
  __typename?: 'DataExport';
  /** Everything iris holds about the user (JSON Schema: docs/data-export.schema.json, `properties.iris`). */
  iris: Scalars['JSON']['output'];
  userId: Scalars['ID']['output'];
};

/** A conversation with Iris. Only its owner sees it; it is kept per the plan's history retention. */
export type IrisConversation = {
  __typename?: 'IrisConversation';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastMessageAt: Scalars['DateTime']['output'];
  /** The newest messages, oldest first. `first` 1–100. */
  messages: Array<IrisMessage>;
  /** The topic it was started with (each message keeps its own). */
  topic: IrisTopic;
};


/** A conversation with Iris. Only its owner sees it; it is kept per the plan's history retention. */
export type IrisConversationMessagesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A message of a conversation: the user's, or Iris's reply. */
export type IrisMessage = {
  __typename?: 'IrisMessage';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** On a completed reply: the id to rate it with `giveFeedback`. */
  completionId?: Maybe<Scalars['ID']['output']>;
  conversationId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set on a FAILED reply. */
  failure?: Maybe<IrisReplyFailure>;
  id: Scalars['ID']['output'];
  /** On a reply: the user's message it answers. */
  inReplyTo?: Maybe<Scalars['ID']['output']>;
  /** On a user's message: Iris's reply to it. */
  reply?: Maybe<IrisMessage>;
  role: IrisRole;
  status: IrisMessageStatus;
  /** The text; for a reply, null until it is COMPLETED (the chunks stream through `irisReply`). */
  text?: Maybe<Scalars['String']['output']>;
  topic: IrisTopic;
};

export type IrisMessageStatus =
  | 'COMPLETED'
  /** No reply could be written; the message was not counted against the quota. */
  | 'FAILED'
  /** The reply waits for a worker (a user's message is always COMPLETED). */
  | 'PENDING'
  /** The reply is being written: follow it with `Subscription.irisReply`. */
  | 'STREAMING';

/** Messages sent to Iris today (in the service's time zone) and what the plan allows. */
export type IrisQuota = {
  __typename?: 'IrisQuota';
  /** Days of conversation history kept and read by Iris. */
  contextDays: Scalars['Int']['output'];
  /** Null: unlimited. */
  limit?: Maybe<Scalars['Int']['output']>;
  /** Null: unlimited. */
  remaining?: Maybe<Scalars['Int']['output']>;
  /** The next local midnight, when the count starts again. */
  resetsAt: Scalars['DateTime']['output'];
  used: Scalars['Int']['output'];
};

/**
 * One piece of a reply as it is written. Chunks of a reply are numbered from 0 (`index`); a
 * chunk with `restart` means the reply starts over (the service restarted or the AI provider
 * changed mid-answer): discard the text received so far. The last chunk has `done`.
 */
export type IrisReplyChunk = {
  __typename?: 'IrisReplyChunk';
  conversationId: Scalars['ID']['output'];
  /** Text to append (empty on `restart` and final chunks). */
  delta: Scalars['String']['output'];
  /** The reply is complete (or failed, see `failure`): the subscription ends after this chunk. */
  done: Scalars['Boolean']['output'];
  /** Set on the final chunk when no reply could be written. */
  failure?: Maybe<IrisReplyFailure>;
  /** The user's message it answers. */
  inReplyTo: Scalars['ID']['output'];
  index: Scalars['Int']['output'];
  /** The reply being written. */
  messageId: Scalars['ID']['output'];
  restart: Scalars['Boolean']['output'];
  /** The conversation's owner. */
  user: User;
};

/** Why Iris could not reply. */
export type IrisReplyFailure =
  /** The AI guardian refused the conversation as a prompt-injection attempt. */
  | 'AI_INPUT_BLOCKED'
  /** The AI layer failed. */
  | 'GENERATION_FAILED'
  /** The reply was interrupted too many times (service restarts). */
  | 'TOO_MANY_ATTEMPTS';

export type IrisRole =
  | 'ASSISTANT'
  | 'USER';

/** A subject of conversation, with its French label. */
export type IrisTopic = {
  __typename?: 'IrisTopic';
  /** One French sentence on what the topic covers. */
  description: Scalars['String']['output'];
  key: IrisTopicKey;
  /** French label, e.g. « Lettre de motivation ». */
  label: Scalars['String']['output'];
};

/** The subjects Iris helps with (DOMAIN.md). Stored and published in lower case (`lettre_motivation`). */
export type IrisTopicKey =
  | 'CV'
  | 'ENTRETIEN'
  | 'LETTRE_MOTIVATION'
  | 'RECONVERSION'
  | 'STRATEGIE_CARRIERE';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Sends Iris a message (1–2,000 characters) and returns it at once; the reply is written in the
   * background and streamed by `Subscription.irisReply` (subscribe right after: nothing is
   * missed). Daily quota per plan (FREE 5, PREMIUM 50, PREMIUM_PLUS unlimited): QUOTA_EXCEEDED
   * with `limit` and `resetsAt`. BAD_USER_INPUT with `field` for invalid input (nothing is
   * stored), with `reason: AI_INPUT_BLOCKED` when the guardian refuses the text, with
   * `reason: REPLY_IN_PROGRESS` while Iris is still answering in that conversation. NOT_FOUND
   * for a conversation that is not the caller's.
   */
  sendIrisMessage: IrisMessage;
};


export type MutationSendIrisMessageArgs = {
  input: SendIrisMessageInput;
};

export type Query = {
  __typename?: 'Query';
  /** One of the caller's conversations; NOT_FOUND when it does not exist or is someone else's. */
  irisConversation?: Maybe<IrisConversation>;
  /** The topics Iris helps with, for a signed-in user. */
  irisTopics: Array<IrisTopic>;
};


export type QueryIrisConversationArgs = {
  id: Scalars['ID']['input'];
};

export type SendIrisMessageInput = {
  /** One of the caller's conversations; omit to start a new one. */
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–2,000 characters. */
  text: Scalars['String']['input'];
  topic: IrisTopicKey;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Streams Iris's reply in a conversation of the caller, chunk by chunk, then completes. It
   * follows the reply being written (or finished and not yet delivered), replaying the chunks
   * already written first; when there is none, the next reply of the conversation.
   * NOT_FOUND for a conversation that is not the caller's.
   */
  irisReply: IrisReplyChunk;
};


export type SubscriptionIrisReplyArgs = {
  conversationId: Scalars['ID']['input'];
};

/** The paid tiers of Phoenix (owned by accounts). */
export type Tier =
  | 'FREE'
  | 'PREMIUM'
  | 'PREMIUM_PLUS';

export type User = {
  __typename?: 'User';
  /** The user's conversations with Iris, most recently active first. `first` 1–50. Only the user themself. */
  conversations: Array<IrisConversation>;
  id: Scalars['ID']['output'];
  /** Iris messages left today. The user themself and admins. */
  irisQuota: IrisQuota;
  /** The user's tier, from accounts: it sets the Iris quota and history. */
  tier: Tier;
};


export type UserConversationsArgs = {
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
  DataExport: ResolverTypeWrapper<DataExportReference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  IrisConversation: ResolverTypeWrapper<ConversationRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IrisMessage: ResolverTypeWrapper<MessageRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  IrisMessageStatus: IrisMessageStatus;
  IrisQuota: ResolverTypeWrapper<IrisQuota>;
  IrisReplyChunk: ResolverTypeWrapper<ReplyChunk>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  IrisReplyFailure: IrisReplyFailure;
  IrisRole: IrisRole;
  IrisTopic: ResolverTypeWrapper<TopicDefinition>;
  IrisTopicKey: IrisTopicKey;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SendIrisMessageInput: SendIrisMessageInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tier: Tier;
  User: ResolverTypeWrapper<UserReference>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DataExport: DataExportReference;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  IrisConversation: ConversationRow;
  Int: Scalars['Int']['output'];
  IrisMessage: MessageRow;
  String: Scalars['String']['output'];
  IrisQuota: IrisQuota;
  IrisReplyChunk: ReplyChunk;
  Boolean: Scalars['Boolean']['output'];
  IrisTopic: TopicDefinition;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  SendIrisMessageInput: SendIrisMessageInput;
  Subscription: Record<PropertyKey, never>;
  User: UserReference;
}>;

export type DataExportResolvers<ContextType = IrisContext, ParentType extends ResolversParentTypes['DataExport'] = ResolversParentTypes['DataExport'], FederationReferenceType extends FederationReferenceTypes['DataExport'] = FederationReferenceTypes['DataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  iris?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IrisConversationResolvers<ContextType = IrisContext, ParentType extends ResolversParentTypes['IrisConversation'] = ResolversParentTypes['IrisConversation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastMessageAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['IrisMessage']>, ParentType, ContextType, RequireFields<IrisConversationMessagesArgs, 'first'>>;
  topic?: Resolver<ResolversTypes['IrisTopic'], ParentType, ContextType>;
}>;

export type IrisMessageResolvers<ContextType = IrisContext, ParentType extends ResolversParentTypes['IrisMessage'] = ResolversParentTypes['IrisMessage']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  conversationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['IrisReplyFailure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inReplyTo?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['IrisMessage']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['IrisRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IrisMessageStatus'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['IrisTopic'], ParentType, ContextType>;
}>;

export type IrisQuotaResolvers<ContextType = IrisContext, ParentType extends ResolversParentTypes['IrisQuota'] = ResolversParentTypes['IrisQuota']> = ResolversObject<{
  contextDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remaining?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resetsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IrisReplyChunkResolvers<ContextType = IrisContext, ParentType extends ResolversParentTypes['IrisReplyChunk'] = ResolversParentTypes['IrisReplyChunk']> = ResolversObject<{
  conversationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  delta?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['IrisReplyFailure']>, ParentType, ContextType>;
  inReplyTo?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  restart?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type IrisTopicResolvers<ContextType = IrisContext, ParentType extends ResolversParentTypes['IrisTopic'] = ResolversParentTypes['IrisTopic']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['IrisTopicKey'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = IrisContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  sendIrisMessage?: Resolver<ResolversTypes['IrisMessage'], ParentType, ContextType, RequireFields<MutationSendIrisMessageArgs, 'input'>>;
}>;

export type QueryResolvers<ContextType = IrisContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  irisConversation?: Resolver<Maybe<ResolversTypes['IrisConversation']>, ParentType, ContextType, RequireFields<QueryIrisConversationArgs, 'id'>>;
  irisTopics?: Resolver<Array<ResolversTypes['IrisTopic']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = IrisContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  irisReply?: SubscriptionResolver<ResolversTypes['IrisReplyChunk'], "irisReply", ParentType, ContextType, RequireFields<SubscriptionIrisReplyArgs, 'conversationId'>>;
}>;

export type UserResolvers<ContextType = IrisContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  conversations?: Resolver<Array<ResolversTypes['IrisConversation']>, ParentType, ContextType, RequireFields<UserConversationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  irisQuota?: Resolver<ResolversTypes['IrisQuota'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IrisContext> = ResolversObject<{
  DataExport?: DataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  IrisConversation?: IrisConversationResolvers<ContextType>;
  IrisMessage?: IrisMessageResolvers<ContextType>;
  IrisQuota?: IrisQuotaResolvers<ContextType>;
  IrisReplyChunk?: IrisReplyChunkResolvers<ContextType>;
  IrisTopic?: IrisTopicResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

