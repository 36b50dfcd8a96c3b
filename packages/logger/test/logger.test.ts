import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { createLogger } from '../src/index.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('writes JSON lines naming the service and censors personal data and secrets', () => {
    const { lines, stream } = capture();
    const logger = createLogger('accounts', 'info', stream);
    logger.info({ email: 'marie.dupont@example.fr', input: { password: 'hunter2hunter2', email: 'm@example.fr' }, userId: 'u-1' }, 'signed up');
    const entry = JSON.parse(lines[0] ?? '{}');
    expect(entry).toMatchObject({ service: 'accounts', level: 'info', msg: 'signed up', userId: 'u-1' });
    expect(lines[0]).not.toContain('marie.dupont');
    expect(lines[0]).not.toContain('hunter2');
    expect(lines[0]).not.toContain('m@example.fr');
  });
});
