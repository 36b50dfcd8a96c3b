import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { finiteNumbersRule } from '../../src/operation/finite-numbers-rule.js';

const schema = buildSchema(`
  scalar JSON
  input Scores { openness: Float! }
  type Query { score(scores: Scores, weight: Float = 0.5, data: JSON): Float }
`);

const problems = (source: string) => validate(schema, parse(source), [...specifiedRules, finiteNumbersRule]).map((error) => error.message);

describe('finiteNumbersRule', () => {
  it('refuses a Float literal beyond a double, in arguments, input objects and variable defaults', () => {
    expect(problems('{ score(weight: 1e999) }')).toEqual(['Number 1e999 is too large to be represented.']);
    expect(problems('{ score(scores: { openness: -1e400 }) }')).toEqual(['Number -1e400 is too large to be represented.']);
    expect(problems('query ($w: Float = 2e308) { score(weight: $w) }')).toEqual(['Number 2e308 is too large to be represented.']);
  });

  it('refuses an integer literal with too many digits even where a custom scalar would take it', () => {
    const [message] = problems(`{ score(data: { n: ${'9'.repeat(400)} }) }`);
    expect(message).toBe(`Number ${'9'.repeat(20)}… is too large to be represented.`);
  });

  it('lets every finite number through', () => {
    expect(problems('{ score(weight: 1.7976931348623157e308, scores: { openness: 0.21897213580086827 }, data: { n: 123456789012345678901234567890 }) }')).toEqual([]);
  });
});
