/**
 * What the signed-in home page needs in one request: the profile and tier (accounts), the
 * subscription (billing), the letter quota and latest letters (letters), the latest
 * explorations with their occupation and resilience score, and the latest analysis (aube).
 * The gateway plans it as accounts first, then letters, aube and billing in parallel on the
 * `User` entity.
 */
export const DASHBOARD_QUERY = `query Dashboard {
  me {
    id
    displayName
    tier
    createdAt
    subscription { plan status currentPeriodEnd cancelAtPeriodEnd }
    letterQuota { used limit remaining resetsAt }
    letters(first: 5) { id jobTitle company tone wordCount currentVersion }
    explorations(first: 3) {
      id
      createdAt
      saved
      occupation { code title }
      resilience { score threatLevel horizon confidence }
    }
    latestResilience { occupationCode score exposure threatLevel }
  }
}`;

export interface DashboardData {
  me: {
    id: string;
    tier: string;
    subscription: { plan: string; status: string } | null;
    letterQuota: { used: number };
    letters: { id: string }[];
    explorations: { id: string; resilience: { score: number } }[];
    latestResilience: { score: number } | null;
  } | null;
}

/**
 * True for a complete answer about a seeded user: every part present, no `errors`. Cheap
 * enough to run on every response under load.
 */
export function isCompleteDashboard(body: string): boolean {
  if (body.includes('"errors"')) return false;
  try {
    const me = (JSON.parse(body) as { data?: DashboardData }).data?.me;
    return Boolean(me && me.subscription?.status === 'ACTIVE' && me.letters.length > 0 && me.explorations.length > 0 && me.latestResilience);
  } catch {
    return false;
  }
}
