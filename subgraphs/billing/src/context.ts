import type { Request } from 'express';
import type { Principal } from '@phoenix/context-token';
import type { Database } from '@phoenix/db';
import type { SubgraphContext } from '@phoenix/subgraph-server';
import { createLoaders, type BillingLoaders } from './loaders.js';
import type { PaymentServices } from './services/payments.js';

export interface BillingContext extends SubgraphContext {
  db: Database;
  loaders: BillingLoaders;
  payments: PaymentServices;
}

/** A fresh context (and fresh DataLoaders) for each request. */
export function createBillingContext(db: Database, payments: PaymentServices) {
  return ({ principal }: { principal: Principal; request: Request }): BillingContext => ({
    principal,
    db,
    payments,
    loaders: createLoaders(db),
  });
}
