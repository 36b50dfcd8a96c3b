import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { firstLoadSize } from '../../web/scripts/bundle-size.js';
import { RESULTS_DIR, launchBrowser } from './support/browser.js';
import { buildWeb, startStack, type RunningStack } from './support/stack.js';

// The first slice of the web client, in Debian's Chromium against `npm start` (embedded
// Postgres, every subgraph, the gateway serving web/dist): sign up, account, pricing,
// sign out, sign in, and the session surviving reloads through the HttpOnly cookie.

const repoRoot = join(import.meta.dirname, '..', '..');
const DOC_SCREENSHOTS = ['accueil', 'inscription', 'compte', 'tarifs'];
const email = `nadia.${Date.now()}@exemple.fr`;
const password = 'reconversion 2026';

let stack: RunningStack;
let browser: BrowserContext;
let page: Page;
const problems: string[] = [];

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`) });
}

/** Text as a reader sees it: French non-breaking spaces compared as plain spaces. */
async function visibleText(): Promise<string> {
  return (await page.locator('main').innerText()).replace(/[\u00a0\u202f]/g, ' ');
}

beforeAll(async () => {
  buildWeb();
  stack = await startStack({ GATEWAY_SAFELIST_PATH: join(repoRoot, 'web/src/__generated__/persisted-documents.json') });
  browser = await launchBrowser();
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on('console', (message) => {
    // The wrong-password attempt is answered 401 on purpose; Chromium logs every such answer.
    if (message.type() === 'error' && !message.text().includes('status of 401')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  await page.addInitScript({
    content: "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));",
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the web client', () => {
  it('loads the home page fast, in French, keyboard first, with the campaign kept', async () => {
    await page.goto(`${stack.origin}/?utm_source=newsletter&utm_campaign=printemps`);
    // Browser-side code as strings: this file is type-checked for Node, without the DOM library.
    const interactiveMs = (await page.evaluate(`(async () => {
      while (!document.querySelector('main h1')) await new Promise(requestAnimationFrame);
      return performance.now();
    })()`)) as number;
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Faites de l’IA un atout pour votre reconversion');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.evaluate("sessionStorage.getItem('phoenix.utm')")).toBe(JSON.stringify({ utm_source: 'newsletter', utm_campaign: 'printemps' }));
    await screenshot('accueil');

    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').innerText()).toBe('Aller au contenu principal');

    const size = firstLoadSize(join(repoRoot, 'web', 'dist'));
    const timing = (await page.evaluate(`({
      domContentLoadedMs: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd),
      firstContentfulPaintMs: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
      jsTransferredKb: Math.round(performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).reduce((sum, r) => sum + r.encodedBodySize, 0) / 102.4) / 10,
    })`)) as { domContentLoadedMs: number; firstContentfulPaintMs: number; jsTransferredKb: number };
    const metrics = { firstLoadJsGzipKb: +(size.jsGzipBytes / 1024).toFixed(1), firstLoadCssGzipKb: +(size.cssGzipBytes / 1024).toFixed(1), interactiveMs: Math.round(interactiveMs), ...timing };
    writeFileSync(join(RESULTS_DIR, 'metrics.json'), `${JSON.stringify(metrics, null, 2)}\n`);
    process.stdout.write(`home page budget: ${JSON.stringify(metrics)}\n`);
    expect(size.jsGzipBytes).toBeLessThan(160 * 1024);
  });

  it('signs up and shows the account: email, FREE tier, subscription, consents', async () => {
    await page.getByRole('link', { name: 'Commencer gratuitement' }).click();
    await page.waitForURL('**/inscription');
    await page.getByLabel('Prénom ou pseudonyme').fill('Nadia');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await screenshot('inscription');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    await page.waitForURL('**/compte');
    await page.getByText(email).waitFor();
    const text = await visibleText();
    expect(text).toMatch(/Offre\s+Gratuit/);
    expect(text).toContain('Aucun abonnement payant');
    await screenshot('compte');

    const cookies = await browser.cookies(`${stack.origin}/graphql`);
    const refresh = cookies.find((cookie) => cookie.name === 'phoenix_refresh');
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/graphql' });
    expect(await page.evaluate('document.cookie')).not.toContain('phoenix_refresh');
  });

  it('keeps the session across a reload through the refresh cookie, and saves a consent', async () => {
    await page.reload();
    await page.getByText(email).waitFor();
    const analytics = page.getByRole('switch', { name: 'Mesure d’audience' });
    expect(await analytics.isChecked()).toBe(false);
    await analytics.check();
    await page.getByText('Consentement accordé.').waitFor();
    await page.reload();
    await page.getByText(email).waitFor();
    expect(await page.getByRole('switch', { name: 'Mesure d’audience' }).isChecked()).toBe(true);
  });

  it('shows the plans with French prices, and says when checkout cannot start', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Tarifs' }).click();
    await page.getByRole('heading', { name: 'Premium Plus' }).waitFor();
    const text = await visibleText();
    expect(text).toContain('0 €');
    expect(text).toContain('9,99 €');
    expect(text).toContain('15,99 €');
    expect(text).toContain('Votre offre actuelle');
    expect(await page.locator('main h1:focus').count()).toBe(1);
    await screenshot('tarifs');

    await page.getByRole('button', { name: 'Choisir Premium', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/paiement en ligne n’est pas encore disponible|Redirection/);
    await screenshot('tarifs-paiement-indisponible');
  });

  it('signs out: the cookie is cleared and a reload stays signed out', async () => {
    await page.getByRole('link', { name: 'Mon compte' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByText('Déconnexion réussie.', { exact: false }).waitFor();
    expect((await browser.cookies(`${stack.origin}/graphql`)).some((cookie) => cookie.name === 'phoenix_refresh')).toBe(false);
    await page.reload();
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    await page.goto(`${stack.origin}/compte`);
    await page.waitForURL('**/connexion?retour=%2Fcompte');
  });

  it('refuses a wrong password in French, then signs in and survives a reload', async () => {
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill('pas le bon mot de passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
    await screenshot('connexion-erreur');

    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/compte');
    await page.getByText(email).waitFor();
    await page.reload();
    await page.getByText(email).waitFor();
    await screenshot('compte-apres-reconnexion');
  });

  it('ran without console errors or CSP violations', () => {
    expect(problems).toEqual([]);
    mkdirSync(join(repoRoot, 'docs', 'screenshots'), { recursive: true });
    for (const name of DOC_SCREENSHOTS) copyFileSync(join(RESULTS_DIR, `${name}.png`), join(repoRoot, 'docs', 'screenshots', `web-${name}.png`));
  });
});
