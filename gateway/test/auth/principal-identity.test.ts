import { describe, expect, it } from '@jest/globals';
import { decodeJwt } from 'jose';
import { ANONYMOUS, ContextTokenSigner, type Principal } from '@phoenix/context-token';
import { generatePemKeyPair, importPrivateKey } from '@phoenix/keys';
import { principalIdentity } from '../../src/auth/principal-identity.js';

const user = (changes: Partial<Extract<Principal, { kind: 'user' }>> = {}): Principal => ({
  kind: 'user',
  userId: 'user-1',
  tier: 'FREE',
  roles: [],
  scopes: [],
  sessionId: 'session-1',
  ...changes,
});
const partner = (changes: Partial<Extract<Principal, { kind: 'partner' }>> = {}): Principal => ({
  kind: 'partner',
  partnerId: 'partner-1',
  keyId: 'key-1',
  scopes: ['read'],
  ...changes,
});

const REORDERED_USER: Principal = { sessionId: 'session-1', scopes: [], roles: [], tier: 'FREE', userId: 'user-1', kind: 'user' };

// Two pairs carry the same claims: the anonymous ones, and the user written in another order.
const PRINCIPALS: Principal[] = [
  ANONYMOUS,
  { kind: 'anonymous' },
  user(),
  REORDERED_USER,
  user({ tier: 'PREMIUM', scopes: ['premium'] }),
  user({ tier: 'PREMIUM' }),
  user({ roles: ['admin'], scopes: ['admin'] }),
  user({ sessionId: 'session-2' }),
  user({ userId: 'user-2' }),
  partner(),
  partner({ keyId: 'key-2' }),
  partner({ scopes: ['read', 'write'] }),
];

describe('the identity a subgraph socket is shared under', () => {
  it('is one for every anonymous caller', () => {
    expect(principalIdentity({ kind: 'anonymous' })).toBe(principalIdentity(ANONYMOUS));
  });

  it('does not depend on the order of the fields', () => {
    expect(principalIdentity(REORDERED_USER)).toBe(principalIdentity(user()));
  });

  it('is the same for two principals exactly when their context tokens carry the same claims', async () => {
    const signer = new ContextTokenSigner({ privateKey: await importPrivateKey((await generatePemKeyPair()).privateKeyPem) });
    const claimsOf = async (principal: Principal) => {
      const { iat: _iat, exp: _exp, ...claims } = decodeJwt(await signer.sign(principal, 'stream'));
      return JSON.stringify(Object.entries(claims).sort(([a], [b]) => a.localeCompare(b)));
    };
    const claims = await Promise.all(PRINCIPALS.map(claimsOf));
    const identities = PRINCIPALS.map(principalIdentity);
    for (let a = 0; a < PRINCIPALS.length; a += 1) {
      for (let b = 0; b < PRINCIPALS.length; b += 1) {
        expect([a, b, identities[a] === identities[b]]).toEqual([a, b, claims[a] === claims[b]]);
      }
    }
    expect(new Set(identities).size).toBe(PRINCIPALS.length - 2);
  });
});
