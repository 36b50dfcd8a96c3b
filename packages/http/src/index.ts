export { formatClientError } from './format-error.js';
export { bodyAlwaysSet, bodyErrors, unexpectedErrors } from './body.js';
