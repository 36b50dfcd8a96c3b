import type { Database } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';
import { fetchedAt, parseSubscription, StripePayloadError } from '../domain/stripe-objects.js';
import type { StripeAccess } from '../stripe/access.js';
import { syncSubscription } from '../sync/subscription-sync.js';

export interface ReconcileReport {
  /** Subscriptions read from Stripe. */
  examined: number;
  /** Those whose local state was missing or wrong, now repaired. */
  repaired: number;
  /** Billing events published (activations, cancellations) that missed webhooks would have published. */
  announced: number;
  /** Subscriptions that are not Phoenix's (no known user or plan) or could not be read. */
  skipped: number;
}

export interface ReconcileDependencies {
  db: Database;
  stripe: StripeAccess;
  logger: Logger;
  now?: () => Date;
}

/**
 * Reads every subscription from Stripe, whatever its status, and records each as a fresh
 * observation: local rows that missed webhooks (past Stripe's retry window) are repaired
 * and the events those webhooks would have caused are published. Safe to run at any time
 * and as often as wanted: a second run finds nothing to repair.
 */
export async function reconcileSubscriptions(deps: ReconcileDependencies): Promise<ReconcileReport> {
  const { db, stripe, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const report: ReconcileReport = { examined: 0, repaired: 0, announced: 0, skipped: 0 };
  for await (const subscription of stripe.client.subscriptions.list({ status: 'all', limit: 100 })) {
    report.examined += 1;
    let facts;
    try {
      facts = parseSubscription(subscription);
    } catch (error) {
      if (!(error instanceof StripePayloadError)) throw error;
      logger.warn({ problems: error.problems }, 'reconcile: subscription skipped');
      report.skipped += 1;
      continue;
    }
    const observedAt = fetchedAt(now());
    const outcome = await db.transaction((tx) => syncSubscription(tx, facts, observedAt, stripe.planOfPrice));
    if ('ignored' in outcome) {
      report.skipped += 1;
      continue;
    }
    if (outcome.changed) report.repaired += 1;
    if (outcome.announced) report.announced += 1;
  }
  logger.info(report, 'reconciliation finished');
  return report;
}
