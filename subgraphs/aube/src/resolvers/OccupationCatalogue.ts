import type { OccupationCatalogueResolvers } from '../__generated__/resolvers-types.js';

export const OccupationCatalogue: OccupationCatalogueResolvers = {
  fiches: (catalogue) => catalogue.report.fiches,
  directFigures: (catalogue) => catalogue.report.direct,
  fallbackFigures: (catalogue) => catalogue.report.iscoFallback + catalogue.report.parentFiche,
  withoutFigure: (catalogue) => catalogue.report.none,
};
