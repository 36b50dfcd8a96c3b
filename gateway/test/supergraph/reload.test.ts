import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger } from '@phoenix/logger';
import { eventually, startHarness, type Harness } from '../support/harness.js';

const logLines: string[] = [];
let harness: Harness;

beforeAll(async () => {
  const logger = createLogger('gateway', 'info', { write: (line: string) => void logLines.push(line) });
  harness = await startHarness({ logger });
});

afterAll(async () => {
  await harness.stop();
});

async function mottoAnswers(): Promise<boolean> {
  const { body } = await harness.query('{ motto }');
  return body.data?.motto === 'Renaître de ses cendres';
}

describe('supergraph file reload', () => {
  it('serves a field added to the supergraph file without a restart', async () => {
    expect(await mottoAnswers()).toBe(false);
    await harness.writeSupergraph(harness.supergraph({ motto: 'public' }));
    expect(await eventually(mottoAnswers)).toBe(true);
  });

  it('keeps serving the previous schema, and logs why, when the file becomes invalid', async () => {
    expect(await eventually(mottoAnswers)).toBe(true);
    await harness.writeSupergraph('schema @link(url: "https://specs.apollo.dev/link/v1.0") { query: Query } type Query {');
    expect(await eventually(async () => logLines.some((line) => line.includes('keeping the previous schema')))).toBe(true);
    expect(await mottoAnswers()).toBe(true);
    const { body } = await harness.query('{ me { id } }', { token: await harness.tokenFor('FREE') });
    expect(body.data).toEqual({ me: { id: 'user-1' } });
  });

  it('enforces the directives that arrive with a reloaded supergraph', async () => {
    await harness.writeSupergraph(harness.supergraph({ motto: 'authenticated' }));
    const refused = async () => {
      const { status, body } = await harness.query('{ motto }');
      return status === 401 && JSON.stringify(body.errors?.[0]?.extensions?.paths) === '[["motto"]]';
    };
    expect(await eventually(refused)).toBe(true);
    expect(await mottoAnswers()).toBe(false);
  });
});
