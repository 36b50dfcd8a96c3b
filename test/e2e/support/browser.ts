import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS_DIR = join(import.meta.dirname, '..', '..', '..', 'web', 'test-results');

/** Debian's Chromium, headless, with a fresh profile, in French. */
export async function launchBrowser(): Promise<BrowserContext> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'phoenix-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: { width: 1200, height: 800 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
}
