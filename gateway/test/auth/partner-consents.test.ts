import { describe, expect, it } from '@jest/globals';
import type { PartnerRead } from '../../src/auth/accounts-internal.js';
import { PartnerConsents } from '../../src/auth/api-keys.js';

/** Accounts as the gateway sees it: answers from a mutable set of consenting users, and remembers each call. */
function accounts() {
  const consenting = new Set<string>();
  const calls: { partnerId: string; userIds: readonly string[]; read: PartnerRead }[] = [];
  return {
    consenting,
    calls,
    consentingUsers: async (partnerId: string, userIds: readonly string[], read: PartnerRead) => {
      calls.push({ partnerId, userIds, read });
      return new Set(userIds.filter((id) => consenting.has(id)));
    },
  };
}

describe('partner consents at the gateway', () => {
  it('ask accounts once per user within an operation, naming the key and the operation for the audit trail', async () => {
    const source = accounts();
    const consents = new PartnerConsents(source).forOperation({ keyId: 'key-1', operationName: 'ReadCandidate', traceId: 'abc' });
    const answers = await Promise.all([consents.hasPartnerConsent('acme', 'u1'), consents.hasPartnerConsent('acme', 'u1'), consents.hasPartnerConsent('acme', 'u2')]);
    expect(answers).toEqual([false, false, false]);
    expect(source.calls).toEqual([
      { partnerId: 'acme', userIds: ['u1'], read: { keyId: 'key-1', operationName: 'ReadCandidate', traceId: 'abc' } },
      { partnerId: 'acme', userIds: ['u2'], read: { keyId: 'key-1', operationName: 'ReadCandidate', traceId: 'abc' } },
    ]);
  });

  it('keep nothing between operations, so a granted or withdrawn consent counts from the next one', async () => {
    const source = accounts();
    const consents = new PartnerConsents(source);
    const read: PartnerRead = { keyId: 'key-1' };
    expect(await consents.forOperation(read).hasPartnerConsent('acme', 'u1')).toBe(false);
    source.consenting.add('u1');
    expect(await consents.forOperation(read).hasPartnerConsent('acme', 'u1')).toBe(true);
    source.consenting.delete('u1');
    expect(await consents.forOperation(read).hasPartnerConsent('acme', 'u1')).toBe(false);
    expect(source.calls).toHaveLength(3);
  });
});
