import { describe, expect, it } from '@jest/globals';
import { phoenixError } from '@phoenix/errors';
import { SessionChecker } from '../../src/auth/sessions.js';

const SESSION = '3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b';
const USER = '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d';
const token = { userId: USER, sessionId: SESSION };

type Answer = 'active' | 'ended' | 'down';

function accountsAnswering(answers: Answer[]) {
  const asked: string[] = [];
  return {
    asked,
    resolveSession: async (sessionId: string) => {
      asked.push(sessionId);
      const next = answers.shift();
      if (!next) throw new Error('unexpected call');
      // As AccountsInternal fails: a GraphQL error, whatever the cause.
      if (next === 'down') throw phoenixError('SUBGRAPH_UNAVAILABLE', 'Partner access is temporarily unavailable; try again shortly.');
      return { active: next === 'active' };
    },
  };
}

async function outcome(promise: Promise<unknown>) {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    const { code, reason, http } = (error as { extensions: { code?: string; reason?: string; http?: { status: number } } }).extensions;
    return [code, reason, http?.status].filter((part) => part !== undefined).join(' ');
  }
}

function checker(answers: Answer[], options: { ttlMs?: number; staleMs?: number } = {}) {
  let now = 0;
  const accounts = accountsAnswering(answers);
  const sessions = new SessionChecker(accounts, { ttlMs: options.ttlMs ?? 5_000, staleMs: options.staleMs ?? 60_000, now: () => now });
  return { sessions, accounts, at: (ms: number) => (now = ms) };
}

describe('session check of an access token', () => {
  it('accepts an active session and refuses an ended one with 401 UNAUTHENTICATED, reason SESSION_REVOKED', async () => {
    const { sessions, at } = checker(['active', 'ended'], { ttlMs: 0 });
    expect(await outcome(sessions.check(token))).toBe('OK');
    at(1);
    expect(await outcome(sessions.check(token))).toBe('UNAUTHENTICATED SESSION_REVOKED 401');
  });

  it('asks accounts once per session within the cache time, concurrent requests included, then again', async () => {
    const { sessions, accounts, at } = checker(['active', 'ended']);
    await Promise.all([sessions.check(token), sessions.check(token), sessions.check({ userId: USER, sessionId: SESSION.toUpperCase() })]);
    at(4_999);
    expect(await outcome(sessions.check(token))).toBe('OK');
    expect(accounts.asked).toEqual([SESSION]);
    at(5_000);
    expect(await outcome(sessions.check(token))).toBe('UNAUTHENTICATED SESSION_REVOKED 401');
    expect(accounts.asked).toHaveLength(2);
  });

  it('refuses a session id that cannot be one without asking accounts', async () => {
    const { sessions, accounts } = checker([]);
    expect(await outcome(sessions.check({ userId: USER, sessionId: 'session-1' }))).toBe('UNAUTHENTICATED SESSION_REVOKED 401');
    expect(accounts.asked).toEqual([]);
  });

  it('answers 502 SUBGRAPH_UNAVAILABLE when accounts cannot say and never said the session was active', async () => {
    const { sessions } = checker(['down']);
    expect(await outcome(sessions.check(token))).toBe('SUBGRAPH_UNAVAILABLE 502');
  });

  it('does not remember a failure: the next request asks again', async () => {
    const { sessions, accounts } = checker(['down', 'active']);
    expect(await outcome(sessions.check(token))).toBe('SUBGRAPH_UNAVAILABLE 502');
    expect(await outcome(sessions.check(token))).toBe('OK');
    expect(accounts.asked).toHaveLength(2);
  });

  it('while accounts is down, honours a session it said was active for the stale time, then refuses', async () => {
    const { sessions, at } = checker(['active', 'down', 'down'], { ttlMs: 0, staleMs: 60_000 });
    at(1_000);
    await sessions.check(token);
    at(61_000);
    expect(await outcome(sessions.check(token))).toBe('OK');
    at(61_001);
    expect(await outcome(sessions.check(token))).toBe('SUBGRAPH_UNAVAILABLE 502');
  });

  it('with no stale time, refuses as soon as accounts cannot answer', async () => {
    const { sessions, at } = checker(['active', 'down'], { ttlMs: 0, staleMs: 0 });
    await sessions.check(token);
    at(1);
    expect(await outcome(sessions.check(token))).toBe('SUBGRAPH_UNAVAILABLE 502');
  });

  it('never revives an ended session while accounts is down', async () => {
    const { sessions, at } = checker(['active', 'ended', 'down'], { ttlMs: 0 });
    await sessions.check(token);
    at(1);
    expect(await outcome(sessions.check(token))).toBe('UNAUTHENTICATED SESSION_REVOKED 401');
    at(2);
    expect(await outcome(sessions.check(token))).toBe('SUBGRAPH_UNAVAILABLE 502');
  });

  it('refuses at once a session this gateway signed out, or any session of an account it deleted, despite the cache', async () => {
    const other = { userId: USER, sessionId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b' };
    const { sessions, accounts } = checker(['active', 'active']);
    await sessions.check(token);
    await sessions.check(other);
    sessions.endSession(SESSION.toUpperCase());
    expect(await outcome(sessions.check(token))).toBe('UNAUTHENTICATED SESSION_REVOKED 401');
    expect(await outcome(sessions.check(other))).toBe('OK');
    sessions.endUser(USER);
    expect(await outcome(sessions.check(other))).toBe('UNAUTHENTICATED SESSION_REVOKED 401');
    expect(accounts.asked).toHaveLength(2);
  });

  it('does not honour a signed-out session through the stale answer while accounts is down', async () => {
    const { sessions, at } = checker(['active'], { ttlMs: 1_000, staleMs: 60_000 });
    await sessions.check(token);
    sessions.endSession(SESSION);
    at(30_000);
    expect(await outcome(sessions.check(token))).toBe('UNAUTHENTICATED SESSION_REVOKED 401');
  });
});
