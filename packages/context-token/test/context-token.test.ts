import { describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import { generatePemKeyPair, importPrivateKey, importPublicKey } from '@phoenix/keys';
import { ContextTokenSigner, ContextTokenVerifier, InvalidContextTokenError, scopesForUser, type Principal } from '../src/index.js';

const user: Principal = { kind: 'user', userId: 'u-1', tier: 'PREMIUM', roles: ['admin'], scopes: scopesForUser('PREMIUM', ['admin']), sessionId: 's-1' };

async function keys() {
  const pair = await generatePemKeyPair();
  return { privateKey: await importPrivateKey(pair.privateKeyPem), publicKey: await importPublicKey(pair.publicKeyPem) };
}

describe('context token', () => {
  it('carries each kind of principal to the subgraph it was signed for', async () => {
    const { privateKey, publicKey } = await keys();
    const signer = new ContextTokenSigner({ privateKey });
    const verifier = new ContextTokenVerifier(publicKey, 'accounts');
    const partner: Principal = { kind: 'partner', partnerId: 'france-travail', keyId: 'k-1', scopes: ['partner:aube.read'] };
    for (const principal of [user, partner, { kind: 'anonymous' } as Principal]) {
      await expect(verifier.verify(await signer.sign(principal, 'accounts'))).resolves.toEqual(principal);
    }
  });

  it('is refused by another subgraph', async () => {
    const { privateKey, publicKey } = await keys();
    const token = await new ContextTokenSigner({ privateKey }).sign(user, 'billing');
    await expect(new ContextTokenVerifier(publicKey, 'accounts').verify(token)).rejects.toThrow(InvalidContextTokenError);
  });

  it('is refused once expired, and never lives longer than 60 seconds', async () => {
    const { privateKey, publicKey } = await keys();
    let now = Date.now();
    const signer = new ContextTokenSigner({ privateKey, ttlSeconds: 3600, now: () => now });
    const token = await signer.sign(user, 'accounts');
    now += 61_000;
    await expect(new ContextTokenVerifier(publicKey, 'accounts', () => now).verify(token)).rejects.toThrow(/exp/);
  });

  it('is refused when signed by another key, missing, or forged with a long lifetime', async () => {
    const genuine = await keys();
    const other = await keys();
    const verifier = new ContextTokenVerifier(genuine.publicKey, 'accounts');
    await expect(verifier.verify(await new ContextTokenSigner({ privateKey: other.privateKey }).sign(user, 'accounts'))).rejects.toThrow(
      InvalidContextTokenError,
    );
    await expect(verifier.verify(undefined)).rejects.toThrow(/missing/);
    const longLived = await new SignJWT({ pk: 'anonymous' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('anonymous')
      .setIssuer('phoenix-gateway')
      .setAudience('accounts')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(genuine.privateKey);
    await expect(verifier.verify(longLived)).rejects.toThrow(/lifetime/);
  });

  it('reuses a fresh token for the same principal and audience', async () => {
    const { privateKey } = await keys();
    const signer = new ContextTokenSigner({ privateKey });
    expect(await signer.sign(user, 'accounts')).toBe(await signer.sign(user, 'accounts'));
    expect(await signer.sign(user, 'accounts')).not.toBe(await signer.sign(user, 'billing'));
  });
});

describe('scopesForUser', () => {
  it('grants premium to paying tiers and a scope per role', () => {
    expect(scopesForUser('FREE', [])).toEqual([]);
    expect(scopesForUser('PREMIUM_PLUS', ['admin'])).toEqual(['admin', 'premium']);
  });
});
