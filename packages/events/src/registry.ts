import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { RegistryError } from './errors.js';
import { compilePayloadSchema, type PayloadValidator } from './validate.js';

/** A JSON Schema as written in the registry (the subset Phoenix uses is documented there). */
export type JsonSchema = { [keyword: string]: unknown };

/** One declared event type. */
export interface EventDefinition {
  /** `<domain>.<past_tense_verb>`, e.g. `user.tier_changed`. */
  readonly name: string;
  readonly version: number;
  /** The subgraph that publishes it. */
  readonly owner: string;
  readonly description: string;
  /** The required payload field whose value becomes the envelope's `stream_id`. */
  readonly stream: string;
  /** Payload fields (dotted for nested ones) that are personal data. */
  readonly personalData: readonly string[];
  readonly payload: JsonSchema;
  readonly validate: PayloadValidator;
}

/** Every declared event type, by name, in registry order. */
export interface Registry {
  readonly events: ReadonlyMap<string, EventDefinition>;
}

/** The registry file shipped with this package. */
export const REGISTRY_FILE = fileURLToPath(new URL('../registry.yaml', import.meta.url));

/** Subgraphs that may own an event type (ARCHITECTURE.md). */
export const EVENT_OWNERS = ['accounts', 'aube', 'letters', 'rise', 'iris', 'billing', 'agents'] as const;

const NAME_PATTERN = /^[a-z][a-z0-9]*\.[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const EVENT_KEYS = new Set(['version', 'owner', 'description', 'stream', 'personalData', 'payload']);

/**
 * Checks a parsed registry document and returns every problem found (empty when valid):
 * names match `<domain>.<verb>`, versions are positive integers, owners are subgraphs, each
 * payload schema is a closed object that compiles, and `stream` and `personalData` name fields
 * the schema declares.
 */
export function validateRegistry(document: unknown): string[] {
  return build(document).problems;
}

/** Builds a registry from a parsed document; throws {@link RegistryError} listing every problem. */
export function parseRegistry(document: unknown): Registry {
  const { registry, problems } = build(document);
  if (problems.length > 0) throw new RegistryError(problems);
  return registry;
}

/** Reads, validates and compiles a registry YAML file. */
export function loadRegistry(file: string = REGISTRY_FILE): Registry {
  let document: unknown;
  try {
    document = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RegistryError([`${file}: ${(error as Error).message}`]);
  }
  return parseRegistry(document);
}

let shipped: Registry | undefined;

/** The shipped registry, loaded and validated on first use; call it at start-up to fail fast. */
export function eventRegistry(): Registry {
  shipped ??= loadRegistry();
  return shipped;
}

function build(document: unknown): { registry: Registry; problems: string[] } {
  const problems: string[] = [];
  const events = new Map<string, EventDefinition>();
  if (!isObject(document) || !isObject(document.events)) {
    return { registry: { events }, problems: ['the registry must be a mapping with an `events` mapping'] };
  }
  for (const key of Object.keys(document)) {
    if (key !== 'events' && key !== 'definitions') problems.push(`unknown top-level key "${key}"`);
  }
  for (const [name, raw] of Object.entries(document.events)) {
    const eventProblems: string[] = [];
    const definition = buildEvent(name, raw, (problem) => eventProblems.push(problem));
    problems.push(...eventProblems.map((problem) => `${name}: ${problem}`));
    if (definition && eventProblems.length === 0) events.set(name, definition);
  }
  return { registry: { events }, problems };
}

// Reports every problem of one declaration; the caller keeps the definition only when none was reported.
function buildEvent(name: string, raw: unknown, report: (problem: string) => void): EventDefinition | undefined {
  if (!NAME_PATTERN.test(name)) report('the name must be `<domain>.<past_tense_verb>` in lower snake case');
  if (!isObject(raw)) {
    report('the declaration must be a mapping');
    return undefined;
  }
  for (const key of Object.keys(raw)) if (!EVENT_KEYS.has(key)) report(`unknown key "${key}"`);
  const { version, owner, description, stream, personalData, payload } = raw;
  if (!Number.isInteger(version) || (version as number) < 1) report('version must be a positive integer');
  if (typeof owner !== 'string' || !(EVENT_OWNERS as readonly string[]).includes(owner)) {
    report(`owner must be one of ${EVENT_OWNERS.join(', ')}`);
  }
  if (typeof description !== 'string' || description.trim() === '') report('description must be a non-empty string');
  if (!isObject(payload)) {
    report('payload must be a JSON Schema mapping');
    return undefined;
  }
  if (payload.type !== 'object') report('payload must be an object schema (type: object)');
  checkClosedObjects(payload, 'payload', report);
  if (typeof stream !== 'string' || !isRequiredString(payload, stream)) {
    report('stream must name a required string field of the payload');
  }
  if (!Array.isArray(personalData) || !personalData.every((field) => typeof field === 'string')) {
    report('personalData must be a list of payload field names (use [] when there are none)');
  } else {
    if (new Set(personalData).size !== personalData.length) report('personalData lists a field twice');
    for (const field of personalData as string[]) {
      if (!fieldExists(payload, field)) report(`personalData field "${field}" is not in the payload schema`);
    }
  }
  let validate: PayloadValidator | undefined;
  try {
    validate = compilePayloadSchema(payload);
  } catch (error) {
    report(`payload schema does not compile: ${(error as Error).message}`);
  }
  if (!validate) return undefined;
  return {
    name,
    version: version as number,
    owner: owner as string,
    description: (description as string).trim(),
    stream: stream as string,
    personalData: personalData as string[],
    payload,
    validate,
  };
}

function checkClosedObjects(schema: JsonSchema, path: string, report: (problem: string) => void): void {
  if (schema.type === 'object') {
    if (schema.additionalProperties !== false) report(`${path} must set additionalProperties: false`);
    if (!isObject(schema.properties)) report(`${path} must declare properties`);
    const required = schema.required ?? [];
    if (!Array.isArray(required)) report(`${path}.required must be a list`);
    else {
      for (const field of required) {
        if (!isObject(schema.properties) || !(String(field) in schema.properties)) report(`${path} requires undeclared field "${String(field)}"`);
      }
    }
  }
  if (isObject(schema.properties)) {
    for (const [key, child] of Object.entries(schema.properties)) {
      if (isObject(child)) checkClosedObjects(child, `${path}.${key}`, report);
    }
  }
  if (isObject(schema.items)) checkClosedObjects(schema.items, `${path}[]`, report);
}

function isRequiredString(payload: JsonSchema, field: string): boolean {
  const properties = isObject(payload.properties) ? payload.properties : {};
  const property = properties[field];
  return Array.isArray(payload.required) && payload.required.includes(field) && isObject(property) && property.type === 'string';
}

function fieldExists(schema: JsonSchema, dotted: string): boolean {
  let current: unknown = schema;
  for (const part of dotted.split('.')) {
    if (!isObject(current) || !isObject(current.properties) || !Object.hasOwn(current.properties, part)) return false;
    current = current.properties[part];
  }
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
