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

/** Version of the consent texts shown today, for every purpose: `YYYY-MM` of their publication. */
export const CURRENT_CONSENT_TEXT_VERSION = '2026-01';

type ConsentTextFamily = (typeof CONSENT_PURPOSES)[number] | 'partner_sharing';

/**
 * Every version of each purpose's consent text that users may have been shown, oldest first;
 * the last one is current. A new wording adds a version here, never replaces one, so past
 * decisions keep naming the text they were made on.
 */
export const CONSENT_TEXT_VERSIONS: Readonly<Record<ConsentTextFamily, readonly string[]>> = {
  analytics: [CURRENT_CONSENT_TEXT_VERSION],
  cross_app_context: [CURRENT_CONSENT_TEXT_VERSION],
  research: [CURRENT_CONSENT_TEXT_VERSION],
  partner_sharing: [CURRENT_CONSENT_TEXT_VERSION],
};

function textFamily(purpose: ConsentPurpose): ConsentTextFamily {
  return purpose.startsWith(PARTNER_SHARING_PREFIX) ? 'partner_sharing' : (purpose as ConsentTextFamily);
}

/** The version of the text shown today for this purpose. */
export function currentConsentTextVersion(purpose: ConsentPurpose): string {
  return CONSENT_TEXT_VERSIONS[textFamily(purpose)].at(-1) ?? CURRENT_CONSENT_TEXT_VERSION;
}

/** The text version a decision was made on: the current one when not given, else one of the purpose's known versions. */
export function parseConsentTextVersion(purpose: ConsentPurpose, raw: string | null | undefined): Checked<string> {
  if (raw === null || raw === undefined) return accept(currentConsentTextVersion(purpose));
  const known = CONSENT_TEXT_VERSIONS[textFamily(purpose)];
  const version = raw.trim();
  if (known.includes(version)) return accept(version);
  return refuse(`Unknown consent text version for ${textFamily(purpose)}. Known versions: ${known.join(', ')}.`);
}
