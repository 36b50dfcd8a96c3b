import { desc, eq } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { explorations, reportShares, type ExplorationRow, type ReportShareRow } from '../db/schema.js';

type Executor = Database | Transaction;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Everything aube holds about a user, for the right of access: each saved exploration with
 * the inputs the user gave, the personalised score, the recommendations and plan it produced
 * and the career chosen, and the share links of its Trust report (never the link itself,
 * which works as a password). Anonymous explorations are not kept, so they are not here.
 */
export async function aubeSection(db: Executor, userId: string) {
  // Accounts' ids are UUIDs: another id holds nothing here (and must not reach a uuid column).
  if (!UUID.test(userId)) return { explorations: [], trustReportShares: [] };
  const [rows, shares] = await Promise.all([
    db.select().from(explorations).where(eq(explorations.userId, userId)).orderBy(desc(explorations.createdAt), desc(explorations.id)),
    db.select().from(reportShares).where(eq(reportShares.userId, userId)).orderBy(desc(reportShares.createdAt), desc(reportShares.id)),
  ]);
  return { explorations: rows.map(exportedExploration), trustReportShares: shares.map(exportedShare) };
}

export type AubeSection = Awaited<ReturnType<typeof aubeSection>>;

function exportedExploration(row: ExplorationRow) {
  const { inputs, result } = row;
  const { resilience } = result;
  return {
    id: row.id,
    trustReportId: row.reportId,
    createdAt: row.createdAt.toISOString(),
    occupation: { code: result.occupation.code, title: result.occupation.title },
    inputs: {
      yearsOfExperience: inputs.yearsOfExperience,
      skills: [...inputs.skills],
      values: [...inputs.values],
      environments: [...inputs.environments],
      riasec: inputs.riasec ?? null,
      bigFive: inputs.bigFive ?? null,
    },
    resilience: {
      score: resilience.score,
      exposure: resilience.exposure,
      evolution: resilience.evolution,
      horizon: resilience.horizon.label,
      threatLevel: resilience.threatLevel,
      confidence: resilience.confidence,
      anxietyScore: resilience.anxietyScore,
      personalised: resilience.personal !== null,
      protectiveSkills: resilience.personal ? [...resilience.personal.protectiveSkills] : [],
    },
    recommendations: result.recommendations.map((recommendation) => ({
      rank: recommendation.rank,
      occupation: { code: recommendation.occupationCode, title: recommendation.occupationTitle },
      score: recommendation.score,
      skillsOverlap: recommendation.skillsOverlap,
      resilienceGain: recommendation.targetResilience - recommendation.currentResilience,
    })),
    upskillingPlan: result.upskilling.map((step) => ({ skill: step.skill, durationHours: step.durationHours, cpfEligible: step.cpfEligible })),
    chosenCareer: row.chosenCode ? { occupationCode: row.chosenCode, chosenAt: row.chosenAt?.toISOString() ?? null } : null,
    modelVersion: row.modelVersion,
    dataVersion: row.dataVersion,
  };
}

function exportedShare(row: ReportShareRow) {
  return {
    id: row.id,
    explorationId: row.explorationId,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
