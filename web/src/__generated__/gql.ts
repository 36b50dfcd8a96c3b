/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AccountPage {\n    me {\n      id\n      ...ProfileCard_user\n      ...SubscriptionCard_user\n      ...ConsentSettings_user\n    }\n  }\n": typeof types.AccountPageDocument,
    "\n  fragment ConsentSettings_user on User {\n    id\n    consents {\n      purpose\n      granted\n      updatedAt\n    }\n  }\n": typeof types.ConsentSettings_UserFragmentDoc,
    "\n  mutation SetConsent($purpose: String!, $granted: Boolean!) {\n    setConsent(purpose: $purpose, granted: $granted) {\n      id\n      ...ConsentSettings_user\n    }\n  }\n": typeof types.SetConsentDocument,
    "\n  fragment ProfileCard_user on User {\n    email\n    displayName\n    tier\n    createdAt\n  }\n": typeof types.ProfileCard_UserFragmentDoc,
    "\n  fragment SubscriptionCard_user on User {\n    subscription {\n      plan\n      status\n      currentPeriodEnd\n      cancelAtPeriodEnd\n    }\n  }\n": typeof types.SubscriptionCard_UserFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...Session_payload\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...Session_payload\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query CheckoutReturn {\n    me {\n      id\n      tier\n      subscription {\n        plan\n        status\n      }\n    }\n  }\n": typeof types.CheckoutReturnDocument,
    "\n  mutation StartCheckout($plan: Tier!) {\n    startCheckout(plan: $plan) {\n      url\n    }\n  }\n": typeof types.StartCheckoutDocument,
    "\n  fragment PlanCard_plan on Plan {\n    tier\n    name\n    priceMonthlyEur\n    quotas {\n      lettersPerMonth\n      irisMessagesPerDay\n      irisContextDays\n      coachingSessionsPerMonth\n    }\n    features\n  }\n": typeof types.PlanCard_PlanFragmentDoc,
    "\n  query PricingPage {\n    plans {\n      tier\n      priceMonthlyEur\n      ...PlanCard_plan\n    }\n  }\n": typeof types.PricingPageDocument,
    "\n  fragment Session_payload on AuthPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    user {\n      id\n      displayName\n      tier\n    }\n  }\n": typeof types.Session_PayloadFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...Session_payload\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  query AccountPage {\n    me {\n      id\n      ...ProfileCard_user\n      ...SubscriptionCard_user\n      ...ConsentSettings_user\n    }\n  }\n": types.AccountPageDocument,
    "\n  fragment ConsentSettings_user on User {\n    id\n    consents {\n      purpose\n      granted\n      updatedAt\n    }\n  }\n": types.ConsentSettings_UserFragmentDoc,
    "\n  mutation SetConsent($purpose: String!, $granted: Boolean!) {\n    setConsent(purpose: $purpose, granted: $granted) {\n      id\n      ...ConsentSettings_user\n    }\n  }\n": types.SetConsentDocument,
    "\n  fragment ProfileCard_user on User {\n    email\n    displayName\n    tier\n    createdAt\n  }\n": types.ProfileCard_UserFragmentDoc,
    "\n  fragment SubscriptionCard_user on User {\n    subscription {\n      plan\n      status\n      currentPeriodEnd\n      cancelAtPeriodEnd\n    }\n  }\n": types.SubscriptionCard_UserFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...Session_payload\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...Session_payload\n    }\n  }\n": types.SignUpDocument,
    "\n  query CheckoutReturn {\n    me {\n      id\n      tier\n      subscription {\n        plan\n        status\n      }\n    }\n  }\n": types.CheckoutReturnDocument,
    "\n  mutation StartCheckout($plan: Tier!) {\n    startCheckout(plan: $plan) {\n      url\n    }\n  }\n": types.StartCheckoutDocument,
    "\n  fragment PlanCard_plan on Plan {\n    tier\n    name\n    priceMonthlyEur\n    quotas {\n      lettersPerMonth\n      irisMessagesPerDay\n      irisContextDays\n      coachingSessionsPerMonth\n    }\n    features\n  }\n": types.PlanCard_PlanFragmentDoc,
    "\n  query PricingPage {\n    plans {\n      tier\n      priceMonthlyEur\n      ...PlanCard_plan\n    }\n  }\n": types.PricingPageDocument,
    "\n  fragment Session_payload on AuthPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    user {\n      id\n      displayName\n      tier\n    }\n  }\n": types.Session_PayloadFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...Session_payload\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPage {\n    me {\n      id\n      ...ProfileCard_user\n      ...SubscriptionCard_user\n      ...ConsentSettings_user\n    }\n  }\n"): (typeof documents)["\n  query AccountPage {\n    me {\n      id\n      ...ProfileCard_user\n      ...SubscriptionCard_user\n      ...ConsentSettings_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentSettings_user on User {\n    id\n    consents {\n      purpose\n      granted\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ConsentSettings_user on User {\n    id\n    consents {\n      purpose\n      granted\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConsent($purpose: String!, $granted: Boolean!) {\n    setConsent(purpose: $purpose, granted: $granted) {\n      id\n      ...ConsentSettings_user\n    }\n  }\n"): (typeof documents)["\n  mutation SetConsent($purpose: String!, $granted: Boolean!) {\n    setConsent(purpose: $purpose, granted: $granted) {\n      id\n      ...ConsentSettings_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileCard_user on User {\n    email\n    displayName\n    tier\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ProfileCard_user on User {\n    email\n    displayName\n    tier\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubscriptionCard_user on User {\n    subscription {\n      plan\n      status\n      currentPeriodEnd\n      cancelAtPeriodEnd\n    }\n  }\n"): (typeof documents)["\n  fragment SubscriptionCard_user on User {\n    subscription {\n      plan\n      status\n      currentPeriodEnd\n      cancelAtPeriodEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...Session_payload\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...Session_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...Session_payload\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...Session_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutReturn {\n    me {\n      id\n      tier\n      subscription {\n        plan\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckoutReturn {\n    me {\n      id\n      tier\n      subscription {\n        plan\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCheckout($plan: Tier!) {\n    startCheckout(plan: $plan) {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation StartCheckout($plan: Tier!) {\n    startCheckout(plan: $plan) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanCard_plan on Plan {\n    tier\n    name\n    priceMonthlyEur\n    quotas {\n      lettersPerMonth\n      irisMessagesPerDay\n      irisContextDays\n      coachingSessionsPerMonth\n    }\n    features\n  }\n"): (typeof documents)["\n  fragment PlanCard_plan on Plan {\n    tier\n    name\n    priceMonthlyEur\n    quotas {\n      lettersPerMonth\n      irisMessagesPerDay\n      irisContextDays\n      coachingSessionsPerMonth\n    }\n    features\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricingPage {\n    plans {\n      tier\n      priceMonthlyEur\n      ...PlanCard_plan\n    }\n  }\n"): (typeof documents)["\n  query PricingPage {\n    plans {\n      tier\n      priceMonthlyEur\n      ...PlanCard_plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Session_payload on AuthPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    user {\n      id\n      displayName\n      tier\n    }\n  }\n"): (typeof documents)["\n  fragment Session_payload on AuthPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    user {\n      id\n      displayName\n      tier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...Session_payload\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...Session_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;