import { describe, expect, it } from '@jest/globals';
import { judgeAudit } from '../supply-chain/audit.js';
import { expressionAllowed, licenceProblems, type LicencePolicy } from '../supply-chain/licences.js';

const policy: LicencePolicy = {
  allowed: ['MIT', 'Apache-2.0', 'BSD-3-Clause'],
  reviewed: [{ name: '@apollo/gateway', licence: 'Elastic-2.0', reason: 'self-hosted' }],
  ownScopes: ['@phoenix'],
};

describe('licence policy', () => {
  it('reads SPDX expressions: one allowed alternative of an OR, every term of an AND', () => {
    const allowed = new Set(policy.allowed);
    expect(expressionAllowed('(MIT OR GPL-3.0)', allowed)).toBe(true);
    expect(expressionAllowed('(MIT AND BSD-3-Clause)', allowed)).toBe(true);
    expect(expressionAllowed('(MIT AND GPL-3.0)', allowed)).toBe(false);
    expect(expressionAllowed('GPL-3.0-or-later', allowed)).toBe(false);
  });

  it('flags copyleft, undeclared and unreviewed licences, nested components included, and skips our own packages', () => {
    const problems = licenceProblems(
      [
        { group: '@phoenix', name: 'gateway', licenses: [] },
        { group: '@apollo', name: 'gateway', version: '2.14.4', licenses: [{ license: { id: 'Elastic-2.0' } }] },
        { name: 'left-pad', version: '1.3.0', licenses: [{ license: { id: 'MIT' } }], components: [{ name: 'copyleft', version: '1.0.0', licenses: [{ license: { id: 'AGPL-3.0-only' } }] }] },
        { name: 'mystery', version: '0.0.1' },
        { group: '@other', name: 'elastic', version: '1.0.0', licenses: [{ license: { id: 'Elastic-2.0' } }] },
      ],
      policy,
    );
    expect(problems).toEqual([
      { package: 'copyleft@1.0.0', licences: ['AGPL-3.0-only'] },
      { package: 'mystery@0.0.1', licences: [] },
      { package: '@other/elastic@1.0.0', licences: ['Elastic-2.0'] },
    ]);
  });
});

describe('npm audit gate', () => {
  it('blocks on high and critical findings only', () => {
    const report = { vulnerabilities: { a: { severity: 'moderate', via: [] }, b: { severity: 'high', via: [] }, c: { severity: 'critical', via: [] } } };
    expect(judgeAudit(JSON.stringify(report))).toEqual({ kind: 'vulnerable', packages: [{ name: 'b', severity: 'high' }, { name: 'c', severity: 'critical' }] });
    expect(judgeAudit(JSON.stringify({ vulnerabilities: { a: { severity: 'low', via: [] } } }))).toEqual({ kind: 'clean', counted: 1 });
  });

  it('says when the registry gave no answer rather than passing it as clean', () => {
    expect(judgeAudit(JSON.stringify({ message: '405 Method Not Allowed', statusCode: 405 }))).toEqual({ kind: 'unavailable', reason: '405 Method Not Allowed' });
    expect(judgeAudit(JSON.stringify({ error: { code: 'ENOAUDIT', summary: '' } }))).toEqual({ kind: 'unavailable', reason: 'ENOAUDIT' });
    expect(judgeAudit('')).toMatchObject({ kind: 'unavailable' });
  });
});
