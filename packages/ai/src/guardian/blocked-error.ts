import type { GraphQLError } from 'graphql';
import { badUserInput } from '@phoenix/errors';
import type { GuardianAssessment } from './assess.js';

/** `extensions.reason` of the error raised when the guardian refuses an input. */
export const AI_INPUT_BLOCKED = 'AI_INPUT_BLOCKED';

/**
 * The client-facing error for a refused input: `BAD_USER_INPUT` with
 * `extensions.reason = AI_INPUT_BLOCKED`, the risk and the injection families (never the text).
 */
export function blockedInputError(assessment: GuardianAssessment): GraphQLError {
  return badUserInput(
    'Ce texte contient des instructions destinées à détourner l’assistant ; reformulez votre demande.',
    { reason: AI_INPUT_BLOCKED, risk: assessment.risk, families: assessment.families },
  );
}

/** True for the error {@link blockedInputError} builds. */
export function isBlockedInputError(error: unknown): error is GraphQLError {
  return (error as GraphQLError | undefined)?.extensions?.reason === AI_INPUT_BLOCKED;
}
