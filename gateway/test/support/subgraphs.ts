import type { IncomingHttpHeaders } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { ContextTokenVerifier, type Principal } from '@phoenix/context-token';
import { importPublicKey } from '@phoenix/keys';
import { createLogger } from '@phoenix/logger';
import { startSubgraphServer, type RunningSubgraph, type SubgraphContext } from '@phoenix/subgraph-server';
import type { ConsentSource } from '@phoenix/subgraph-server/shield';
import { TestPartners } from './partners.js';
import { TestSessions } from './sessions.js';
import { accountsTypeDefs, billingTypeDefs } from './schemas.js';

/** One HTTP request as a test subgraph saw it, before any verification. */
export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  /** The principal of its context token; absent when the subgraph refused the token. */
  principal?: Principal;
}

export interface TestSubgraph extends RunningSubgraph {
  received: ReceivedRequest[];
}

export interface TestSubgraphs {
  accounts: TestSubgraph;
  billing: TestSubgraph;
  /** Partner keys and consents accounts answers for. */
  partners: TestPartners;
  /** Sessions accounts answers for (all active until revoked). */
  sessions: TestSessions;
  /** Delay applied by billing's `slowPlans`. */
  setSlowPlansDelay(ms: number): void;
  /** Makes billing's `slowPlans` wait until the returned function is called. */
  holdSlowPlans(): () => void;
  stop(): Promise<void>;
}

interface RecordingContext extends SubgraphContext {
  record: ReceivedRequest;
  consents?: ConsentSource;
}

const logger = createLogger('test-subgraph', 'silent');

/**
 * Starts real `accounts` and `billing` subgraphs on free ports, each behind its shield
 * middleware. Accounts also serves the access-token JWKS and the partner and session
 * endpoints, as the real one does.
 */
export async function startTestSubgraphs(options: { contextPublicKeyPem: string; jwks: object }): Promise<TestSubgraphs> {
  const publicKey = await importPublicKey(options.contextPublicKeyPem);
  let slowPlansDelay = 0;
  let slowPlansGate: Promise<void> = Promise.resolve();
  const plans = [{ name: 'Découverte' }, { name: 'Premium' }];
  const partners = new TestPartners();
  const sessions = new TestSessions();

  const accountsReceived: ReceivedRequest[] = [];
  const accounts = await startSubgraphServer<RecordingContext>(
    {
      name: 'accounts',
      typeDefs: accountsTypeDefs({ motto: 'public' }),
      resolvers: {
        Query: {
          me: (_root: unknown, _args: unknown, { principal }: RecordingContext) =>
            principal.kind === 'user' ? { id: principal.userId } : null,
          user: (_root: unknown, { id }: { id: string }) => ({ id }),
          status: () => 'ok',
          motto: () => 'Renaître de ses cendres',
        },
        User: {
          __resolveReference: ({ id }: { id: string }) => ({ id }),
          handle: ({ id }: { id: string }) => `handle-${id}`,
          email: ({ id }: { id: string }) => `${id}@example.test`,
        },
      },
      createContext: recordingContext(accountsReceived, partners),
      checkReady: async () => {},
      shield: true,
      internalRoutes: (router) => {
        partners.routes(router);
        sessions.routes(router);
      },
      routes: (app) => {
        app.use('/graphql', recordRequests(accountsReceived));
        app.get('/.well-known/jwks.json', (_req, res) => {
          res.json(options.jwks);
        });
      },
    },
    { port: 0, logger, verifier: new ContextTokenVerifier(publicKey, 'accounts') },
  );

  const billingReceived: ReceivedRequest[] = [];
  const billing = await startSubgraphServer<RecordingContext>(
    {
      name: 'billing',
      typeDefs: billingTypeDefs(),
      resolvers: {
        Query: {
          plans: () => plans,
          catalog: (_root: unknown, args: { first?: number; last?: number }) => plans.slice(0, args.first ?? args.last ?? plans.length),
          forecast: () => 'Beau temps sur le marché de l’emploi.',
          slowPlans: async () => {
            await new Promise((resolve) => setTimeout(resolve, slowPlansDelay).unref());
            await slowPlansGate;
            return plans;
          },
        },
        User: {
          __resolveReference: ({ id }: { id: string }) => ({ id }),
          plan: () => plans[0],
          premiumInsight: () => 'Vos lettres obtiennent 2× plus de réponses le mardi.',
        },
      },
      createContext: recordingContext(billingReceived),
      checkReady: async () => {},
      shield: true,
      routes: (app) => {
        app.use('/graphql', recordRequests(billingReceived));
      },
    },
    { port: 0, logger, verifier: new ContextTokenVerifier(publicKey, 'billing') },
  );

  return {
    accounts: { ...accounts, received: accountsReceived },
    billing: { ...billing, received: billingReceived },
    partners,
    sessions,
    setSlowPlansDelay(ms) {
      slowPlansDelay = ms;
    },
    holdSlowPlans() {
      let release = () => {};
      slowPlansGate = new Promise((resolve) => (release = resolve));
      return release;
    },
    async stop() {
      await Promise.allSettled([accounts.stop(), billing.stop()]);
    },
  };
}

function recordRequests(received: ReceivedRequest[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'POST') {
      const record: ReceivedRequest = { headers: { ...req.headers } };
      received.push(record);
      res.locals.record = record;
    }
    next();
  };
}

function recordingContext(received: ReceivedRequest[], consents?: ConsentSource) {
  return ({ principal, request }: { principal: Principal; request: Request }): RecordingContext => {
    const record = (request.res?.locals.record as ReceivedRequest | undefined) ?? { headers: {} };
    if (!received.includes(record)) received.push(record);
    record.principal = principal;
    return { principal, record, ...(consents ? { consents } : {}) };
  };
}
