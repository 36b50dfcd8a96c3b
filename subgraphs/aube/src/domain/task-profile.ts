import { COMPLEXITY_DOWN, COMPLEXITY_UP, CREATIVITY, EMPATHY, INTERACTION, MANIPULATION, compileRules, strongestMatch } from './lexicon.js';
import type { Bottleneck } from './model.js';
import { normaliseText } from './text.js';

/** What a task needs from a human: each trait 0–1, complexity 1–5. */
export interface TaskNeeds {
  empathie: number;
  creativite: number;
  interaction_humaine: number;
  complexite: number;
  perception_manipulation: number;
}

const RULES = {
  empathie: compileRules(EMPATHY),
  creativite: compileRules(CREATIVITY),
  interaction_humaine: compileRules(INTERACTION),
  perception_manipulation: compileRules(MANIPULATION),
  up: compileRules(COMPLEXITY_UP),
  down: compileRules(COMPLEXITY_DOWN),
};

/** Reads a French task label for the human bottlenecks it needs. */
export function profileTask(label: string): TaskNeeds {
  const text = normaliseText(label);
  const complexity = 2 + strongestMatch(RULES.up, text) - strongestMatch(RULES.down, text);
  return {
    empathie: strongestMatch(RULES.empathie, text),
    creativite: strongestMatch(RULES.creativite, text),
    interaction_humaine: strongestMatch(RULES.interaction_humaine, text),
    complexite: Math.min(5, Math.max(1, Math.round(complexity))),
    perception_manipulation: strongestMatch(RULES.perception_manipulation, text),
  };
}

/** A bottleneck's strength on the 0–1 scale (complexity 1 → 0, 5 → 1). */
export function bottleneckLevel(needs: TaskNeeds, bottleneck: Bottleneck): number {
  return bottleneck === 'complexite' ? (needs.complexite - 1) / 4 : needs[bottleneck];
}
