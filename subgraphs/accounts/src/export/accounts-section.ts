import { asc, desc, eq } from 'drizzle-orm';
import type { Database } from '@phoenix/db';
import { funnelPeople, userActivityDays } from '../db/analytics-schema.js';
import { apiKeys } from '../db/api-keys-schema.js';
import { consents, sessions, users } from '../db/schema.js';
import { findConsentHistory } from '../services/consents.js';

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;

/** The `accounts` section of a data export; `accountsExportSchema` describes it. */
export interface AccountsSection {
  profile: { id: string; email: string; displayName: string; tier: string; roles: string[]; createdAt: string };
  consents: { purpose: string; granted: boolean; textVersion: string; updatedAt: string }[];
  consentHistory: { purpose: string; granted: boolean; textVersion: string; changedAt: string; changedByUser: boolean }[];
  sessions: { createdAt: string; revokedAt: string | null; revokedReason: string | null }[];
  funnel: {
    visitorId: string | null;
    utmSource: string | null;
    utmMedium: string | null;
    utmCampaign: string | null;
    visitedAt: string | null;
    scoredAt: string | null;
    registeredAt: string | null;
    firstLetterAt: string | null;
    checkoutAt: string | null;
    subscribedAt: string | null;
  }[];
  activityDays: string[];
  apiKeysCreated: { id: string; partner: string; name: string; prefix: string; scopes: string[]; createdAt: string; revokedAt: string | null }[];
}

/**
 * Everything accounts holds about one user, newest first. Never a password hash, a
 * refresh-token hash or an API-key secret hash; the admin who changed a consent is not named.
 * Undefined when the user does not exist.
 */
export async function accountsSection(db: Database, userId: string): Promise<AccountsSection | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return undefined;
  const [current, history, sessionRows, funnelRows, dayRows, keyRows] = await Promise.all([
    db.select().from(consents).where(eq(consents.userId, userId)).orderBy(asc(consents.purpose)),
    findConsentHistory(db, userId),
    db.select().from(sessions).where(eq(sessions.userId, userId)).orderBy(desc(sessions.createdAt), desc(sessions.id)),
    db.select().from(funnelPeople).where(eq(funnelPeople.userId, userId)).orderBy(asc(funnelPeople.personKey)),
    db.select({ day: userActivityDays.day }).from(userActivityDays).where(eq(userActivityDays.userId, userId)).orderBy(desc(userActivityDays.day)),
    db.select().from(apiKeys).where(eq(apiKeys.createdBy, userId)).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id)),
  ]);
  return {
    profile: { id: user.id, email: user.email, displayName: user.displayName, tier: user.tier, roles: user.roles, createdAt: iso(user.createdAt) },
    consents: current.map((c) => ({ purpose: c.purpose, granted: c.granted, textVersion: c.textVersion, updatedAt: iso(c.updatedAt) })),
    consentHistory: history.map((c) => ({
      purpose: c.purpose,
      granted: c.granted,
      textVersion: c.textVersion,
      changedAt: iso(c.changedAt),
      changedByUser: c.changedBy === userId,
    })),
    sessions: sessionRows.map((s) => ({ createdAt: iso(s.createdAt), revokedAt: isoOrNull(s.revokedAt), revokedReason: s.revokedReason })),
    funnel: funnelRows.map((p) => ({
      visitorId: p.visitorId,
      utmSource: p.utmSource,
      utmMedium: p.utmMedium,
      utmCampaign: p.utmCampaign,
      visitedAt: isoOrNull(p.visitedAt),
      scoredAt: isoOrNull(p.scoredAt),
      registeredAt: isoOrNull(p.registeredAt),
      firstLetterAt: isoOrNull(p.firstLetterAt),
      checkoutAt: isoOrNull(p.checkoutAt),
      subscribedAt: isoOrNull(p.subscribedAt),
    })),
    activityDays: dayRows.map((d) => d.day),
    apiKeysCreated: keyRows.map((k) => ({
      id: k.id,
      partner: k.partner,
      name: k.name,
      prefix: k.prefix,
      scopes: k.scopes,
      createdAt: iso(k.createdAt),
      revokedAt: isoOrNull(k.revokedAt),
    })),
  };
}
