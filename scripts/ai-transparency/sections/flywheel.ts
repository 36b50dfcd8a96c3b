import { getTableColumns, type Table } from 'drizzle-orm';
import { eventRegistry, type EventDefinition } from '@phoenix/events';
import { completions, feedback } from '../../../subgraphs/agents/src/db/schema.js';
import { code, inline, table } from '../markdown.js';
import { enumOf } from './providers.js';

interface FieldSchema {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  description?: string;
}

/** The events the AI layer and `giveFeedback` publish: every field, and which are personal data. */
export function renderFlywheelEvents(): string {
  return table(
    ['event', 'fields', 'personal data'],
    ['ai.completion_recorded', 'ai.feedback_given'].map((type) => {
      const event = definition(type);
      const fields = Object.keys(properties(event));
      return [code(type), inline(fields.map((f) => code(f))), event.personalData.length === 0 ? 'none' : inline(event.personalData.map((f) => code(f)))];
    }),
  );
}

/** The rating scale and reasons a user can give. */
export function renderFeedbackScale(): string {
  const rating = properties(definition('ai.feedback_given')).rating;
  if (rating?.minimum === undefined || rating.maximum === undefined) throw new Error('ai.feedback_given.rating has no bounds');
  return `a rating from ${rating.minimum} to ${rating.maximum} and, optionally, one reason among ${inline(enumOf('ai.feedback_given', 'reason').map((r) => code(r)))}`;
}

/** The columns of the agents subgraph's flywheel tables. */
export function renderFlywheelTables(): string {
  return table(
    ['table', 'columns'],
    [
      [code('agents.completions'), columns(completions)],
      [code('agents.feedback'), columns(feedback)],
    ],
  );
}

function columns(target: Table): string {
  return inline(Object.values(getTableColumns(target)).map((column) => code(column.name)));
}

function definition(type: string): EventDefinition {
  const event = eventRegistry().events.get(type);
  if (!event) throw new Error(`${type} is not in the event registry`);
  return event;
}

function properties(event: EventDefinition): Record<string, FieldSchema> {
  return (event.payload.properties ?? {}) as Record<string, FieldSchema>;
}
