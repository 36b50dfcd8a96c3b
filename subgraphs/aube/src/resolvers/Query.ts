import { badUserInput, notFound } from '@phoenix/errors';
import { pageSize, requireRomeCode, requireUuid } from '../authz.js';
import { parseSearch, rankSearch } from '../domain/search.js';
import { readableExploration } from '../services/explorations.js';
import { searchCandidates } from '../store/catalogue.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';

const SEARCH_CANDIDATES = 300;

export const Query: QueryResolvers = {
  occupations: async (_parent, { search, first }, context) => {
    const count = pageSize(first, 10, 50);
    const query = search.length <= 100 ? parseSearch(search) : null;
    if (!query) throw badUserInput('search must hold a ROME code or at least one word of two letters (100 characters at most).', { field: 'search' });
    const { candidates, codes } = await searchCandidates(context.db, query, SEARCH_CANDIDATES);
    return rankSearch(query, candidates, codes)
      .slice(0, count)
      .map((code) => ({ code }));
  },
  occupation: async (_parent, { code }, context) => {
    const wanted = requireRomeCode(code, 'code');
    if (!(await context.loaders.occupation.load(wanted))) throw notFound(`No occupation with ROME code ${wanted} in the catalogue.`);
    return { code: wanted };
  },
  exploration: (_parent, { id }, context) => readableExploration(context, requireUuid(id, 'id')),
  occupationCatalogue: async (_parent, _args, context) => {
    const catalogue = await context.loaders.catalogue();
    if (!catalogue) throw notFound('No occupation catalogue is loaded.');
    return catalogue;
  },
};
