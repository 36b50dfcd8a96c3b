import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { OperationLimits } from '../protection-config.js';
import { OperationLimitError, type LimitName } from './limit-error.js';
import { operationShapeRule } from './shape-rule.js';

/** What Apollo Server needs to enforce the operation limits at parse and validation time. */
export interface LimitEnforcement {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: { maxTokens: number };
}

/**
 * Operation limits in the spirit of graphql-armor and Apollo Router: depth, aliases and
 * directives through graphql-armor's rules, root fields and expanded fields through our own,
 * tokens through graphql-js's parser. Validation runs once per distinct document (Apollo
 * caches validated documents), so repeated operations pay nothing. Field suggestions in
 * validation messages are hidden unless introspection is on.
 */
export function limitEnforcement(limits: OperationLimits, options: { introspection: boolean }): LimitEnforcement {
  const rejectAs = (name: LimitName, max: number) => ({
    n: max,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(new OperationLimitError(name, max, error.message.replace(/^Syntax Error: /, '')));
      },
    ],
  });
  const armor = new ApolloArmor({
    maxDepth: { ...rejectAs('depth', limits.maxDepth), flattenFragments: true },
    maxAliases: rejectAs('aliases', limits.maxAliases),
    maxDirectives: rejectAs('directives', limits.maxDirectives),
    blockFieldSuggestion: { enabled: !options.introspection },
    // Cost is the gateway's own (IBM directives), and tokens are counted by graphql-js.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
  }).protect();
  return {
    validationRules: [...armor.validationRules, operationShapeRule(limits)],
    // graphql-armor's typings resolve Apollo Server's CommonJS build; the plugin objects are the same.
    plugins: armor.plugins as unknown as ApolloServerPlugin[],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
