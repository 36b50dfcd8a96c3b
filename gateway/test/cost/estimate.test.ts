import { describe, expect, it } from '@jest/globals';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { parse, type OperationDefinitionNode } from 'graphql';
import { costModelFromSupergraph } from '../../src/cost/cost-model.js';
import { estimateCost } from '../../src/cost/estimate.js';
import { fragmentsOf, walkOperation } from '../../src/operation/walk.js';

const composed = composeServices([
  {
    name: 'library',
    url: 'http://library.test/graphql',
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost", "@listSize"])
      type Query {
        book(id: ID!): Book
        books(first: Int, after: String): [Book!]! @listSize(slicingArguments: ["first"])
        search(first: Int = 5, last: Int = 5): [Book!]! @listSize(slicingArguments: ["first", "last"])
        page(first: Int): BookPage @listSize(slicingArguments: ["first"], sizedFields: ["items"], requireOneSlicingArgument: false)
        shelf: Shelf
        recommendations(filter: Filter): [Book!]!
        expensive: Int @cost(weight: 25)
        tags: [String!]!
      }
      type Book @key(fields: "id") { id: ID! title: String author: Author rating: Rating }
      type Author @cost(weight: 3) { name: String }
      enum Rating @cost(weight: 2) { GOOD BAD }
      type BookPage { items: [Book!]! total: Int }
      type Shelf { books: [Book!]! @listSize(assumedSize: 4) }
      input Filter { genre: String @cost(weight: 2) minRating: Int }
      type Mutation { addBook(filter: Filter!): Book }
    `),
  },
]);
if (!composed.supergraphSdl) throw new Error(composed.errors?.map((e) => e.message).join('; '));
const schema = Supergraph.build(composed.supergraphSdl).apiSchema().toGraphQLJSSchema();
const model = costModelFromSupergraph(parse(composed.supergraphSdl));

function cost(source: string, variables?: Record<string, unknown>): number {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (!operation) throw new Error('no operation');
  return estimateCost(walkOperation({ schema, operation, fragments: fragmentsOf(document), variables }), model, { defaultListSize: 10 });
}

function refusal(source: string): unknown {
  try {
    cost(source);
  } catch (error) {
    return (error as { extensions?: unknown }).extensions;
  }
  throw new Error('expected a refusal');
}

describe('the cost estimate', () => {
  it('counts 1 per object and 0 per scalar, through aliases and fragments', () => {
    expect(cost('{ book(id: "1") { title } }')).toBe(1);
    expect(cost('{ a: book(id: "1") { id } b: book(id: "2") { id } }')).toBe(2);
    expect(cost('{ ...F } fragment F on Query { book(id: "1") { ... on Book { id } } }')).toBe(1);
    expect(cost('{ book(id: "1") @skip(if: true) { id } }')).toBe(0);
  });

  it('uses @cost on a field, else on the type it returns', () => {
    expect(cost('{ expensive }')).toBe(25);
    expect(cost('{ book(id: "1") { author { name } } }')).toBe(1 + 3);
    expect(cost('{ book(id: "1") { rating } }')).toBe(1 + 2);
  });

  it('multiplies a list by its slicing argument, literal or variable', () => {
    expect(cost('{ books(first: 3) { title author { name } } }')).toBe(3 * (1 + 3));
    expect(cost('query ($n: Int) { books(first: $n) { id } }', { n: 7 })).toBe(7);
  });

  it('sizes the fields @listSize names by the parent slicing argument', () => {
    expect(cost('{ page(first: 6) { items { id } total } }')).toBe(1 + 6);
  });

  it('falls back to assumedSize, then to the configured default list size', () => {
    expect(cost('{ shelf { books { id } } }')).toBe(1 + 4);
    expect(cost('{ recommendations { id } }')).toBe(10);
    expect(cost('{ page { items { id } } }')).toBe(1 + 10);
    expect(cost('{ tags }')).toBe(0);
  });

  it('refuses a field that requires exactly one slicing argument and gets none or several', () => {
    expect(refusal('{ books { id } }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'books' });
    expect(refusal('{ search { id } }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it('adds 10 for a mutation and 1 per input object argument plus the @cost of its fields', () => {
    expect(cost('mutation { addBook(filter: { genre: "polar", minRating: 3 }) { id } }')).toBe(10 + 1 + (1 + 2));
    expect(cost('{ recommendations(filter: { minRating: 1 }) { id } }')).toBe(10 + 1);
  });
});
