import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { asc, eq } from 'drizzle-orm';
import { scopesForUser, type Principal } from '@phoenix/context-token';
import { eventLog } from '@phoenix/events';
import { consentChanges, consents, users } from '../src/db/schema.js';
import { CONSENT_TEXT_VERSIONS, CURRENT_CONSENT_TEXT_VERSION, parseConsentTextVersion } from '../src/domain/consent.js';
import { SIGN_UP, principalFromAccessToken, signUp, startAccounts, type AccountsHarness, type AuthPayloadData } from './harness.js';

let harness: AccountsHarness;
let claire: AuthPayloadData;
let asClaire: Principal;

beforeAll(async () => {
  harness = await startAccounts();
  claire = await signUp(harness, { email: 'claire.roussel@exemple.fr', displayName: 'Claire Roussel' });
  asClaire = principalFromAccessToken(claire.accessToken);
});

afterAll(async () => {
  await harness.close();
});

const ADMIN_ID = '00000000-0000-4000-8000-0000000000ad';
const admin: Principal = { kind: 'user', userId: ADMIN_ID, tier: 'FREE', roles: ['admin'], scopes: scopesForUser('FREE', ['admin']) };

const SET_CONSENT = `mutation SetConsent($purpose: String!, $granted: Boolean!, $textVersion: String) {
  setConsent(purpose: $purpose, granted: $granted, textVersion: $textVersion) { id consents { purpose granted textVersion } }
}`;

const HISTORY = `query History($id: ID!, $first: Int) {
  user(id: $id) { consentHistory(first: $first) { purpose granted textVersion changedAt changedByUser } }
}`;

const MY_HISTORY = `query MyHistory($first: Int) { me { consentHistory(first: $first) { purpose granted textVersion changedByUser } } }`;

interface HistoryEntry {
  purpose: string;
  granted: boolean;
  textVersion: string;
  changedAt?: string;
  changedByUser: boolean;
}

async function historyRows(userId: string) {
  return harness.database.db.select().from(consentChanges).where(eq(consentChanges.userId, userId)).orderBy(asc(consentChanges.id));
}

describe('consent text versions', () => {
  it('knows the current text for every purpose and refuses a version it never showed', () => {
    expect(parseConsentTextVersion('analytics', undefined)).toEqual({ ok: true, value: CURRENT_CONSENT_TEXT_VERSION });
    expect(parseConsentTextVersion('partner_sharing:france-travail', ' 2026-01 ')).toEqual({ ok: true, value: '2026-01' });
    expect(parseConsentTextVersion('research', '2019-05').ok).toBe(false);
  });

  it('names every version YYYY-MM, the form the user.consent_changed event accepts', () => {
    for (const versions of Object.values(CONSENT_TEXT_VERSIONS)) {
      expect(versions.length).toBeGreaterThan(0);
      for (const version of versions) expect(version).toMatch(/^[0-9]{4}-[0-9]{2}$/);
    }
  });

  it('records the text version given, or the current one, in the state and the history', async () => {
    await harness.execute(SET_CONSENT, { purpose: 'research', granted: true, textVersion: '2026-01' }, asClaire);
    const result = await harness.execute<{ setConsent: { consents: { purpose: string; granted: boolean; textVersion: string }[] } }>(
      SET_CONSENT,
      { purpose: 'analytics', granted: true },
      asClaire,
    );
    expect(result.data?.setConsent.consents).toEqual([
      { purpose: 'analytics', granted: true, textVersion: CURRENT_CONSENT_TEXT_VERSION },
      { purpose: 'research', granted: true, textVersion: '2026-01' },
    ]);
    expect((await historyRows(claire.user.id)).map((row) => [row.purpose, row.textVersion])).toEqual([
      ['research', '2026-01'],
      ['analytics', CURRENT_CONSENT_TEXT_VERSION],
    ]);
  });

  it('refuses an unknown text version with BAD_USER_INPUT on textVersion and changes nothing', async () => {
    const before = await historyRows(claire.user.id);
    const result = await harness.execute(SET_CONSENT, { purpose: 'analytics', granted: false, textVersion: '2099-12' }, asClaire);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'textVersion' });
    expect(await historyRows(claire.user.id)).toEqual(before);
    const [state] = await harness.database.db.select().from(consents).where(eq(consents.userId, claire.user.id)).orderBy(asc(consents.purpose));
    expect(state?.granted).toBe(true);
  });

  it('puts the text version in the user.consent_changed event', async () => {
    const events = await harness.database.db.select().from(eventLog).where(eq(eventLog.streamId, claire.user.id)).orderBy(asc(eventLog.position));
    const changes = events.filter((event) => event.type === 'user.consent_changed').map((event) => event.payload);
    expect(changes[0]).toEqual({ userId: claire.user.id, purpose: 'research', granted: true, textVersion: '2026-01', changedBy: claire.user.id });
  });
});

describe('consent history', () => {
  it('lists the user’s own decisions newest first, with who made them', async () => {
    const hugo = await signUp(harness, { email: 'hugo.lemaire@exemple.fr' });
    const asHugo = principalFromAccessToken(hugo.accessToken);
    await harness.execute(SET_CONSENT, { purpose: 'analytics', granted: true }, asHugo);
    await harness.execute(SET_CONSENT, { purpose: 'analytics', granted: false }, asHugo);
    // An administrator's decision, as support records one on the user's behalf.
    await harness.database.db
      .insert(consentChanges)
      .values({ userId: hugo.user.id, purpose: 'research', granted: false, textVersion: '2026-01', changedBy: ADMIN_ID });
    const result = await harness.execute<{ me: { consentHistory: HistoryEntry[] } }>(MY_HISTORY, {}, asHugo);
    expect(result.data?.me.consentHistory).toEqual([
      { purpose: 'research', granted: false, textVersion: '2026-01', changedByUser: false },
      { purpose: 'analytics', granted: false, textVersion: '2026-01', changedByUser: true },
      { purpose: 'analytics', granted: true, textVersion: '2026-01', changedByUser: true },
    ]);
    const firstOne = await harness.execute<{ me: { consentHistory: HistoryEntry[] } }>(MY_HISTORY, { first: 1 }, asHugo);
    expect(firstOne.data?.me.consentHistory.map((entry) => entry.purpose)).toEqual(['research']);
  });

  it('is readable by an administrator, refused to another user, and refuses a page size out of range', async () => {
    const byAdmin = await harness.execute<{ user: { consentHistory: HistoryEntry[] } }>(HISTORY, { id: claire.user.id }, admin);
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data?.user.consentHistory).toHaveLength(2);
    expect(Number.isNaN(Date.parse(byAdmin.data?.user.consentHistory[0]?.changedAt ?? ''))).toBe(false);

    const other = await signUp(harness, { email: 'curieuse@exemple.fr' });
    const entities = await harness.execute(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { consentHistory { purpose } } } }',
      { r: [{ __typename: 'User', id: claire.user.id }] },
      principalFromAccessToken(other.accessToken),
    );
    expect(entities.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const tooMany = await harness.execute(MY_HISTORY, { first: 201 }, asClaire);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('consents at sign-up', () => {
  it('records the purposes granted with the account, before user.registered in the same transaction', async () => {
    const input = { email: 'nora.benali@exemple.fr', password: 'une nouvelle vie', displayName: 'Nora', consents: ['analytics', 'cross_app_context', 'analytics'] };
    const result = await harness.execute<{ signUp: AuthPayloadData }>(SIGN_UP, { input });
    const userId = result.data?.signUp.user.id as string;
    const rows = await harness.database.db.select().from(consents).where(eq(consents.userId, userId)).orderBy(asc(consents.purpose));
    expect(rows.map(({ purpose, granted, textVersion }) => ({ purpose, granted, textVersion }))).toEqual([
      { purpose: 'analytics', granted: true, textVersion: CURRENT_CONSENT_TEXT_VERSION },
      { purpose: 'cross_app_context', granted: true, textVersion: CURRENT_CONSENT_TEXT_VERSION },
    ]);
    expect((await historyRows(userId)).map(({ purpose, changedBy }) => ({ purpose, changedBy }))).toEqual([
      { purpose: 'analytics', changedBy: userId },
      { purpose: 'cross_app_context', changedBy: userId },
    ]);
    const events = await harness.database.db.select().from(eventLog).where(eq(eventLog.streamId, userId)).orderBy(asc(eventLog.position));
    expect(events.map((event) => event.type)).toEqual(['user.consent_changed', 'user.consent_changed', 'user.registered']);
  });

  it('refuses an unknown purpose with BAD_USER_INPUT on consents and creates no account', async () => {
    const input = { email: 'refus@exemple.fr', password: 'une nouvelle vie', displayName: 'Refus', consents: ['analytics', 'marketing'] };
    const result = await harness.execute(SIGN_UP, { input });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consents' });
    expect(await harness.database.db.select().from(users).where(eq(users.email, 'refus@exemple.fr'))).toEqual([]);
  });
});
