import { badUserInput } from '@phoenix/errors';
import { isExplanationLevel, type ExplanationLevel } from '../domain/explanation.js';

/** The Transparency Engine has levels 1, 2 and 3; anything else is refused. */
export function explanationLevel(level: number): ExplanationLevel {
  if (!isExplanationLevel(level)) throw badUserInput('level must be 1, 2 or 3.', { field: 'level' });
  return level;
}
