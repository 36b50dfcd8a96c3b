import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startAube, user, type AubeHarness } from './harness.js';

const exec = promisify(execFile);

/** Runs a poppler tool; a missing binary fails with how to install it rather than a bare ENOENT. */
async function poppler(tool: 'pdftoppm' | 'pdftotext', args: string[]): Promise<string> {
  try {
    return (await exec(tool, args)).stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is not installed: apt-get install -y poppler-utils`);
    throw error;
  }
}

const START = `mutation ($input: StartExplorationInput!) {
  startExploration(input: $input) { id resilience { score } trustReport { id pdfUrl jsonUrl shareUrl } }
}`;
const SHARE = `mutation ($id: ID!) { shareTrustReport(id: $id) { id shareUrl sharedAt } }`;
const REVOKE = `mutation ($id: ID!) { revokeTrustReportShare(id: $id) { id shareUrl } }`;

interface Started {
  startExploration: { id: string; resilience: { score: number }; trustReport: { id: string; pdfUrl: string; jsonUrl: string; shareUrl: string | null } };
}

let aube: AubeHarness;
let exploration: Started['startExploration'];
const owner = randomUUID();
const workDir = mkdtempSync(join(tmpdir(), 'phoenix-aube-report-'));

beforeAll(async () => {
  aube = await startAube();
  const { data } = await aube.execute<Started>(
    START,
    { input: { occupationCode: 'K1302', yearsOfExperience: 8, skills: ['Écouter et rassurer les personnes'], values: ['aider_accompagner'], environments: ['terrain'] } },
    user(owner),
  );
  exploration = data!.startExploration;
});

afterAll(async () => {
  await aube.close();
});

describe('Trust by Design report', () => {
  it('renders a PDF that pdftoppm turns into an image and that shows the score', async () => {
    const response = await aube.fetchLink(exploration.trustReport.pdfUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = join(workDir, 'report.pdf');
    writeFileSync(pdf, Buffer.from(await response.arrayBuffer()));
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    await poppler('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(workDir, 'page')]);
    const png = readFileSync(join(workDir, 'page-1.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(join(workDir, 'page-1.png')).size).toBeGreaterThan(5_000);

    const text = await poppler('pdftotext', ['-layout', pdf, '-']);
    expect(text).toContain(`${exploration.resilience.score}/100`);
    expect(text).toContain('Assistant / Assistante de vie dépendance');
    expect(text).toContain('Ce qui compose le score');
    expect(text).toContain('Mapping Career Causeways');
  });

  it('records each owner download as an export and serves the JSON report', async () => {
    const response = await aube.fetchLink(exploration.trustReport.jsonUrl);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { reportId: string; resilience: { score: number; factors: unknown[] } };
    expect(document.reportId).toBe(exploration.trustReport.id);
    expect(document.resilience.score).toBe(exploration.resilience.score);
    const exports = (await aube.eventsOf(exploration.id)).filter((event) => event.type === 'aube.report_exported');
    expect(exports.map((event) => event.payload.format)).toEqual(['pdf', 'json']);
    expect(exports[0]?.payload).toEqual({ userId: owner, explorationId: exploration.id, reportId: exploration.trustReport.id, format: 'pdf' });
  });

  it('refuses a download link whose signature was tampered with', async () => {
    const tampered = exploration.trustReport.pdfUrl.replace(/signature=(.)/, (_match, first: string) => `signature=${first === 'A' ? 'B' : 'A'}`);
    const response = await aube.fetchLink(tampered);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('shares the report by a link that works until the owner revokes it', async () => {
    const shared = await aube.execute<{ shareTrustReport: { shareUrl: string; sharedAt: string } }>(SHARE, { id: exploration.trustReport.id }, user(owner));
    const shareUrl = shared.data!.shareTrustReport.shareUrl;
    expect(shareUrl).toMatch(/^https:\/\/phoenix\.example\/api\/reports\/shared\/[0-9a-f-]{36}\.[\w-]+$/);
    const again = await aube.execute<{ shareTrustReport: { shareUrl: string } }>(SHARE, { id: exploration.trustReport.id }, user(owner));
    expect(again.data?.shareTrustReport.shareUrl).toBe(shareUrl);

    const opened = await aube.fetchLink(shareUrl);
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-type')).toBe('application/pdf');
    const links = (await aube.eventsOf(exploration.id)).filter((event) => event.payload.format === 'link');
    expect(links).toHaveLength(1);

    const revoked = await aube.execute<{ revokeTrustReportShare: { shareUrl: string | null } }>(REVOKE, { id: exploration.trustReport.id }, user(owner));
    expect(revoked.data?.revokeTrustReportShare.shareUrl).toBeNull();
    expect((await aube.fetchLink(shareUrl)).status).toBe(404);
  });

  it('lets only the owner share or revoke, and refuses ids that are not UUIDs', async () => {
    const intruder = await aube.execute(SHARE, { id: exploration.trustReport.id }, user(randomUUID()));
    expect(intruder.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const anonymous = await aube.execute(REVOKE, { id: exploration.trustReport.id });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const malformed = await aube.execute(SHARE, { id: 'report-1' }, user(owner));
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('answers 404 for a forged share token', async () => {
    const forged = `${aube.baseUrl}/reports/shared/${randomUUID()}.not-a-signature`;
    expect((await fetch(forged)).status).toBe(404);
  });
});
