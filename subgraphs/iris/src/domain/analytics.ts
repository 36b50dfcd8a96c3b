import { createHmac } from 'node:crypto';

/**
 * The pseudonymous id analytics keep instead of the user id: HMAC-SHA-256 of the id under a
 * secret pepper, so the hash cannot be recomputed from a list of user ids without the pepper.
 */
export function userHash(pepper: string, userId: string): string {
  return createHmac('sha256', pepper).update(userId.toLowerCase()).digest('hex');
}
