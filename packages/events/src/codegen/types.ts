import { fileURLToPath } from 'node:url';
import type { JsonSchema, Registry } from '../registry.js';

/** The generated payload types file. */
export const PAYLOAD_TYPES_FILE = fileURLToPath(new URL('../__generated__/event-payloads.ts', import.meta.url));

/**
 * TypeScript source of the `EventPayloads` map (event name → payload type) for the JSON
 * Schema subset the registry uses: objects, arrays, enums and scalar types.
 */
export function renderPayloadTypes(registry: Registry): string {
  const lines = [
    '// Generated from packages/events/registry.yaml by scripts/generate-events-doc.ts; do not edit.',
    '',
    '/** The payload of every declared event type, by name. */',
    'export interface EventPayloads {',
  ];
  for (const event of registry.events.values()) {
    lines.push(`  /** ${event.description} (v${event.version}, ${event.owner}) */`);
    lines.push(`  '${event.name}': ${renderType(event.payload, 1)};`);
  }
  lines.push('}', '');
  return lines.join('\n');
}

/** The TypeScript type of a schema, as one expression (objects span several lines). */
export function renderType(schema: JsonSchema, depth = 0): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => literal(value)).join(' | ');
  if ('const' in schema) return literal(schema.const);
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const item = isSchema(schema.items) ? renderType(schema.items, depth) : 'unknown';
      return item.includes(' | ') ? `Array<${item}>` : `${item}[]`;
    }
    case 'object':
      return renderObject(schema, depth);
    default:
      return 'unknown';
  }
}

function renderObject(schema: JsonSchema, depth: number): string {
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const indent = '  '.repeat(depth + 1);
  const lines = ['{'];
  for (const [key, child] of Object.entries(properties)) {
    if (!isSchema(child)) continue;
    if (typeof child.description === 'string') lines.push(`${indent}/** ${child.description} */`);
    lines.push(`${indent}${key}${required.has(key) ? '' : '?'}: ${renderType(child, depth + 1)};`);
  }
  lines.push(`${'  '.repeat(depth)}}`);
  return lines.join('\n');
}

function literal(value: unknown): string {
  return typeof value === 'string' ? `'${value.replace(/'/g, "\\'")}'` : JSON.stringify(value);
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
