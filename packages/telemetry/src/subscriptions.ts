import { metrics } from './metrics.js';

/** What the graphql-ws servers report; `subscription` is the root field name from the schema, never client input. */
export interface SubscriptionMetrics {
  connectionOpened(): void;
  connectionClosed(): void;
  subscriptionStarted(subscription: string): void;
  subscriptionEnded(subscription: string): void;
  delivered(subscription: string): void;
  /** A subscriber's bounded queue overflowed (it was too slow) and the subscription was ended. */
  overflowed(subscription: string): void;
}

/** The WebSocket and subscription metrics of `service` (gateway or a subgraph). */
export function subscriptionMetrics(service: string): SubscriptionMetrics {
  return {
    connectionOpened: () => metrics.wsConnections.inc({ service }),
    connectionClosed: () => metrics.wsConnections.dec({ service }),
    subscriptionStarted: (subscription) => metrics.subscriptionsActive.inc({ service, subscription }),
    subscriptionEnded: (subscription) => metrics.subscriptionsActive.dec({ service, subscription }),
    delivered: (subscription) => metrics.subscriptionDeliveries.inc({ service, subscription }),
    overflowed: (subscription) => metrics.subscriptionOverflows.inc({ service, subscription }),
  };
}
