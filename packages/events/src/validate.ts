import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { InvalidEventPayloadError, UnknownEventTypeError } from './errors.js';
import type { EventDefinition, JsonSchema, Registry } from './registry.js';

/** Returns the payload's problems (paths and rules, never values); empty when it is valid. */
export type PayloadValidator = (payload: unknown) => string[];

// strict: an unknown keyword or a typo in the registry fails at start-up instead of being ignored.
const ajv = new Ajv({ strict: true, allErrors: true });
// ajv-formats is CommonJS; under NodeNext its default import is the module object.
addFormats.default(ajv);

/** Compiles a payload schema; throws when the schema itself is invalid. */
export function compilePayloadSchema(schema: JsonSchema): PayloadValidator {
  const check = ajv.compile(schema);
  return (payload) => (check(payload) ? [] : (check.errors ?? []).map(describe));
}

/**
 * The definition of `type` once `payload` is known to match it; throws
 * {@link UnknownEventTypeError} or {@link InvalidEventPayloadError} otherwise.
 */
export function validateEvent(registry: Registry, type: string, payload: unknown): EventDefinition {
  const definition = registry.events.get(type);
  if (!definition) throw new UnknownEventTypeError(type);
  const problems = definition.validate(payload);
  if (problems.length > 0) throw new InvalidEventPayloadError(type, problems);
  return definition;
}

function describe(error: ErrorObject): string {
  const path = error.instancePath || '(payload)';
  if (error.keyword === 'additionalProperties') return `${path} has unknown field "${String(error.params.additionalProperty)}"`;
  if (error.keyword === 'required') return `${path} is missing "${String(error.params.missingProperty)}"`;
  return `${path} ${error.message ?? 'is invalid'}`;
}
