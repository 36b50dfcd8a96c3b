import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { afterEach, describe, expect, it } from '@jest/globals';
import { SessionHint } from '../src/session/session-hint';
import { SessionManager, type SessionPayload, type SessionTransport } from '../src/session/session-manager';
import { TokenStore } from '../src/session/token-store';

const user = { id: 'u1', displayName: 'Nadia', tier: 'FREE' as const, roles: [] };
const payload = (minutes = 15): SessionPayload => ({ accessToken: `token-${minutes}`, expiresAt: new Date(Date.now() + minutes * 60_000).toISOString(), user });
const ended = () => new CombinedGraphQLErrors({ errors: [{ message: 'ended', extensions: { code: 'UNAUTHENTICATED' } }] });

const managers: SessionManager[] = [];
afterEach(() => {
  for (const manager of managers.splice(0)) manager.stop();
});

function setUp(hinted: boolean, transport: Partial<SessionTransport>) {
  const items = new Map<string, string>(hinted ? [['phoenix.session', '1']] : []);
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
  const tokens = new TokenStore();
  const manager = new SessionManager(tokens, new SessionHint(storage));
  managers.push(manager);
  const calls = { refresh: 0, signOut: 0, reset: 0 };
  manager.connect({
    refresh: async () => {
      calls.refresh += 1;
      return (transport.refresh ?? (async () => payload()))();
    },
    signOut: async () => {
      calls.signOut += 1;
      return (transport.signOut ?? (async () => undefined))();
    },
    reset: async () => {
      calls.reset += 1;
    },
  });
  return { manager, tokens, items, calls };
}

async function settled(manager: SessionManager) {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return manager.getSnapshot();
}

describe('SessionManager', () => {
  it('stays anonymous without a request when this browser never signed in', async () => {
    const { manager, calls } = setUp(false, {});
    manager.start();
    expect(await settled(manager)).toEqual({ status: 'anonymous' });
    expect(calls.refresh).toBe(0);
  });

  it('resumes the session of the cookie after a reload, keeping the access token in memory', async () => {
    const { manager, tokens } = setUp(true, {});
    manager.start();
    expect(manager.getSnapshot()).toEqual({ status: 'unknown' });
    expect(await settled(manager)).toEqual({ status: 'signedIn', user });
    expect(tokens.get()?.token).toBe('token-15');
  });

  it('forgets a session the server says is over', async () => {
    const { manager, items } = setUp(true, { refresh: async () => Promise.reject(ended()) });
    manager.start();
    expect(await settled(manager)).toEqual({ status: 'anonymous' });
    expect(items.has('phoenix.session')).toBe(false);
  });

  it('keeps the hint when the server cannot be reached, to try again next time', async () => {
    const { manager, items } = setUp(true, { refresh: async () => Promise.reject(new TypeError('Failed to fetch')) });
    manager.start();
    expect(await settled(manager)).toEqual({ status: 'anonymous' });
    expect(items.get('phoenix.session')).toBe('1');
  });

  it('sends one refresh at a time: a single-use token must never be presented twice', async () => {
    const { manager, calls } = setUp(false, {});
    manager.accept(payload(0.1));
    await Promise.all([manager.ensureFreshToken(), manager.ensureFreshToken(), manager.refresh()]);
    expect(calls.refresh).toBe(1);
    expect(manager.getSnapshot()).toEqual({ status: 'signedIn', user });
  });

  it('says the session expired when a signed-in refresh is refused', async () => {
    const { manager, tokens } = setUp(false, { refresh: async () => Promise.reject(ended()) });
    manager.accept(payload());
    expect(await manager.refresh()).toBe(false);
    expect(manager.getSnapshot()).toEqual({ status: 'anonymous', reason: 'expired' });
    expect(tokens.get()).toBeNull();
  });

  it('signs out locally even when the server cannot be reached, and resets the cache', async () => {
    const { manager, calls, items } = setUp(false, { signOut: async () => Promise.reject(new TypeError('Failed to fetch')) });
    manager.accept(payload());
    await manager.signOut();
    expect(manager.getSnapshot()).toEqual({ status: 'anonymous', reason: 'signedOut' });
    expect(items.has('phoenix.session')).toBe(false);
    expect(calls).toMatchObject({ signOut: 1, reset: 1 });
  });

  it('ends the session of a deleted account here only, saying why: the server has already ended it', async () => {
    const { manager, calls, items, tokens } = setUp(false, { signOut: async () => Promise.reject(ended()) });
    manager.accept(payload());
    await manager.signOut('accountDeleted');
    expect(manager.getSnapshot()).toEqual({ status: 'anonymous', reason: 'accountDeleted' });
    expect(tokens.get()).toBeNull();
    expect(items.has('phoenix.session')).toBe(false);
    expect(calls).toMatchObject({ signOut: 0, reset: 1 });
  });
});
