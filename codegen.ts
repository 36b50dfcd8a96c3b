import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import { apiSchemaSdl } from './web/scripts/api-schema.js';

/** Resolver types for one subgraph, with its GraphQL types mapped to drizzle rows. */
function subgraph(name: string, contextType: string, mappers: Record<string, string> = {}): CodegenConfig['generates'] {
  return {
    [`subgraphs/${name}/src/__generated__/resolvers-types.ts`]: {
      schema: `subgraphs/${name}/schema.graphql`,
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        enumsAsTypes: true,
        useTypeImports: true,
        contextType: `../context.js#${contextType}`,
        mappers,
        scalars: { ID: 'string', DateTime: 'string' },
      },
    },
  };
}

/** Typed documents for the web client, from the composed API schema (what the gateway serves). */
function web(): CodegenConfig['generates'] {
  const schema = apiSchemaSdl('supergraph.graphql');
  return {
    'web/schema.graphql': { schema, plugins: ['schema-ast'] },
    'web/src/__generated__/': {
      schema,
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/__generated__/**'],
      preset: 'client',
      // Plain hex SHA-256 ids: what APQ sends and what the gateway's safelist manifest expects.
      presetConfig: { persistedDocuments: { hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex') } },
      // With hashes the server runs the manifest's text, so it must ask for the __typename the cache needs.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { ID: 'string', DateTime: 'string' } },
    },
  };
}

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...subgraph('accounts', 'AccountsContext', { DataExport: '../export/data-export.js#DataExportModel', User: '../db/schema.js#UserRow' }),
    ...subgraph('aube', 'AubeContext', {
      AutomationFigure: '../import/catalogue.js#AutomationFigure as AutomationFigureModel',
      CareerRecommendation: '../domain/recommendations.js#RecommendationResult',
      DataExport: '@phoenix/subgraph-server#DataExportReference',
      Exploration: '../services/explorations.js#ExplorationView',
      Explanation: '../domain/explanation.js#Explanation as ExplanationModel',
      ExplanationFactor: '../domain/types.js#Factor',
      FigureMatch: '../import/catalogue.js#FigureMatch as FigureMatchModel',
      Occupation: '../resolvers/Occupation.js#OccupationRef',
      OccupationCatalogue: '../db/schema.js#CatalogueMetaRow',
      ResilienceAnalysis: '../domain/types.js#ResilienceResult',
      Skill: '../store/catalogue.js#ItemRow',
      Source: '../import/catalogue.js#CatalogueSource',
      TaskExposure: '../domain/types.js#TaskExposure as TaskExposureModel',
      TechnicalExplanation: '../domain/explanation.js#TechnicalExplanation as TechnicalExplanationModel',
      TrustReport: '../services/reports.js#TrustReportView',
      UpskillingStep: '../domain/upskilling.js#UpskillingStep as UpskillingStepModel',
      User: '../resolvers/User.js#UserReference',
    }),
    ...subgraph('billing', 'BillingContext', { DataExport: '@phoenix/subgraph-server#DataExportReference', Plan: '@phoenix/plans#PlanDefinition', User: '../resolvers/User.js#UserReference' }),
    ...subgraph('rise', 'RiseContext', {
      CoachingSession: '../db/schema.js#CoachingSessionRow',
      DailyAction: '../db/schema.js#DailyActionRow',
      DataExport: '@phoenix/subgraph-server#DataExportReference',
      EmotionalTrend: '../domain/trend.js#EmotionalTrend as EmotionalTrendModel',
      Goal: '../db/schema.js#GoalRow',
      JournalEntry: '../db/schema.js#JournalEntryRow',
      Milestone: '../db/schema.js#MilestoneRow',
      PracticeSession: '../db/schema.js#PracticeSessionRow',
      User: '../resolvers/User.js#UserReference',
    }),
    ...subgraph('letters', 'LettersContext', { Letter: '../db/schema.js#LetterRow', LetterVersion: '../db/schema.js#LetterVersionRow', AtsAnalysis: '../db/schema.js#AnalysisRow', CompanyCulture: '../db/schema.js#AnalysisRow', CoachFeedback: '../db/schema.js#AnalysisRow', DataExport: '@phoenix/subgraph-server#DataExportReference', User: '../resolvers/User.js#UserReference' }),
    ...subgraph('agents', 'AgentsContext', { AiUsage: '../resolvers/AiUsage.js#AiUsageParent', DataExport: '@phoenix/subgraph-server#DataExportReference' }),
    ...subgraph('iris', 'IrisContext', {
      DataExport: '@phoenix/subgraph-server#DataExportReference',
      IrisConversation: '../db/schema.js#ConversationRow',
      IrisMessage: '../db/schema.js#MessageRow',
      IrisReplyChunk: '../domain/chunks.js#ReplyChunk',
      IrisTopic: '../domain/topics.js#TopicDefinition',
      User: '../resolvers/User.js#UserReference',
    }),
    ...web(),
  },
};

export default config;
