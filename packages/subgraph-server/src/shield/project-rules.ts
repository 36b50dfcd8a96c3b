import { idOf, isSelfOrAdmin, partnerHasConsent, type ShieldRule } from './rules.js';

/** Rules by type and field name; `*` applies to every field of the type without its own entry. */
export type RuleTable = Readonly<Record<string, Readonly<Record<string, ShieldRule>>>>;

/**
 * Phoenix's own rules, beyond the schema's directives, for every caller. The gateway applies
 * them to the operation before planning; each subgraph to the fields it resolves.
 */
export const PROJECT_RULES: RuleTable = {
  User: { email: isSelfOrAdmin, consents: isSelfOrAdmin },
};

const userFromArgument = partnerHasConsent('id-argument', (_parent, args) => (typeof args.id === 'string' ? args.id : undefined));
const userFromParent = partnerHasConsent('parent-user', (parent) => idOf(parent));

/** Rules that concern only partner keys: the gateway skips them for other callers. */
export const PARTNER_RULES: RuleTable = {
  Query: { user: userFromArgument },
  User: { '*': userFromParent },
};

/** The rule a table gives a field, its type's `*` rule otherwise. */
export function ruleAt(table: RuleTable, typeName: string, fieldName: string): ShieldRule | undefined {
  const byField = table[typeName];
  return byField ? (byField[fieldName] ?? byField['*']) : undefined;
}
