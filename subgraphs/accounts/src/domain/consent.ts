import { accept, refuse, type Checked } from './validation.js';

/** Purposes a user can consent to, besides sharing with a named partner. */
export const CONSENT_PURPOSES = ['analytics', 'cross_app_context', 'research'] as const;
export const PARTNER_SHARING_PREFIX = 'partner_sharing:';
/** A partner's name in consents and API keys, e.g. `france-travail`. */
export const PARTNER_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_PARTNER_SLUG_LENGTH = 64;

export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number] | `partner_sharing:${string}`;

/**
 * Accepts `analytics`, `cross_app_context`, `research`, or `partner_sharing:<slug>` where the
 * slug is lower-case letters and digits separated by single hyphens (e.g. `france-travail`).
 */
export function parseConsentPurpose(raw: string): Checked<ConsentPurpose> {
  const purpose = raw.trim();
  if ((CONSENT_PURPOSES as readonly string[]).includes(purpose)) return accept(purpose as ConsentPurpose);
  if (purpose.startsWith(PARTNER_SHARING_PREFIX)) {
    const slug = purpose.slice(PARTNER_SHARING_PREFIX.length);
    if (slug.length <= MAX_PARTNER_SLUG_LENGTH && PARTNER_SLUG.test(slug)) return accept<ConsentPurpose>(`partner_sharing:${slug}`);
    return refuse('A partner is named by a slug of lower-case letters, digits and hyphens, e.g. partner_sharing:france-travail.');
  }
  return refuse(`Unknown consent purpose. Expected one of ${CONSENT_PURPOSES.join(', ')}, or ${PARTNER_SHARING_PREFIX}<partner>.`);
}

/** The partner a `partner_sharing:<slug>` purpose names, or undefined for other purposes. */
export function partnerOf(purpose: ConsentPurpose): string | undefined {
  return purpose.startsWith(PARTNER_SHARING_PREFIX) ? purpose.slice(PARTNER_SHARING_PREFIX.length) : undefined;
}
