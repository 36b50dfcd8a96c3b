import { describe, expect, it } from '@jest/globals';
import type { Principal } from '@phoenix/context-token';
import { requirePremium, requireSelf, requireSelfOrAdmin } from '../src/authz.js';
import { userPrincipal } from './support.js';

const codeOf = (check: () => unknown): unknown => {
  try {
    check();
    return 'allowed';
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
};

const partner: Principal = { kind: 'partner', partnerId: 'france-travail', keyId: 'key-1', scopes: ['partner:letters.read'] };

describe('resolver checks behind the gateway', () => {
  it('lets only premium scopes use the premium features', () => {
    expect(codeOf(() => requirePremium(userPrincipal('PREMIUM')))).toBe('allowed');
    expect(codeOf(() => requirePremium(userPrincipal('PREMIUM_PLUS')))).toBe('allowed');
    expect(codeOf(() => requirePremium(userPrincipal('FREE')))).toBe('FORBIDDEN');
    expect(codeOf(() => requirePremium({ kind: 'anonymous' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requirePremium(partner))).toBe('FORBIDDEN');
  });

  it('lets a user and admins read letters, and only the user read the quota', () => {
    const user = userPrincipal('FREE');
    const admin = userPrincipal('FREE', ['admin']);
    expect([codeOf(() => requireSelfOrAdmin(user, user.userId)), codeOf(() => requireSelfOrAdmin(admin, user.userId)), codeOf(() => requireSelfOrAdmin(partner, user.userId))]).toEqual(['allowed', 'allowed', 'FORBIDDEN']);
    expect([codeOf(() => requireSelf(user, user.userId)), codeOf(() => requireSelf(admin, user.userId))]).toEqual(['allowed', 'FORBIDDEN']);
  });
});
