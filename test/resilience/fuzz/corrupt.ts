import type { Random } from './random.js';

const FRAGMENTS = ['{', '}', '(', ')', '[', ']', '$', '@', '...', ':', '!', '"', '"""', '#', '\u0000', '\n', ',', '=', '|', '&', 'query', 'fragment', 'on', 'null', '\uD800', '𝕏', '\\', '0x1F', '-', '1e', '"\\u12'];

/**
 * Breaks a GraphQL document the way a bad client, a proxy or an attacker would: characters
 * deleted, inserted, duplicated or swapped, a cut-off end, stray punctuation, lone
 * surrogates, NUL bytes. One to three edits.
 */
export function corrupt(text: string, random: Random): string {
  let result = text;
  for (let edits = random.int(1, 3); edits > 0; edits--) {
    const at = random.int(0, result.length);
    const span = random.int(1, 8);
    switch (random.int(0, 5)) {
      case 0:
        result = result.slice(0, at) + result.slice(at + span);
        break;
      case 1:
        result = result.slice(0, at) + random.pick(FRAGMENTS) + result.slice(at);
        break;
      case 2:
        result = result.slice(0, at) + result.slice(at, at + span).repeat(random.int(2, 50)) + result.slice(at);
        break;
      case 3:
        result = result.slice(0, at);
        break;
      case 4: {
        const other = random.int(0, result.length);
        const chars = [...result];
        [chars[at], chars[other]] = [chars[other] ?? '', chars[at] ?? ''];
        result = chars.join('');
        break;
      }
      default:
        result = result.replace(/[{}()]/, random.pick(['', '{', '}', '(', ')']));
    }
  }
  return result;
}
