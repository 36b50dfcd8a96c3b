import type { EventDefinition, JsonSchema, Registry } from '../registry.js';

/** Where the generated reference lives, relative to the repository root. */
export const EVENTS_DOC_PATH = 'docs/events.md';

/** The Markdown reference of every declared event, generated from the registry. */
export function renderEventsDoc(registry: Registry): string {
  const events = [...registry.events.values()];
  const lines = [
    '# Events',
    '',
    '<!-- Generated from packages/events/registry.yaml by scripts/generate-events-doc.ts; do not edit. -->',
    '',
    'Every event type published to `events.log`. Each is stored in an envelope: `position`',
    '(global order), `event_id`, `type`, `version`, `stream_id` (the value of the payload field',
    'named by *stream*), `source` (publishing subgraph), `occurred_at`, `correlation_id`,',
    '`causation_id` and `payload`. Publishing an undeclared type or a payload that does not match',
    'its schema fails and writes nothing. *Personal data* marks the fields to treat as personal',
    'data (export, erasure, never logged).',
    '',
    'Publish inside the transaction of the domain write, `await publish(tx, { type, payload })`;',
    'consume with `createConsumer({ name, database, handle })` (both from `@phoenix/events`); operate',
    'with `npm run events -- consumers | replay | dead-letters | retry | drop | validate`.',
    '',
    '| Event | Version | Owner | Stream | Description |',
    '|---|---|---|---|---|',
    ...events.map((e) => `| [\`${e.name}\`](#${e.name.replace(/[^a-z0-9_-]/g, '')}) | ${e.version} | ${e.owner} | \`${e.stream}\` | ${cell(e.description)} |`),
  ];
  for (const event of events) lines.push('', ...renderEvent(event));
  lines.push('');
  return lines.join('\n');
}

function renderEvent(event: EventDefinition): string[] {
  const personal = new Set(event.personalData);
  return [
    `## ${event.name}`,
    '',
    `Version ${event.version} · owner \`${event.owner}\` · stream \`${event.stream}\``,
    '',
    event.description,
    '',
    '| Field | Type | Required | Personal data | Description |',
    '|---|---|---|---|---|',
    ...fields(event.payload, '', true).map(
      (f) => `| \`${f.path}\` | ${cell(f.type)} | ${f.required ? 'yes' : 'no'} | ${personal.has(f.path) ? 'yes' : 'no'} | ${cell(f.description)} |`,
    ),
  ];
}

interface Field {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

// Flattens nested objects into dotted paths, the same notation `personalData` uses.
function fields(schema: JsonSchema, prefix: string, parentRequired: boolean): Field[] {
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(properties).flatMap(([key, child]) => {
    if (!isSchema(child)) return [];
    const path = `${prefix}${key}`;
    const field = { path, type: describeType(child), required: parentRequired && required.has(key), description: String(child.description ?? '') };
    return child.type === 'object' ? [field, ...fields(child, `${path}.`, field.required)] : [field];
  });
}

/** A short human description of a schema's type and constraints. */
function describeType(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  const bounds = range(schema.minimum, schema.maximum) ?? range(schema.minLength, schema.maxLength, ' chars');
  switch (schema.type) {
    case 'string': {
      const format = typeof schema.format === 'string' ? ` (${schema.format})` : '';
      const pattern = typeof schema.pattern === 'string' ? ` matching \`${schema.pattern}\`` : '';
      return `string${format}${pattern}${bounds ? `, ${bounds}` : ''}`;
    }
    case 'integer':
    case 'number':
      return `${schema.type}${bounds ? ` ${bounds}` : ''}`;
    case 'array': {
      const item = isSchema(schema.items) ? describeType(schema.items) : 'any';
      const count = range(schema.minItems, schema.maxItems, ' items');
      return `list of ${item}${count ? ` (${count})` : ''}`;
    }
    default:
      return String(schema.type ?? 'any');
  }
}

function range(min: unknown, max: unknown, unit = ''): string | undefined {
  if (typeof min === 'number' && typeof max === 'number') return `${min}–${max}${unit}`;
  if (typeof min === 'number') return `≥ ${min}${unit}`;
  if (typeof max === 'number') return `≤ ${max}${unit}`;
  return undefined;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
