import type { BaseContext } from '@apollo/server';
import type { Principal } from '@phoenix/context-token';
import type { PartnerKeyLimits } from './cost/limits.js';

/** What every resolver-less step of the gateway (plugins, data sources) knows about a request. */
export interface GatewayContext extends BaseContext {
  principal: Principal;
  /** A partner key's own cost limit and refill rate, when it has them. */
  partnerLimits?: PartnerKeyLimits;
  /** The client's address (behind `GATEWAY_TRUST_PROXY` proxies), for its rate-limit bucket. */
  clientIp: string;
  /** W3C trace context of the incoming request, forwarded to subgraphs when well formed. */
  traceparent?: string;
}

const TRACEPARENT = /^[\da-f]{2}-[\da-f]{32}-[\da-f]{16}-[\da-f]{2}$/;

/** The incoming `traceparent` header when it is a valid W3C value, else undefined. */
export function readTraceparent(value: string | undefined): string | undefined {
  return value && TRACEPARENT.test(value) ? value : undefined;
}
