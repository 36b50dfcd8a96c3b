import { sourceWithVersion } from '../domain/sources.js';
import type { AutomationFigureResolvers, FigureDerivation } from '../__generated__/resolvers-types.js';

const DERIVATIONS: Readonly<Record<string, FigureDerivation>> = {
  direct_esco: 'DIRECT_ESCO',
  isco_fallback: 'ISCO_FALLBACK',
  parent_fiche: 'PARENT_FICHE',
};

export const AutomationFigure: AutomationFigureResolvers = {
  source: async (figure, _args, context) => {
    const catalogue = await context.loaders.catalogue();
    return catalogue?.sources.find((source) => source.id === figure.source) ?? sourceWithVersion(figure.source, 'inconnue');
  },
  derivation: (figure) => DERIVATIONS[figure.derivation] ?? 'NONE',
  parentCode: (figure) => figure.parentCode ?? null,
  freyOsborneProbability: (figure) => figure.freyOsborne?.probability ?? null,
};
