import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { CONTEXT_TOKEN_HEADER, InvalidContextTokenError, type ContextTokenVerifier, type PartnerPrincipal, type Principal } from '@phoenix/context-token';
import type { Logger } from '@phoenix/logger';

/** Where a subgraph mounts the endpoints only the gateway may call. */
export const INTERNAL_PATH = '/internal';

/** Held only by the principal the gateway signs for its own calls; API keys cannot carry it (accounts refuses `internal:` scopes). */
export const GATEWAY_SERVICE_SCOPE = 'internal:gateway';

/** The principal of the gateway's own calls to internal endpoints (API key resolution, consents). */
export const GATEWAY_SERVICE_PRINCIPAL: PartnerPrincipal = Object.freeze({
  kind: 'partner',
  partnerId: 'phoenix-gateway',
  keyId: 'gateway',
  scopes: Object.freeze([GATEWAY_SERVICE_SCOPE]) as string[],
});

/** True for the principal of a context token the gateway signed for its own internal calls. */
export function isGatewayService(principal: Principal): boolean {
  return principal.kind === 'partner' && principal.partnerId === GATEWAY_SERVICE_PRINCIPAL.partnerId && principal.scopes.includes(GATEWAY_SERVICE_SCOPE);
}

/**
 * A router for `/internal/*` that answers only requests carrying a context token of the
 * gateway's service principal: 401 without a valid token, 403 for any other principal.
 */
export function internalRouter(mount: (router: Router) => void, options: { verifier: ContextTokenVerifier; logger: Logger; bodyLimit?: string }): Router {
  const router = express.Router();
  router.use(express.json({ limit: options.bodyLimit ?? '100kb' }));
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    let principal: Principal;
    try {
      principal = await options.verifier.verify(req.get(CONTEXT_TOKEN_HEADER));
    } catch (error) {
      if (!(error instanceof InvalidContextTokenError)) return next(error);
      options.logger.warn({ reason: error.message, path: req.path }, 'internal request refused: no valid context token');
      res.status(401).json({ error: 'unauthenticated' });
      return;
    }
    if (!isGatewayService(principal)) {
      options.logger.warn({ path: req.path, principal: principal.kind }, 'internal request refused: not the gateway');
      res.status(403).json({ error: 'forbidden' });
      return;
    }
    next();
  });
  mount(router);
  return router;
}
