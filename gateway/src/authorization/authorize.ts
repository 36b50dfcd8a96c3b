import { GraphQLError, type FragmentDefinitionNode, type GraphQLResolveInfo, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { SHIELD_OPTIONS, type ConsentSource, type RuleContext, type ShieldRule } from '@phoenix/subgraph-server/shield';
import type { Principal } from '@phoenix/context-token';
import type { SelectedField, WalkedOperation } from '../operation/walk.js';
import type { GatewayRules } from './gateway-rules.js';
import { knownChildParent, type KnownParent } from './parent-hints.js';

/** Response paths (aliases, not field names) the caller may not read, by reason. */
export interface Violations {
  unauthenticated: string[][];
  forbidden: string[][];
}

export interface OperationToAuthorize {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  walked: WalkedOperation;
}

type ShieldOptions = Parameters<ShieldRule['resolve']>[4];

const OPTIONS: ShieldOptions = {
  ...SHIELD_OPTIONS,
  fallbackError: SHIELD_OPTIONS.fallbackError(),
  // Only rules cached 'strict' hash their inputs; the shared rules never are.
  hashFunction: ({ parent, args }) => JSON.stringify([parent, args]),
};

interface Check {
  path: readonly string[];
  rule: ShieldRule;
  parent: KnownParent;
  field: SelectedField | undefined;
}

/**
 * Evaluates the shield rules of every selected field (and of every fragment type condition)
 * as the subgraphs would, with what the operation tells about parents. A rule answering with
 * an error other than UNAUTHENTICATED/FORBIDDEN (an unreachable consent source) is thrown.
 */
export async function authorize(request: OperationToAuthorize, rules: GatewayRules, principal: Principal, consents?: ConsentSource): Promise<Violations> {
  const checks: Check[] = [];
  const visit = (fields: readonly SelectedField[], parent: KnownParent, narrowedTo: WalkedOperation['narrowedTo'], path: readonly string[]) => {
    for (const type of narrowedTo) {
      const rule = rules.forTypeCondition(type);
      if (rule) checks.push({ path, rule, parent, field: undefined });
    }
    for (const field of fields) {
      for (const rule of rules.forField(field, request.walked, principal)) checks.push({ path: field.path, rule, parent, field });
      visit(field.children, knownChildParent(field, principal), field.narrowedTo, field.path);
    }
  };
  visit(request.walked.fields, undefined, request.walked.narrowedTo, []);
  if (checks.length === 0) return { unauthenticated: [], forbidden: [] };

  const context: RuleContext & { _shield: { cache: Record<string, unknown> } } = {
    principal,
    phase: 'gateway',
    ...(consents ? { consents } : {}),
    _shield: { cache: {} },
  };
  const results = await Promise.all(
    checks.map((check) => check.rule.resolve(check.parent ?? {}, check.field?.args ?? {}, context as never, infoFor(request, check.field), OPTIONS)),
  );

  const unauthenticated = new Map<string, string[]>();
  const forbidden = new Map<string, string[]>();
  results.forEach((result, index) => {
    if (result === true) return;
    const path = checks[index]?.path ?? [];
    const code = result instanceof GraphQLError ? result.extensions.code : undefined;
    if (code === 'UNAUTHENTICATED') unauthenticated.set(path.join('\u0000'), [...path]);
    else if (code === undefined || code === 'FORBIDDEN') forbidden.set(path.join('\u0000'), [...path]);
    else throw result;
  });
  return { unauthenticated: [...unauthenticated.values()], forbidden: [...forbidden.values()] };
}

// Rules see what a resolver would of the field; there is no result yet, so no real path.
function infoFor(request: OperationToAuthorize, field: SelectedField | undefined): GraphQLResolveInfo {
  return {
    fieldName: field?.fieldName ?? '',
    fieldNodes: field ? [field.node] : [],
    returnType: field?.definition.type,
    parentType: field?.parentType,
    path: undefined,
    schema: request.schema,
    fragments: request.fragments,
    rootValue: undefined,
    operation: request.operation,
    variableValues: request.walked.variables,
  } as unknown as GraphQLResolveInfo;
}
