import { describe, expect, it } from '@jest/globals';
import { FIELD_MESSAGES, validateSignIn, validateSignUp } from '../src/pages/auth/validation';
import { captureUtm, explorationAttribution, signUpAttribution, storedUtm } from '../src/utm/utm';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe('sign-up validation', () => {
  it('accepts what the API accepts', () => {
    expect(validateSignUp({ displayName: ' Nadia ', email: 'nadia.benali@exemple.fr', password: 'reconversion 2026' })).toEqual({});
  });

  it('refuses a short password, a bad email and an empty name, in French', () => {
    expect(validateSignUp({ displayName: '  ', email: 'nadia@', password: 'court' })).toEqual({
      displayName: FIELD_MESSAGES.displayName,
      email: FIELD_MESSAGES.email,
      password: FIELD_MESSAGES.password,
    });
  });

  it('counts characters as the server does, so accents are one character each', () => {
    expect(validateSignUp({ displayName: 'é'.repeat(80), email: 'a@b.fr', password: 'é'.repeat(10) })).toEqual({});
  });

  it('asks for a password at sign-in without judging its length', () => {
    expect(validateSignIn({ email: 'a@b.fr', password: '' })).toEqual({ password: 'Saisissez votre mot de passe.' });
    expect(validateSignIn({ email: 'a@b.fr', password: 'x' })).toEqual({});
  });
});

describe('UTM parameters', () => {
  it('are kept for the visit and read back', () => {
    const storage = memoryStorage();
    captureUtm('?utm_source=newsletter&utm_campaign=printemps&other=1', storage);
    captureUtm('', storage);
    expect(storedUtm(storage)).toEqual({ utm_source: 'newsletter', utm_campaign: 'printemps' });
  });

  it('are replaced by a later campaign, trimmed and bounded', () => {
    const storage = memoryStorage();
    captureUtm('?utm_source=a', storage);
    captureUtm(`?utm_medium=%20email%20&utm_content=${'x'.repeat(500)}`, storage);
    expect(storedUtm(storage)).toEqual({ utm_medium: 'email', utm_content: 'x'.repeat(200) });
  });

  it('are absent when nothing or garbage was stored', () => {
    const storage = memoryStorage();
    expect(storedUtm(storage)).toBeUndefined();
    storage.setItem('phoenix.utm', '{not json');
    expect(storedUtm(storage)).toBeUndefined();
  });
});

describe('sign-up attribution', () => {
  it('keeps one visitor id per browser and maps the campaign parameters to the sign-up input', () => {
    const values = new Map<string, string>();
    const storage = { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v) };
    captureUtm('?utm_source=france-travail&utm_medium=email&utm_term=x', storage);
    const first = signUpAttribution(storage);
    expect(first).toMatchObject({ utmSource: 'france-travail', utmMedium: 'email' });
    expect(first?.visitorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(signUpAttribution(storage)?.visitorId).toBe(first?.visitorId);
  });
});

describe('exploration attribution', () => {
  it('gives the exploration the same visitor id as the sign-up, and the campaign in the API’s shape', () => {
    const storage = memoryStorage();
    expect(explorationAttribution(storage)).toEqual({ visitorId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    captureUtm('?utm_source=newsletter&utm_campaign=printemps', storage);
    const attribution = explorationAttribution(storage);
    expect(attribution.utm).toEqual({ source: 'newsletter', campaign: 'printemps' });
    expect(attribution.visitorId).toBe(signUpAttribution(storage)?.visitorId);
  });
});
