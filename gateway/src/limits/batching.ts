import type { NextFunction, Request, Response } from 'express';

/**
 * Refuses a batched request (a JSON array of operations) larger than `maxBatch`, or any batch
 * when `maxBatch` is 0, before Apollo Server reads it: 400 OPERATION_LIMIT_EXCEEDED.
 */
export function batchLimit(maxBatch: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const body: unknown = req.body;
    if (!Array.isArray(body) || (body.length > 0 && body.length <= maxBatch)) return next();
    const message = maxBatch === 0 ? 'Batched requests are not accepted: send one operation per request.' : `A batch may hold at most ${maxBatch} operations.`;
    res.status(400).json({ errors: [{ message, extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: 'batchSize', max: maxBatch } } }] });
  };
}
