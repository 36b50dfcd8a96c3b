import type { SessionUser } from './session-manager';

/** True for PREMIUM and PREMIUM_PLUS, the plans whose tokens carry the `premium` scope. */
export function isPremium(user: Pick<SessionUser, 'tier'> | undefined): boolean {
  return user?.tier === 'PREMIUM' || user?.tier === 'PREMIUM_PLUS';
}

/** True for administrators; the gateway checks the `admin` scope again on every call. */
export function isAdmin(user: Pick<SessionUser, 'roles'> | undefined): boolean {
  return user?.roles.includes('admin') ?? false;
}
