import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { generatePemKeyPair, importPrivateKey, importPublicKey, resolveKeyPair, resolvePublicKey } from '../src/index.js';

describe('resolveKeyPair', () => {
  it('generates a development key pair once and returns the same one afterwards', async () => {
    const devDirectory = mkdtempSync(join(tmpdir(), 'phoenix-keys-'));
    const first = await resolveKeyPair({ devDirectory, name: 'test', allowGenerate: true });
    const second = await resolveKeyPair({ devDirectory, name: 'test', allowGenerate: true });
    expect(second).toEqual(first);
    expect(statSync(join(devDirectory, 'test.key.pem')).mode & 0o077).toBe(0);
    expect(resolvePublicKey({ devDirectory, name: 'test', allowGenerate: true })).toBe(first.publicKeyPem);
    await expect(importPrivateKey(first.privateKeyPem)).resolves.toBeDefined();
    await expect(importPublicKey(first.publicKeyPem)).resolves.toBeDefined();
  });

  it('prefers configured keys, accepting escaped newlines', async () => {
    const configured = await generatePemKeyPair();
    const pair = await resolveKeyPair({
      privateKeyPem: configured.privateKeyPem.replace(/\n/g, '\\n'),
      publicKeyPem: configured.publicKeyPem,
      devDirectory: '/nonexistent',
      name: 'x',
      allowGenerate: false,
    });
    expect(pair).toEqual(configured);
  });

  it('refuses to invent keys when generation is not allowed', async () => {
    await expect(resolveKeyPair({ devDirectory: tmpdir(), name: 'missing', allowGenerate: false })).rejects.toThrow(/not configured/);
  });
});
