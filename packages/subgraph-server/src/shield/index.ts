export type { ConsentSource, RuleContext } from './context.js';
export { linkedDirectiveNames, type LinkedDirective } from './link-names.js';
export { readRequirements, AuthorizationRequirements, type Requirement } from './requirements.js';
export {
  combine,
  hasScopes,
  idOf,
  isAuthenticated,
  isSelfOrAdmin,
  partnerHasConsent,
  partnerMayUse,
  partnerScope,
  requirementRule,
  type ShieldRule,
} from './rules.js';
export { PARTNER_RULES, PROJECT_RULES, ruleAt, type RuleTable } from './project-rules.js';
export { subgraphRuleTrees, type RuleTree, type SubgraphRuleTrees, type SubgraphRuleTreeOptions } from './rule-tree.js';
export { applyShield, SHIELD_OPTIONS } from './middleware.js';
