import { buildMessages, MAX_OUTPUT_TOKENS, PROMPT_VARIANTS, untrustedText, type AiTask } from '@phoenix/ai';
import { bullets, code, inline, quote, table } from '../markdown.js';
import { placeholdersIn, SAMPLE_REQUESTS, samplePlaceholders } from './samples.js';

// A variant name the prompts do not know: its system message is the ground rules alone.
const NO_VARIANT = '';

/** The ground rules every prompt opens with (the system message without a variant's style). */
export function groundRules(): string {
  return systemMessage('letters.generate', NO_VARIANT);
}

/** What the prompt variants of a task ask for: the system message minus the ground rules. */
export function variantInstruction(task: AiTask, variant: string): string {
  const rules = groundRules();
  const system = systemMessage(task, variant);
  if (!system.startsWith(rules)) throw new Error(`The system message of ${task}/${variant} no longer starts with the ground rules`);
  return system.slice(rules.length).trim();
}

/** The block under one task: caller, prompt variants, data in the prompt, guardian coverage. */
export function renderFeature(task: AiTask): string {
  const request = SAMPLE_REQUESTS[task];
  const [defaultVariant] = PROMPT_VARIANTS[task];
  const messages = buildMessages(request, defaultVariant);
  const inPrompt = new Set(placeholdersIn(messages.map((m) => m.content).join('\n')));
  const guarded = new Set(placeholdersIn(untrustedText(request)));
  const fields = samplePlaceholders(request);
  return [
    `- Task ${code(task)}, called in-process by the ${code(task.split('.')[0] ?? task)} subgraph; output budget ${MAX_OUTPUT_TOKENS[task]} tokens.`,
    `- Free text the guardian inspects before any provider: ${inline(fields.filter((f) => guarded.has(f)).map((f) => code(f)))}.`,
    `- Text fields left out of the prompt a remote model would receive: ${inline(fields.filter((f) => !inPrompt.has(f)).map((f) => code(f))) || 'none'}.`,
    '',
    table(
      ['prompt variant', 'style asked of a remote model (system message, French)'],
      PROMPT_VARIANTS[task].map((variant) => [`${code(variant)}${variant === defaultVariant ? ' (default)' : ''}`, quote(variantInstruction(task, variant))]),
    ),
    '',
    'The user message a remote model would receive, with the person’s text fields shown as `{field}` (numbers and dates are examples):',
    '',
    '```text',
    ...messages.filter((m) => m.role !== 'system').map((m) => `[${m.role}]\n${m.content}`),
    '```',
  ].join('\n');
}

/** The ground rules as a quotation. */
export function renderGroundRules(): string {
  return bullets([quote(groundRules())]);
}

function systemMessage(task: AiTask, variant: string): string {
  const system = buildMessages(SAMPLE_REQUESTS[task], variant).find((m) => m.role === 'system');
  if (!system) throw new Error(`${task} has no system message`);
  return system.content;
}
