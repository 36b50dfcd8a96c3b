import { isObjectType, type GraphQLObjectType } from 'graphql';
import type { Principal } from '@phoenix/context-token';
import {
  PARTNER_RULES,
  PROJECT_RULES,
  partnerMayUse,
  requirementRule,
  ruleAt,
  type AuthorizationRequirements,
  type Requirement,
  type RuleTable,
  type ShieldRule,
} from '@phoenix/subgraph-server/shield';
import type { SelectedField, WalkedOperation } from '../operation/walk.js';
import type { SubgraphOwnership } from './subgraph-ownership.js';

/**
 * The gateway's shield rule tree for one supergraph: the `@authenticated` / `@requiresScopes`
 * applications, the project rules, and for partner keys the partner scope of the subgraphs
 * that resolve each field plus the consent rules.
 */
export class GatewayRules {
  private readonly byRequirement = new WeakMap<Requirement, ShieldRule>();
  // The rules of a field depend only on where it is selected, not on who asks or with what.
  private readonly everyoneRules = new Map<string, ShieldRule[]>();

  constructor(
    private readonly requirements: AuthorizationRequirements,
    private readonly ownership: SubgraphOwnership,
  ) {}

  /** The rules guarding one selected field for this principal. */
  forField(field: SelectedField, operation: WalkedOperation, principal: Principal): readonly ShieldRule[] {
    const everyone = this.everyoneRulesOf(field);
    if (principal.kind !== 'partner') return everyone;
    const rules = new Set(everyone);
    const writes = operation.kind === 'mutation' && field.path.length === 1;
    rules.add(partnerMayUse(this.ownersOf(field), writes ? 'write' : 'read'));
    for (const rule of tableRules(PARTNER_RULES, field)) rules.add(rule);
    return [...rules];
  }

  private everyoneRulesOf(field: SelectedField): readonly ShieldRule[] {
    const abstract = !isObjectType(field.parentType);
    const key = `${field.parentType.name}.${field.fieldName}:${field.path.length === 1 ? 'root' : ''}:${abstract ? field.runtimeTypes.map((t) => t.name).join(',') : ''}`;
    let rules = this.everyoneRules.get(key);
    if (!rules) {
      const found = new Set<ShieldRule>();
      for (const requirement of this.requirementsOf(field)) found.add(this.ruleOf(requirement));
      for (const rule of tableRules(PROJECT_RULES, field)) found.add(rule);
      rules = [...found];
      // Bounded by the schema's coordinates, except through unusual type conditions.
      if (this.everyoneRules.size > 50_000) this.everyoneRules.clear();
      this.everyoneRules.set(key, rules);
    }
    return rules;
  }

  /** The rule a fragment's object type condition carries, judged where the fragment applies. */
  forTypeCondition(type: GraphQLObjectType): ShieldRule | undefined {
    const requirement = this.requirements.ofType(type.name);
    return requirement ? this.ruleOf(requirement) : undefined;
  }

  private ruleOf(requirement: Requirement): ShieldRule {
    let rule = this.byRequirement.get(requirement);
    if (!rule) this.byRequirement.set(requirement, (rule = requirementRule(requirement)));
    return rule;
  }

  /**
   * The requirements of the field, of the type it returns, and — the gateway fetching a field
   * selected on an interface from whichever type implements it — of each object type the
   * parent may have there.
   */
  private *requirementsOf(field: SelectedField): Generator<Requirement> {
    const { parentType, fieldName } = field;
    const found = [this.requirements.ofField(parentType.name, fieldName), this.requirements.ofType(field.returnType.name)];
    if (isObjectType(parentType)) {
      // An object type's own requirement was judged where the value was returned, except at the root.
      if (field.path.length === 1) found.push(this.requirements.ofType(parentType.name));
      for (const iface of parentType.getInterfaces()) found.push(this.requirements.ofField(iface.name, fieldName));
    } else {
      for (const type of field.runtimeTypes) {
        found.push(this.requirements.ofField(type.name, fieldName), this.requirements.ofType(type.name));
        for (const iface of type.getInterfaces()) found.push(this.requirements.ofField(iface.name, fieldName));
      }
    }
    for (const requirement of found) if (requirement) yield requirement;
  }

  private ownersOf(field: SelectedField): string[] {
    const owners = new Set(this.ownership.of(field.parentType.name, field.fieldName));
    if (!isObjectType(field.parentType)) {
      for (const type of field.runtimeTypes) for (const owner of this.ownership.of(type.name, field.fieldName)) owners.add(owner);
    }
    return [...owners];
  }
}

function tableRules(table: RuleTable, field: SelectedField): ShieldRule[] {
  if (isObjectType(field.parentType)) {
    const rule = ruleAt(table, field.parentType.name, field.fieldName);
    return rule ? [rule] : [];
  }
  return [field.parentType, ...field.runtimeTypes].flatMap((type) => ruleAt(table, type.name, field.fieldName) ?? []);
}
