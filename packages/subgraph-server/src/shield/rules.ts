import { GraphQLError } from 'graphql';
import { and, rule } from 'graphql-shield';
import { phoenixError } from '@phoenix/errors';
import type { RuleContext } from './context.js';
import type { Requirement } from './requirements.js';

/** A graphql-shield rule: a `rule(...)` or a logic rule (`and`, `or`, `not`). */
export type ShieldRule = Parameters<typeof and>[number];

const unauthenticated = () => phoenixError('UNAUTHENTICATED', 'You must be signed in to read this field.');
const forbidden = (message: string) => phoenixError('FORBIDDEN', message);

/** The caller is signed in (a user or a partner key). */
export const isAuthenticated = rule('authenticated', { cache: 'contextual' })((_parent, _args, { principal }: RuleContext) =>
  principal.kind === 'anonymous' ? unauthenticated() : true,
);

const scopeRules = new Map<string, ShieldRule>();

/** The caller holds every scope of at least one of the AND-lists; anonymous callers are asked to sign in. */
export function hasScopes(alternatives: readonly (readonly string[])[]): ShieldRule {
  const name = `scopes:${JSON.stringify(alternatives)}`;
  let found = scopeRules.get(name);
  if (!found) {
    found = rule(name, { cache: 'contextual' })((_parent, _args, { principal }: RuleContext) => {
      if (principal.kind === 'anonymous') return unauthenticated();
      const held = new Set(principal.scopes);
      // An empty list comes from a malformed directive: nobody satisfies it.
      const satisfied = alternatives.some((all) => all.length > 0 && all.every((scope) => held.has(scope)));
      return satisfied ? true : forbidden(`You need the scope ${alternatives.map((all) => all.join(' + ')).join(' or ')} to read this field.`);
    });
    scopeRules.set(name, found);
  }
  return found;
}

/** The shield rule enforcing one `@authenticated` / `@requiresScopes` requirement. */
export function requirementRule(requirement: Requirement): ShieldRule {
  const rules = [...(requirement.authenticated ? [isAuthenticated] : []), ...requirement.scopes.map((alternatives) => hasScopes(alternatives))];
  return combine(rules) ?? isAuthenticated;
}

/** Ownership: a user reads their own data, an administrator anyone's. */
export const isSelfOrAdmin = rule('self-or-admin')((parent: unknown, _args, { principal, phase }: RuleContext) => {
  if (principal.kind === 'anonymous') return unauthenticated();
  if (principal.kind === 'user' && principal.scopes.includes('admin')) return true;
  const ownerId = idOf(parent);
  if (ownerId === undefined) return phase === 'gateway' ? true : forbidden('Only this user and administrators may see this.');
  return principal.kind === 'user' && principal.userId === ownerId ? true : forbidden('Only this user and administrators may see this.');
});

/** The scope a partner key needs to use a subgraph: `partner:<subgraph>.read` or `.write`. */
export function partnerScope(subgraph: string, access: 'read' | 'write'): string {
  return `partner:${subgraph}.${access}`;
}

const partnerScopeRules = new Map<string, ShieldRule>();

/** Partner scope: a partner key reads (or writes) a subgraph's data only with its `partner:<subgraph>.<access>` scope. */
export function partnerMayUse(subgraphs: readonly string[], access: 'read' | 'write'): ShieldRule {
  const accepted = [...new Set(subgraphs)].sort().map((subgraph) => partnerScope(subgraph, access));
  const name = `partner-scope:${accepted.join(',')}`;
  let found = partnerScopeRules.get(name);
  if (!found) {
    found = rule(name, { cache: 'contextual' })((_parent, _args, { principal }: RuleContext) => {
      if (principal.kind !== 'partner') return true;
      if (accepted.some((scope) => principal.scopes.includes(scope))) return true;
      return forbidden(accepted.length === 0 ? 'API keys cannot use this field.' : `This API key needs the scope ${accepted.join(' or ')}.`);
    });
    partnerScopeRules.set(name, found);
  }
  return found;
}

/**
 * Consent: a partner reads a user's data only while the user grants
 * `partner_sharing:<partner>`. `userIdOf` finds the user; when it cannot (at the gateway,
 * a user reached without its id in the operation), the subgraph decides.
 */
export function partnerHasConsent(name: string, userIdOf: (parent: unknown, args: Record<string, unknown>) => string | undefined): ShieldRule {
  return rule(`consent:${name}`)(async (parent: unknown, args: Record<string, unknown>, { principal, phase, consents }: RuleContext) => {
    if (principal.kind !== 'partner') return true;
    const userId = userIdOf(parent, args);
    if (userId === undefined && phase === 'gateway') return true;
    const refusal = forbidden("This user has not agreed to share their data with your organisation.");
    if (userId === undefined || !consents) return refusal;
    try {
      return (await consents.hasPartnerConsent(principal.partnerId, userId)) ? true : refusal;
    } catch (error) {
      // Shield turns a thrown error into a plain refusal; an outage must stay visible as one.
      return error instanceof GraphQLError ? error : refusal;
    }
  });
}

/** The `id` of a parent object, when it has one. */
export function idOf(parent: unknown): string | undefined {
  const id = (parent as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** One rule requiring all of `rules` (duplicates dropped), or undefined when there are none. */
export function combine(rules: readonly (ShieldRule | undefined)[]): ShieldRule | undefined {
  const unique = [...new Set(rules.filter((r): r is ShieldRule => r !== undefined))];
  if (unique.length <= 1) return unique[0];
  return and(...unique);
}
