import { GraphQLError, type ASTVisitor, type FloatValueNode, type IntValueNode, type ValidationContext } from 'graphql';

/**
 * Rejects number literals too large for a double (`1e999`, a 400-digit integer). graphql-js
 * accepts them as `Infinity`, which the query planner then cannot print for the subgraphs
 * and fails on as if it were a server fault; JSON variables are already refused by the
 * Float and Int scalars themselves.
 */
export function finiteNumbersRule(context: ValidationContext): ASTVisitor {
  const check = (node: FloatValueNode | IntValueNode) => {
    if (!Number.isFinite(Number(node.value))) {
      context.reportError(new GraphQLError(`Number ${abbreviate(node.value)} is too large to be represented.`, { nodes: node }));
    }
  };
  return { FloatValue: check, IntValue: check };
}

function abbreviate(literal: string): string {
  return literal.length > 24 ? `${literal.slice(0, 20)}…` : literal;
}
