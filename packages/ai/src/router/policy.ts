import type { Tier } from '@phoenix/context-token';
import type { AiTask } from '../tasks.js';
import type { ProviderName } from '../types.js';

/** Which tasks and tiers may use a remote provider when one is configured. */
export interface RoutingPolicy {
  /** Tiers whose requests go to the remote provider; anonymous requests count as FREE. */
  remoteTiers: readonly Tier[];
  /** Tasks sent to the remote provider; empty means every task. */
  remoteTasks: readonly AiTask[];
}

export const DEFAULT_POLICY: RoutingPolicy = { remoteTiers: ['FREE', 'PREMIUM', 'PREMIUM_PLUS'], remoteTasks: [] };

/** The provider the policy prefers for a task and tier; `local` when no remote applies. */
export function preferredProvider(policy: RoutingPolicy, remote: ProviderName | undefined, task: AiTask, tier: Tier | undefined): ProviderName {
  if (!remote) return 'local';
  const taskAllowed = policy.remoteTasks.length === 0 || policy.remoteTasks.includes(task);
  const tierAllowed = policy.remoteTiers.includes(tier ?? 'FREE');
  return taskAllowed && tierAllowed ? remote : 'local';
}
