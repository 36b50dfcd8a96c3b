import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { createLogger, setLogContext } from '../src/index.js';

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

describe('createLogger by default', () => {
  it('redacts personal data found by pattern in free text, whatever the key', () => {
    const { lines, stream } = capture();
    const logger = createLogger('gateway', 'info', stream);
    logger.warn({ reason: 'bounce for jean.martin@exemple.fr from 198.51.100.7' }, 'mail to jean.martin@exemple.fr failed');
    expect(lines[0]).not.toContain('jean.martin');
    expect(lines[0]).not.toContain('198.51.100.7');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ reason: 'bounce for [EMAIL] from [IP]', msg: 'mail to [EMAIL] failed' });
  });

  it('adds the fields of the registered log context (trace ids) to every line', () => {
    const { lines, stream } = capture();
    const logger = createLogger('accounts', 'info', stream);
    setLogContext(() => ({ trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', span_id: '00f067aa0ba902b7' }));
    try {
      logger.info('inside a request');
    } finally {
      setLogContext(undefined);
    }
    logger.info('outside');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', span_id: '00f067aa0ba902b7' });
    expect(JSON.parse(lines[1] ?? '{}')).not.toHaveProperty('trace_id');
  });
});
