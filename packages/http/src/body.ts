import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '@phoenix/logger';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

function send(res: Response, status: number, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

/** Malformed or oversized request bodies answer 400/413 in GraphQL's error shape, never 500. */
export function bodyErrors(error: BodyParserError, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  if (error.type === 'entity.parse.failed') return send(res, 400, 'The request body is not valid JSON.');
  if (error.type === 'entity.too.large') return send(res, 413, 'The request body is too large.');
  if (error.status && error.status >= 400 && error.status < 500) return send(res, error.status, 'Bad request.');
  next(error);
}

/** Last resort: log, answer a generic 500 without details. */
export function unexpectedErrors(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    logger.error({ err: error }, 'unhandled error in HTTP pipeline');
    if (res.headersSent) return next(error);
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  };
}

/**
 * Express 5 leaves `req.body` unset for GET and non-JSON requests; Apollo's integration then
 * fails with 500 instead of letting CSRF prevention and validation answer 400.
 */
export function bodyAlwaysSet(req: Request, _res: Response, next: NextFunction): void {
  if (!('body' in req)) (req as { body?: unknown }).body = undefined;
  next();
}
