import type { SubscriptionResolvers } from '../__generated__/resolvers-types.js';
import { HealthFeed } from '../health/feed.js';
import type { SystemHealth } from '../health/monitor.js';
import { systemHealthToGraphQL } from '../health/to-graphql.js';

export const Subscription: SubscriptionResolvers = {
  systemHealth: {
    subscribe: (_parent, _args, { health, settings }) => new HealthFeed(health, settings.healthPushIntervalMs),
    resolve: (health: SystemHealth) => systemHealthToGraphQL(health),
  },
};
