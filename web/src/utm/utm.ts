export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
export type UtmKey = (typeof UTM_KEYS)[number];
export type Utm = Partial<Record<UtmKey, string>>;

const STORAGE_KEY = 'phoenix.utm';
const MAX_LENGTH = 200;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Keeps the campaign parameters of the landing URL for the rest of the visit (the tab's
 * session), so sign-up can report where the visitor came from. A URL without any keeps
 * what an earlier page of the visit stored.
 */
export function captureUtm(search: string, storage: Store): void {
  const params = new URLSearchParams(search);
  const utm: Utm = {};
  for (const key of UTM_KEYS) {
    const value = params.get(key)?.trim();
    if (value) utm[key] = value.slice(0, MAX_LENGTH);
  }
  if (Object.keys(utm).length === 0) return;
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(utm));
  } catch {
    // Storage full or disabled (private browsing): attribution is a nice-to-have.
  }
}

/** The campaign parameters kept for this visit, or undefined when there are none. */
export function storedUtm(storage: Store): Utm | undefined {
  try {
    const raw = storage.getItem(STORAGE_KEY);
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const utm: Utm = {};
    for (const key of UTM_KEYS) {
      const value = (parsed as Record<string, unknown>)[key];
      if (typeof value === 'string' && value) utm[key] = value.slice(0, MAX_LENGTH);
    }
    return Object.keys(utm).length > 0 ? utm : undefined;
  } catch {
    return undefined;
  }
}

const VISITOR_KEY = 'phoenix.visitor';

/**
 * A random, pseudonymous id for this browser, created on first use: it links an anonymous
 * visit to the sign-up that follows, in the funnel, without any personal data.
 */
export function visitorId(storage: Store): string | undefined {
  try {
    const existing = storage.getItem(VISITOR_KEY);
    if (existing && /^[A-Za-z0-9-]{8,64}$/.test(existing)) return existing;
    const created = crypto.randomUUID();
    storage.setItem(VISITOR_KEY, created);
    return created;
  } catch {
    return undefined;
  }
}

/** The `attribution` input of sign-up: the visitor id and the visit's campaign parameters. */
export function signUpAttribution(storage: Store): Record<string, string> | undefined {
  const utm = storedUtm(storage);
  const visitor = visitorId(storage);
  const attribution: Record<string, string> = {
    ...(visitor ? { visitorId: visitor } : {}),
    ...(utm?.utm_source ? { utmSource: utm.utm_source } : {}),
    ...(utm?.utm_medium ? { utmMedium: utm.utm_medium } : {}),
    ...(utm?.utm_campaign ? { utmCampaign: utm.utm_campaign } : {}),
  };
  return Object.keys(attribution).length > 0 ? attribution : undefined;
}

/** The `visitorId` and `utm` fields of `StartExplorationInput`: the funnel's first step. */
export function explorationAttribution(storage: Store): { visitorId?: string; utm?: Record<string, string> } {
  const utm = storedUtm(storage);
  const visitor = visitorId(storage);
  const campaign: Record<string, string> = {
    ...(utm?.utm_source ? { source: utm.utm_source } : {}),
    ...(utm?.utm_medium ? { medium: utm.utm_medium } : {}),
    ...(utm?.utm_campaign ? { campaign: utm.utm_campaign } : {}),
  };
  return { ...(visitor ? { visitorId: visitor } : {}), ...(Object.keys(campaign).length > 0 ? { utm: campaign } : {}) };
}
