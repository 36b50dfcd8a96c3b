import { describe, expect, it } from '@jest/globals';
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, AccessTokenSigner, accessTokenClaims, publishedJwk } from '../src/domain/access-token.js';
import { parseConsentPurpose, partnerOf } from '../src/domain/consent.js';
import { parseDisplayName } from '../src/domain/display-name.js';
import { normaliseEmail, parseEmail } from '../src/domain/email.js';
import { checkNewPassword, isWithinPasswordLimit } from '../src/domain/password-policy.js';
import { generateRefreshToken, hashRefreshToken, isWellFormedRefreshToken, refreshTokenExpiry } from '../src/domain/refresh-token.js';

describe('email', () => {
  it('trims, lower-cases and NFC-normalises, so the same address typed differently is one address', () => {
    const decomposed = 'He\u0301le\u0300ne.Faure@Exemple.FR';
    expect(normaliseEmail(`  ${decomposed}\t`)).toBe('hélène.faure@exemple.fr');
    expect(normaliseEmail('HÉLÈNE.FAURE@EXEMPLE.FR')).toBe(normaliseEmail(decomposed));
  });

  it('accepts ordinary addresses and refuses ones without a local part, a dotted domain, or with spaces', () => {
    expect(parseEmail('françois.dupont+candidatures@laposte.net')).toEqual({ ok: true, value: 'françois.dupont+candidatures@laposte.net' });
    for (const bad of ['', 'marie', '@exemple.fr', 'marie@', 'marie@exemple', 'marie @exemple.fr', 'marie@exemple..fr', 'a@b@exemple.fr', `${'a'.repeat(65)}@exemple.fr`]) {
      expect(parseEmail(bad).ok).toBe(false);
    }
  });
});

describe('password policy', () => {
  it('accepts 10 to 256 characters, counting an accented letter or an emoji as one', () => {
    expect(checkNewPassword('élan vital').ok).toBe(true);
    expect(checkNewPassword('🔥'.repeat(10)).ok).toBe(true);
    expect(checkNewPassword('🔥'.repeat(9)).ok).toBe(false);
    expect(checkNewPassword('courtcourt').ok).toBe(true);
    expect(checkNewPassword('court').ok).toBe(false);
    expect(checkNewPassword('x'.repeat(256)).ok).toBe(true);
    expect(checkNewPassword('x'.repeat(257)).ok).toBe(false);
  });

  it('normalises to NFC, so a composed and a decomposed accent give the same password', () => {
    const composed = checkNewPassword('mémoire vive');
    const decomposed = checkNewPassword('me\u0301moire vive');
    expect(composed).toEqual(decomposed);
  });

  it('bounds what sign-in will hash', () => {
    expect(isWithinPasswordLimit('x'.repeat(256))).toBe(true);
    expect(isWithinPasswordLimit('x'.repeat(10_000))).toBe(false);
  });
});

describe('display name', () => {
  it('trims and keeps 1 to 80 characters, refusing blanks and line breaks', () => {
    expect(parseDisplayName('  Anne-Sophie Lemaître ')).toEqual({ ok: true, value: 'Anne-Sophie Lemaître' });
    expect(parseDisplayName('é'.repeat(80)).ok).toBe(true);
    expect(parseDisplayName('é'.repeat(81)).ok).toBe(false);
    expect(parseDisplayName('   ').ok).toBe(false);
    expect(parseDisplayName('Anne\nSophie').ok).toBe(false);
  });
});

describe('consent purpose', () => {
  it('accepts the three fixed purposes and partner sharing with a slug', () => {
    for (const purpose of ['analytics', 'cross_app_context', 'research', 'partner_sharing:france-travail', 'partner_sharing:apec']) {
      expect(parseConsentPurpose(purpose)).toEqual({ ok: true, value: purpose });
    }
    expect(partnerOf('partner_sharing:france-travail')).toBe('france-travail');
    expect(partnerOf('analytics')).toBeUndefined();
  });

  it('refuses unknown purposes and malformed partner slugs', () => {
    for (const purpose of ['marketing', 'Analytics', 'partner_sharing:', 'partner_sharing:France', 'partner_sharing:pôle-emploi', 'partner_sharing:a--b', 'partner_sharing:-a', `partner_sharing:${'a'.repeat(65)}`]) {
      expect(parseConsentPurpose(purpose).ok).toBe(false);
    }
  });
});

describe('refresh token', () => {
  it('is 256 random bits in base64url, different every time, stored as a SHA-256 hex digest', () => {
    const token = generateRefreshToken();
    expect(isWellFormedRefreshToken(token)).toBe(true);
    expect(generateRefreshToken()).not.toBe(token);
    expect(hashRefreshToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRefreshToken(token)).toBe(hashRefreshToken(token));
    expect(isWellFormedRefreshToken('not a token')).toBe(false);
  });

  it('expires the configured number of days after issue', () => {
    expect(refreshTokenExpiry(new Date('2025-03-01T10:00:00Z'), 30).toISOString()).toBe('2025-03-31T10:00:00.000Z');
  });
});

describe('access token', () => {
  const subject = { userId: '4f3c2f1e-0000-4000-8000-000000000001', tier: 'PREMIUM' as const, roles: ['admin'], sessionId: '9b1d0000-0000-4000-8000-000000000002' };

  it('caps the lifetime at 15 minutes whatever the configuration says', () => {
    const claims = accessTokenClaims(subject, 1_700_000_000, 3600);
    expect(claims.exp - claims.iat).toBe(900);
  });

  it('is signed with EdDSA, typed at+jwt, and names its key', async () => {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const jwk = await publishedJwk(await exportJWK(publicKey));
    const signer = new AccessTokenSigner({ privateKey, kid: jwk.kid, ttlSeconds: 600, now: () => 1_700_000_000_000 });
    const { token, expiresAt } = await signer.sign(subject);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'EdDSA', kid: jwk.kid, typ: 'at+jwt' });
    expect(decodeJwt(token)).toEqual({
      iss: ACCESS_TOKEN_ISSUER,
      aud: ACCESS_TOKEN_AUDIENCE,
      sub: subject.userId,
      tier: 'PREMIUM',
      roles: ['admin'],
      sid: subject.sessionId,
      iat: 1_700_000_000,
      exp: 1_700_000_600,
    });
    expect(expiresAt.toISOString()).toBe(new Date(1_700_000_600_000).toISOString());
    await expect(jwtVerify(token, publicKey, { currentDate: new Date(1_700_000_100_000), issuer: 'phoenix-accounts', audience: 'phoenix' })).resolves.toBeDefined();
  });
});
