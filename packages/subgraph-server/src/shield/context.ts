import type { Principal } from '@phoenix/context-token';

/** Answers whether a user lets a partner read their data (`partner_sharing:<partner>` granted). */
export interface ConsentSource {
  hasPartnerConsent(partnerId: string, userId: string): Promise<boolean>;
}

/**
 * What the shared rules read from the context, at the gateway and in every subgraph. A
 * subgraph's context already holds `principal`; accounts adds `consents`.
 */
export interface RuleContext {
  principal: Principal;
  /**
   * `gateway` while the gateway checks an operation before planning: parent objects are then
   * known only by the ids the operation names, and a rule that needs more lets the subgraph decide.
   */
  phase?: 'gateway';
  consents?: ConsentSource;
}
