import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import type { FakeStripe } from '../../subgraphs/billing/test/support/fake-stripe/server.js';
import { firstLoadSize } from '../../web/scripts/bundle-size.js';
import { RESULTS_DIR, launchBrowser } from './support/browser.js';
import { recordStreaming, screenshot, streamedTexts, visibleText, waitUntil } from './support/page-tools.js';
import { buildWeb, startStack, type RunningStack } from './support/stack.js';
import { payOnCheckoutPage, startLocalStripe } from './support/stripe.js';

// The web client in Debian's Chromium against `npm start` (embedded Postgres, every subgraph,
// the gateway serving web/dist with its safelist on, billing on the local Stripe test server):
// sign up → Aube score → explanation level 2 → Trust report → letter (premium tools locked) →
// Iris reply streaming in → Rise → System Health updating live → checkout → premium unlocked,
// then sign out and in again, export my data, the admin dashboard, and last the account deleted.

const repoRoot = join(import.meta.dirname, '..', '..');
const DOC_SCREENSHOTS = [
  'accueil',
  'inscription',
  'compte',
  'aube',
  'aube-niveau-2',
  'lettre',
  'iris',
  'rise',
  'etat-du-service',
  'tarifs',
  'lettre-premium',
  'admin-tableau-de-bord',
  'compte-mes-donnees',
];
const EXPORT_SECTIONS = ['accounts', 'aube', 'letters', 'rise', 'iris', 'billing', 'agents'];
const email = `nadia.${Date.now()}@exemple.fr`;
const password = 'reconversion 2026';
const CV =
  'Comptable depuis quinze ans dans une PME industrielle, je pilote la paie, les clôtures mensuelles et le reporting financier. J’ai réduit de 30 % les délais de clôture en automatisant les rapprochements bancaires sous Excel.';
const OFFER =
  'Atelier Lumière recherche un contrôleur de gestion capable de piloter les budgets, de produire le reporting financier mensuel et d’améliorer les clôtures. Maîtrise d’Excel attendue, goût pour l’analyse de données.';

let stack: RunningStack;
let stripe: FakeStripe;
let browser: BrowserContext;
let page: Page;
let letterUrl: string;
const problems: string[] = [];
// Answers the journey provokes on purpose, which Chromium logs as console errors.
const EXPECTED_STATUSES = ['status of 401', 'status of 403'];

beforeAll(async () => {
  buildWeb();
  const local = await startLocalStripe();
  stripe = local.stripe;
  stack = await startStack((origin) => ({
    ...local.env(origin),
    GATEWAY_SAFELIST_PATH: join(repoRoot, 'web/src/__generated__/persisted-documents.json'),
    // Health checked and pushed every 2 s, so the live page changes while the test watches.
    AGENTS_HEALTH_INTERVAL_MS: '2000',
    AGENTS_HEALTH_PUSH_INTERVAL_MS: '2000',
    // The local AI engine pauses between chunks, so Iris's reply visibly streams.
    AI_LOCAL_CHUNK_DELAY_MS: '25',
  }));
  browser = await launchBrowser();
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error' && !EXPECTED_STATUSES.some((status) => message.text().includes(status))) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  await page.addInitScript({
    content: "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));",
  });
  await payOnCheckoutPage(page, stripe, stack.origin);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await stripe?.close();
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
    await screenshot(page, 'accueil');

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
    await page.getByRole('link', { name: 'Créer un compte gratuit' }).click();
    await page.waitForURL('**/inscription');
    await page.getByLabel('Prénom ou pseudonyme').fill('Nadia');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    // Opt-in: the box starts unticked; the admin funnel counts only people who consent.
    const analytics = page.getByRole('checkbox', { name: 'J’accepte la mesure d’audience (statistiques anonymisées)' });
    expect(await analytics.isChecked()).toBe(false);
    await analytics.check();
    await screenshot(page, 'inscription');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    await page.waitForURL('**/compte');
    await page.getByText(email).waitFor();
    const text = await visibleText(page);
    expect(text).toMatch(/Offre\s+Gratuit/);
    expect(text).toContain('Aucun abonnement payant');
    await screenshot(page, 'compte');

    const cookies = await browser.cookies(`${stack.origin}/graphql`);
    const refresh = cookies.find((cookie) => cookie.name === 'phoenix_refresh');
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/graphql' });
    expect(await page.evaluate('document.cookie')).not.toContain('phoenix_refresh');
  });

  it('keeps the session across a reload through the refresh cookie, and saves a consent with its text version', async () => {
    await page.reload();
    await page.getByText(email).waitFor();
    expect(await page.getByRole('switch', { name: 'Mesure d’audience' }).isChecked()).toBe(true);
    const research = page.getByRole('switch', { name: 'Recherche' });
    expect(await research.isChecked()).toBe(false);
    await research.check();
    await page.getByText('Consentement accordé.').waitFor();
    await page.reload();
    await page.getByText(email).waitFor();
    expect(await page.getByRole('switch', { name: 'Recherche' }).isChecked()).toBe(true);
    await page.getByText('Historique de vos décisions').click();
    const history = page.getByRole('list', { name: 'Historique de vos décisions' });
    await history.waitFor();
    const decisions = await history.getByRole('listitem').allInnerTexts();
    expect(decisions[0]).toMatch(/Recherche\s: accordé .*version 2026-01/);
    expect(decisions.some((decision) => /Mesure d’audience\s: accordé/.test(decision))).toBe(true);
  });

  it('scores a job in Aube: gauge, explanation levels, recommendations and plan', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Explorer mon métier' }).click();
    await page.getByLabel('Votre métier actuel').fill('comptable');
    const firstResult = page.getByRole('radio', { name: /Comptab/ }).first();
    await firstResult.check();
    await page.getByLabel('Années d’expérience dans ce métier').fill('15');
    await page.getByLabel('Vos compétences transférables (facultatif)').fill('gestion de projet, relation client, Excel');
    await page.getByRole('checkbox', { name: 'Organiser et optimiser' }).check();
    await page.getByRole('checkbox', { name: 'Hybride (bureau et télétravail)' }).check();
    await page.getByRole('button', { name: 'Calculer mon score de résilience' }).click();

    await page.waitForURL(/\/aube\/[0-9a-f-]{36}$/);
    const gauge = page.getByRole('img', { name: /^Score de résilience de .+\s:\s\d{1,3} sur 100$/ });
    await gauge.waitFor();
    const score = Number(/(\d{1,3}) sur 100$/.exec((await gauge.locator('title').textContent()) ?? '')?.[1]);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(await page.locator('main h1:focus').count()).toBe(1);
    const text = await visibleText(page);
    expect(text).toContain('Métiers vers lesquels évoluer');
    expect(text).toContain('Votre plan de montée en compétences');
    expect(text).toMatch(/Éligible CPF|Hors CPF/);
    await screenshot(page, 'aube');

    await page.getByRole('radio', { name: /Niveau 2/ }).check();
    const level2 = page.getByRole('region', { name: 'Explication de niveau 2' });
    await level2.getByRole('heading', { name: 'Ce qui compose le score' }).waitFor();
    expect(await level2.getByRole('heading', { name: 'Sources' }).count()).toBe(1);
    await level2.getByRole('heading', { name: 'Ce qui compose le score' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'aube-niveau-2');

    await page.getByRole('radio', { name: /Niveau 3/ }).check();
    await page.getByRole('region', { name: 'Explication de niveau 3' }).getByRole('heading', { name: 'Méthode' }).waitFor();
  });

  it('downloads the Trust report, and shares it by a link that stops working once revoked', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le rapport (PDF)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rapport-aube-.+\.pdf$/);

    await page.getByRole('button', { name: 'Créer un lien de partage' }).click();
    const link = page.getByLabel(/Lien de partage/);
    await link.waitFor();
    const shareUrl = await link.inputValue();
    expect(shareUrl).toMatch(new RegExp(`^${stack.origin}/reports/shared/`));
    const shared = await page.request.get(shareUrl);
    expect(shared.status()).toBe(200);
    expect(shared.headers()['content-type']).toContain('application/pdf');

    await page.getByRole('button', { name: 'Révoquer le lien' }).click();
    await page.getByRole('button', { name: 'Créer un lien de partage' }).waitFor();
    expect((await page.request.get(shareUrl)).status()).toBe(404);
  });

  it('writes a letter within the monthly quota; premium tools show the upgrade path', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Lettres' }).click();
    await page.getByText(/3\slettres restantes sur 3 ce mois-ci\./).waitFor();
    await page.getByLabel('Intitulé du poste').fill('Contrôleuse de gestion');
    await page.getByLabel('Entreprise').fill('Atelier Lumière');
    await page.getByLabel('Ton de la lettre').selectOption('DYNAMIQUE');
    await page.getByLabel('Votre CV').fill(CV);
    await page.getByLabel('L’offre d’emploi').fill(OFFER);
    await page.getByRole('button', { name: 'Rédiger ma lettre' }).click();

    await page.waitForURL(/\/lettres\/[0-9a-f-]{36}$/);
    letterUrl = page.url();
    await page.getByRole('article', { name: 'Texte de la lettre' }).waitFor();
    expect(await page.getByRole('article', { name: 'Texte de la lettre' }).innerText()).toContain('Atelier Lumière');
    await page.getByText(/2\slettres restantes sur 3 ce mois-ci\./).waitFor();
    await screenshot(page, 'lettre');

    await page.getByRole('button', { name: 'Modifier le texte' }).click();
    const editor = page.getByLabel('Texte de la lettre');
    await editor.fill(`${await editor.inputValue()}\n\nJe serais heureuse d’en discuter avec vous.`);
    await page.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
    await page.getByText('Vos modifications sont enregistrées dans une nouvelle version.').waitFor();
    expect(await visibleText(page)).toMatch(/Version 2 — Modifiée par vous/);

    await page.getByRole('button', { name: 'Analyser ma lettre' }).click();
    const upgrade = page.getByRole('alert').filter({ hasText: 'disponible avec les offres Premium' });
    await upgrade.waitFor();
    expect(await upgrade.getByRole('link', { name: 'Découvrir les offres Premium' }).getAttribute('href')).toBe('/tarifs');
  });

  it('asks Iris from any page: the reply streams in, and the daily quota counts the message', async () => {
    await page.getByRole('button', { name: 'Demander à Iris' }).click();
    const panel = page.getByRole('dialog', { name: 'Iris, votre assistante' });
    await panel.getByText(/5\smessages restants sur 5 aujourd’hui\./).waitFor();
    await panel.getByLabel('Sujet').selectOption('ENTRETIEN');
    await panel.getByLabel('Votre message').fill('Comment présenter ma reconversion de comptable vers le contrôle de gestion en entretien ?');
    await recordStreaming(page, '.iris__message--assistant');
    await panel.getByRole('button', { name: 'Envoyer' }).click();

    const reply = panel.locator('.iris__message--assistant').last();
    await reply.waitFor();
    await panel.locator('.iris__message--assistant:not([aria-busy])').last().waitFor({ timeout: 60_000 });
    const grown = (await streamedTexts(page)).filter((text) => !text.includes('Iris écrit…'));
    // The reply was shown piece by piece: several growing texts, each a prefix of the next.
    expect(grown.length).toBeGreaterThan(2);
    grown.slice(1).forEach((text, index) => expect(text.startsWith(grown[index] ?? '')).toBe(true));
    expect((await reply.innerText()).length).toBeGreaterThan(40);
    await panel.getByText(/4\smessages restants sur 5 aujourd’hui\./).waitFor();
    await screenshot(page, 'iris');
    await panel.getByRole('button', { name: 'Fermer Iris' }).click();
    expect(await page.getByRole('button', { name: 'Demander à Iris' }).evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
  });

  it('keeps a Rise journal with its mood chart, a goal and a coaching session', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Rise' }).click();
    await page.getByLabel('Mon humeur aujourd’hui (1 à 10)').selectOption('5');
    await page.getByRole('button', { name: 'Enregistrer mon humeur' }).click();
    await page.getByText('Entrée enregistrée dans votre journal.').waitFor();
    await page.getByLabel('Mon humeur aujourd’hui (1 à 10)').selectOption('8');
    await page.getByLabel('Ma confiance dans ma reconversion (1 à 10)').selectOption('7');
    await page.getByRole('button', { name: 'Enregistrer mon humeur' }).click();
    const chart = page.getByRole('img', { name: /Humeur et confiance/ });
    // Two entries, each a dot for mood and one for confidence.
    await waitUntil('the chart shows both entries', async () => (await chart.locator('circle').count()) === 4);

    await page.getByLabel('Objectif', { exact: true }).fill('Obtenir une certification en contrôle de gestion');
    await page.getByLabel('Date cible').fill(`${new Date().getFullYear() + 1}-06-30`);
    await page.getByLabel('Étapes (facultatif)').fill('Choisir la formation\nDemander le financement CPF');
    await page.getByRole('button', { name: 'Fixer cet objectif' }).click();
    await page.getByRole('checkbox', { name: 'Choisir la formation' }).check();
    await page.getByText(/Avancement\s:\s50\s%/).waitFor();

    await page.getByText(/2\sséances restantes sur 2 ce mois-ci\./).waitFor();
    await page.getByRole('button', { name: 'Commencer une séance' }).click();
    await page.getByText(/1\sséance restante sur 2 ce mois-ci\./).waitFor({ timeout: 60_000 });
    await screenshot(page, 'rise', true);
  });

  it('shows System Health updating live over the subscription, without polling', async () => {
    const posts: string[] = [];
    const listener = (request: { url(): string; method(): string }) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') posts.push(request.url());
    };
    page.on('request', listener);
    await page.getByRole('link', { name: 'État du service' }).click();
    const table = page.getByRole('table', { name: 'État de chaque service' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(7);
    await page.getByText('Tous les services de Phoenix fonctionnent normalement.').waitFor();
    await page.getByText('Mise à jour en direct.').waitFor();
    const time = page.locator('.health-overall__meta time');
    const first = await time.getAttribute('datetime');
    const afterLoad = posts.length;
    await waitUntil('a newer round of checks is shown', async () => (await time.getAttribute('datetime')) !== first);
    // Each round adds a point to the latency trends, drawn from the second round seen.
    await waitUntil('the latency trends show two rounds', async () => (await page.locator('svg.sparkline').count()) > 0);
    expect(posts.length).toBe(afterLoad);
    await screenshot(page, 'etat-du-service');
    page.off('request', listener);
  });

  it('subscribes through the local Stripe checkout, and premium features unlock', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Tarifs' }).click();
    await page.getByRole('heading', { name: 'Premium Plus' }).waitFor();
    const text = await visibleText(page);
    expect(text).toContain('0 €');
    expect(text).toContain('9,99 €');
    expect(text).toContain('15,99 €');
    expect(text).toContain('Votre offre actuelle');
    expect(await page.locator('main h1:focus').count()).toBe(1);
    await screenshot(page, 'tarifs');

    await page.getByRole('button', { name: 'Choisir Premium', exact: true }).click();
    await page.waitForURL('**/abonnement/confirmation?session_id=*');
    await page.getByText('Votre offre Premium est active.', { exact: false }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'abonnement-confirme');

    await page.goto(letterUrl);
    await page.getByRole('button', { name: 'Analyser ma lettre' }).click();
    const ats = page.getByRole('img', { name: /^Score ATS de la version 2\s:\s\d{1,3} sur 100$/ });
    await ats.waitFor();
    expect(await page.getByText('disponible avec les offres Premium').count()).toBe(0);
    await ats.scrollIntoViewIfNeeded();
    await screenshot(page, 'lettre-premium');
    await page.getByRole('button', { name: 'Faire relire ma lettre' }).click();
    await page.getByRole('img', { name: /^Note du coach pour la version 2\s:\s\d{1,3} sur 100$/ }).waitFor();
  });

  it('signs out: the cookie is cleared and a reload stays signed out', async () => {
    await page.getByRole('link', { name: 'Mon compte' }).click();
    await page.getByText('Premium', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByText('Déconnexion réussie.', { exact: false }).waitFor();
    expect((await browser.cookies(`${stack.origin}/graphql`)).some((cookie) => cookie.name === 'phoenix_refresh')).toBe(false);
    expect(await page.getByRole('button', { name: 'Demander à Iris' }).count()).toBe(0);
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
    await screenshot(page, 'connexion-erreur');

    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/compte');
    await page.getByText(email).waitFor();
    await page.reload();
    await page.getByText(email).waitFor();
    await screenshot(page, 'compte-apres-reconnexion');
  });

  it('exports my data: one JSON file with every service’s section', async () => {
    const exportButton = page.getByRole('button', { name: 'Exporter mes données' });
    await exportButton.scrollIntoViewIfNeeded();
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^phoenix-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    for (const section of EXPORT_SECTIONS) expect(exported[section]).toEqual(expect.any(Object));
    expect(JSON.stringify(exported.accounts)).toContain(email);
    expect(exported).toMatchObject({ formatVersion: expect.any(Number), schemaUrl: expect.stringContaining('data-export') });
    await page.getByText(`Vos données sont téléchargées dans le fichier ${download.suggestedFilename()}.`).waitFor();
    await page.getByRole('heading', { name: 'Exporter mes données' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'compte-mes-donnees');

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByText('Déconnexion réussie.', { exact: false }).waitFor();
  });

  it('shows admins the funnel of the journey and lets them issue a partner API key', async () => {
    const admin = /Demo admin: (\S+) \/ (\S+)/.exec(stack.output());
    expect(admin).not.toBeNull();
    await page.goto(`${stack.origin}/connexion?retour=%2Fadmin`);
    await page.getByLabel('Adresse e-mail').fill(admin?.[1] ?? '');
    await page.getByLabel('Mot de passe', { exact: true }).fill(admin?.[2] ?? '');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/admin');
    const funnel = page.getByRole('table', { name: 'Tunnel de conversion' });
    // The funnel is projected from the event log by a consumer: it may take a moment.
    for (let attempt = 0; attempt < 30; attempt += 1) {
      if ((await funnel.count()) > 0 && /Abonnements\s+[1-9]/.test(await funnel.innerText())) break;
      await page.waitForTimeout(1000);
      await page.getByRole('button', { name: 'Afficher' }).click();
    }
    const rows = (await funnel.innerText()).replace(/[\u00a0\u202f]/g, ' ');
    for (const step of ['Visites', 'Scores Aube', 'Inscriptions', 'Premières lettres', 'Paiements commencés', 'Abonnements']) expect(rows).toMatch(new RegExp(`${step}\\s+[1-9]`));
    await screenshot(page, 'admin-tableau-de-bord', true);

    await page.getByRole('link', { name: 'Gérer les clés API des partenaires' }).click();
    await page.getByLabel('Partenaire').fill('france-travail');
    await page.getByLabel('Nom de la clé').fill('Import de production');
    await page.getByRole('button', { name: 'Créer la clé' }).click();
    const secret = page.getByRole('alert').filter({ hasText: 'elle ne sera plus jamais affichée' });
    expect(await secret.locator('code').innerText()).toMatch(/^phx_/);
    await page.getByRole('cell', { name: /france-travail/ }).first().waitFor();
    await screenshot(page, 'admin-cles-api');
    await page.goto(`${stack.origin}/compte`);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByText('Déconnexion réussie.', { exact: false }).waitFor();
  });

  // Last: the erasure keeps only pseudonymous aggregates, so the funnel above still counts the journey.
  it('deletes the account once the email is confirmed; the old credentials no longer work', async () => {
    await page.goto(`${stack.origin}/connexion`);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/compte');
    const zone = page.getByRole('region', { name: 'Supprimer mon compte' });
    const confirmation = zone.getByLabel('Pour confirmer, saisissez l’adresse e-mail de votre compte');
    await confirmation.fill(`autre.${email}`);
    await zone.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await zone.getByRole('alert').getByText('Votre compte n’a pas été supprimé.', { exact: false }).waitFor();
    expect(await confirmation.getAttribute('aria-invalid')).toBe('true');
    const fieldError = await confirmation.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${fieldError?.split(' ').at(-1)}"]`).innerText()).toContain('Cette adresse ne correspond pas à celle de votre compte.');
    await zone.scrollIntoViewIfNeeded();
    await screenshot(page, 'compte-suppression');

    await confirmation.fill(email);
    await zone.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await page.getByText('Votre compte a été supprimé', { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByRole('link', { name: 'Se connecter' }).count()).toBeGreaterThan(0);
    expect((await browser.cookies(`${stack.origin}/graphql`)).some((cookie) => cookie.name === 'phoenix_refresh')).toBe(false);
    await screenshot(page, 'compte-supprime');

    await page.getByRole('link', { name: 'Se connecter' }).first().click();
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/connexion');
  });

  it('ran without console errors or CSP violations', () => {
    expect(problems).toEqual([]);
    mkdirSync(join(repoRoot, 'docs', 'screenshots'), { recursive: true });
    for (const name of DOC_SCREENSHOTS) copyFileSync(join(RESULTS_DIR, `${name}.png`), join(repoRoot, 'docs', 'screenshots', `web-${name}.png`));
  });
});
