import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * The problems of `value` against a JSON Schema (draft 2020-12, strict mode, formats checked),
 * one line each; empty when it is valid. For tests of documents described by a schema, such
 * as each subgraph's section of the data export.
 */
export function schemaProblems(schema: object, value: unknown): string[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`);
}
