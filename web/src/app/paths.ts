/** The app's URLs, in French like the rest of the interface. */
export const paths = {
  home: '/',
  signUp: '/inscription',
  signIn: '/connexion',
  account: '/compte',
  pricing: '/tarifs',
  checkoutConfirmed: '/abonnement/confirmation',
  checkoutCanceled: '/abonnement/annule',
  aube: '/aube',
  letters: '/lettres',
  rise: '/rise',
  systemHealth: '/etat-du-service',
  admin: '/admin',
  adminApiKeys: '/admin/cles-api',
} as const;

/** A saved Aube exploration. */
export const explorationPath = (id: string) => `${paths.aube}/${encodeURIComponent(id)}`;

/** One letter, its versions and its analyses. */
export const letterPath = (id: string) => `${paths.letters}/${encodeURIComponent(id)}`;

/** Billing's default Stripe return URLs (STRIPE_CHECKOUT_*_URL unset), sent to the pages above. */
export const billingReturnAliases = {
  '/billing/success': paths.checkoutConfirmed,
  '/billing/canceled': paths.checkoutCanceled,
  '/account/billing': paths.account,
} as const;

/** Where to go back after signing in: only a path of this site, never another origin. */
export function safeReturnPath(value: string | null, fallback: string = paths.account): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
