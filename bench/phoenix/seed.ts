import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import type { Tier } from '@phoenix/context-token';
import { subscriptionCreatedEvent } from '../stripe-to-tier.js';
import { dataOf, graphqlRequest } from './graphql-client.js';
import { STACK_STRIPE } from './stack.js';

export interface SeedOptions {
  gatewayUrl: string;
  /** Billing's own `/webhooks/stripe` (or the gateway's proxy of it). */
  stripeWebhookUrl: string;
  users: number;
  lettersPerUser: number;
  explorationsPerUser: number;
  /** Users seeded at once (default 4). */
  concurrency?: number;
}

export interface SeededUser {
  id: string;
  email: string;
  password: string;
  tier: Tier;
  /** An access token carrying the paid tier (valid 15 minutes; `refreshUserTokens` renews it). */
  accessToken: string;
}

const DISPLAY_NAMES = ['Camille Roux', 'Karim Benali', 'Sophie Marchand', 'Lucas Moreau', 'Inès Garnier', 'Hugo Lefèvre', 'Chloé Perrin', 'Yanis Caron', 'Léa Fontaine', 'Mathis Robert'];

const LETTER_INPUTS = [
  {
    cvText:
      "Chef d'équipe entrepôt depuis onze ans. J'encadre quatorze préparateurs et caristes, je pilote les inventaires tournants sur 22 000 références et j'ai réduit de 35 % les erreurs de préparation grâce à la double vérification au scan. Compétences : WMS, gestion des stocks, management d'équipe, sécurité, CACES.",
    offerText:
      "Responsable d'entrepôt H/F. Vous encadrez une équipe de vingt préparateurs et caristes, garantissez la fiabilité des stocks et l'organisation des inventaires, pilotez les indicateurs de productivité et faites évoluer le paramétrage du WMS. Profil : management d'équipe en entrepôt, rigueur, sens de l'organisation.",
    jobTitle: "Responsable d'entrepôt",
    company: 'Maison Verdier',
    tone: 'SOBRE',
  },
  {
    cvText:
      "Conseillère clientèle bancaire depuis neuf ans : portefeuille de 450 clients, ouverture de comptes, contrôle des pièces dans le respect des procédures de connaissance client, détection des opérations inhabituelles et déclarations au service conformité. Compétences : réglementation bancaire, analyse de risques, relation client, rigueur.",
    offerText:
      'Chargé(e) de conformité LCB-FT H/F. Au sein de la direction de la conformité, vous analysez les alertes, menez les examens renforcés, rédigez les déclarations de soupçon et formez les équipes des agences. Profil : connaissance de la réglementation bancaire, esprit d’analyse, rigueur et qualités rédactionnelles.',
    jobTitle: 'Chargée de conformité LCB-FT',
    company: 'Banque Delorme & Associés',
    tone: 'FORMEL',
  },
  {
    cvText:
      "Comptable depuis quinze ans en cabinet puis en entreprise : paie, clôtures mensuelles, reporting financier, suivi de trésorerie et budgets. J'ai mis en place un tableau de bord mensuel pour la direction et automatisé les rapprochements bancaires. Compétences : Excel, reporting, contrôle de gestion, analyse des écarts.",
    offerText:
      "Contrôleur de gestion H/F dans une start-up en forte croissance. Vous construisez le budget, suivez les écarts, produisez le reporting mensuel et accompagnez les équipes opérationnelles dans le pilotage de leurs coûts. Profil : maîtrise d'Excel, goût des chiffres, curiosité, envie d'apprendre vite.",
    jobTitle: 'Contrôleur de gestion',
    company: 'Nuage Vert',
    tone: 'DYNAMIQUE',
  },
];

const EXPLORATION_SEARCHES = ['comptab', 'logistique', 'conseil', 'vente', 'informatique', 'soins'];
const VALUES = ['resoudre_problemes_complexes', 'aider_accompagner', 'creer_innover', 'organiser_optimiser', 'transmettre_former'];
const ENVIRONMENTS = ['autonome', 'collaboratif', 'hybride', 'bureau_fixe', 'terrain', 'teletravail'];

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }';
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }';
const TIER = '{ me { tier } }';
const GENERATE = 'mutation ($input: GenerateLetterInput!) { generateLetter(input: $input) { id } }';
const EXPLORE = 'mutation ($input: StartExplorationInput!) { startExploration(input: $input) { id saved } }';
const OCCUPATIONS = 'query ($search: String!) { occupations(search: $search, first: 5) { code } }';

/**
 * Users as the product makes them, through the gateway and billing's signed webhook: each
 * signs up, pays (PREMIUM or PREMIUM_PLUS, alternately) and waits until accounts applies the
 * tier from billing's event, signs in again for a token carrying it, writes letters with the
 * local AI engine and saves explorations of real occupations of the catalogue.
 */
export async function seedUsers(options: SeedOptions): Promise<SeededUser[]> {
  const codes = await occupationCodes(options.gatewayUrl);
  const run = randomBytes(3).toString('hex');
  const users: SeededUser[] = [];
  let next = 0;
  const worker = async () => {
    while (next < options.users) {
      const index = next++;
      users.push(await seedOne(options, { index, run, codes }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, options.users) }, worker));
  return users.sort((a, b) => a.email.localeCompare(b.email));
}

/** Signs every user in again: fresh 15-minute access tokens, for runs longer than one. */
export async function refreshUserTokens(gatewayUrl: string, users: SeededUser[]): Promise<void> {
  for (const user of users) user.accessToken = await signIn(gatewayUrl, user);
}

async function seedOne(options: SeedOptions, context: { index: number; run: string; codes: string[] }): Promise<SeededUser> {
  const { gatewayUrl } = options;
  const { index, run, codes } = context;
  const email = `bench.${run}.${String(index).padStart(3, '0')}@exemple.fr`;
  const password = `mot de passe ${run} ${index} phoenix`;
  const displayName = DISPLAY_NAMES[index % DISPLAY_NAMES.length] as string;
  const signedUp = dataOf('signUp', await graphqlRequest<{ signUp: { accessToken: string; user: { id: string } } }>(gatewayUrl, SIGN_UP, { input: { email, password, displayName } }));
  const id = signedUp.signUp.user.id;
  const tier: Tier = index % 2 === 0 ? 'PREMIUM' : 'PREMIUM_PLUS';
  await subscribe(options.stripeWebhookUrl, id, tier === 'PREMIUM' ? STACK_STRIPE.pricePremium : STACK_STRIPE.pricePremiumPlus);
  await waitForTier(gatewayUrl, signedUp.signUp.accessToken, tier);
  const user: SeededUser = { id, email, password, tier, accessToken: '' };
  user.accessToken = await signIn(gatewayUrl, user);

  for (let letter = 0; letter < options.lettersPerUser; letter++) {
    const input = LETTER_INPUTS[(index + letter) % LETTER_INPUTS.length];
    dataOf('generateLetter', await graphqlRequest(gatewayUrl, GENERATE, { input: { ...input, candidateName: displayName } }, user.accessToken));
  }
  for (let exploration = 0; exploration < options.explorationsPerUser; exploration++) {
    const input = {
      occupationCode: codes[(index * 3 + exploration) % codes.length],
      yearsOfExperience: 3 + ((index * 7 + exploration) % 20),
      skills: ['Animer une équipe', 'Négocier avec les clients', 'Suivre un budget'].slice(0, 1 + ((index + exploration) % 3)),
      values: [VALUES[(index + exploration) % VALUES.length], VALUES[(index + exploration + 2) % VALUES.length]],
      environments: [ENVIRONMENTS[(index + exploration) % ENVIRONMENTS.length]],
    };
    const started = dataOf('startExploration', await graphqlRequest<{ startExploration: { saved: boolean } }>(gatewayUrl, EXPLORE, { input }, user.accessToken));
    if (!started.startExploration.saved) throw new Error('startExploration did not save the exploration of a signed-in user');
  }
  return user;
}

async function occupationCodes(gatewayUrl: string): Promise<string[]> {
  const codes = new Set<string>();
  for (const search of EXPLORATION_SEARCHES) {
    const found = dataOf('occupations', await graphqlRequest<{ occupations: { code: string }[] }>(gatewayUrl, OCCUPATIONS, { search }));
    for (const occupation of found.occupations) codes.add(occupation.code);
  }
  if (codes.size === 0) throw new Error('the occupation catalogue returned no occupation');
  return [...codes];
}

async function subscribe(webhookUrl: string, userId: string, priceId: string): Promise<void> {
  const payload = JSON.stringify(subscriptionCreatedEvent(userId, priceId));
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: STACK_STRIPE.webhookSecret });
  const response = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`the subscription webhook answered ${response.status}: ${body.slice(0, 200)}`);
}

// accounts applies billing's event through its consumer (NOTIFY, else its poll): wait for it.
async function waitForTier(gatewayUrl: string, token: string, tier: Tier): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const result = await graphqlRequest<{ me: { tier: Tier } | null }>(gatewayUrl, TIER, {}, token);
    if (result.data?.me?.tier === tier) return;
    if (Date.now() > deadline) throw new Error(`accounts did not apply the ${tier} tier within 60 s (last answer: ${JSON.stringify(result).slice(0, 200)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function signIn(gatewayUrl: string, user: Pick<SeededUser, 'email' | 'password'>): Promise<string> {
  const signedIn = dataOf('signIn', await graphqlRequest<{ signIn: { accessToken: string } }>(gatewayUrl, SIGN_IN, { input: { email: user.email, password: user.password } }));
  return signedIn.signIn.accessToken;
}
