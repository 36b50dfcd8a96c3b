import { randomUUID } from 'node:crypto';
import { badUserInput, notFound, unauthenticated } from '@phoenix/errors';
import { publish } from '@phoenix/events';
import type { Transaction } from '@phoenix/db';
import { requireUser } from '../authz.js';
import type { AubeContext } from '../context.js';
import type { ExplorationRow } from '../db/schema.js';
import { explore, type ExplorationResult } from '../domain/exploration.js';
import { checkExplorationInput, type ExplorationInput, type ExplorationInputs } from '../domain/inputs.js';
import { MODEL_VERSION } from '../domain/model.js';
import { insertExploration, recordChoice } from '../store/explorations.js';
import { candidatesFor, provenanceOf, requireOccupation } from './catalogue.js';

/** An exploration as the API shows it, stored or not. */
export interface ExplorationView {
  id: string;
  reportId: string;
  /** Null for an anonymous exploration. */
  userId: string | null;
  createdAt: Date;
  inputs: ExplorationInputs;
  result: ExplorationResult;
  chosenCode: string | null;
  saved: boolean;
}

/** A stored exploration as the API shows it. */
export function viewOf(row: ExplorationRow): ExplorationView {
  return {
    id: row.id,
    reportId: row.reportId,
    userId: row.userId,
    createdAt: row.createdAt,
    inputs: row.inputs,
    result: row.result,
    chosenCode: row.chosenCode,
    saved: true,
  };
}

/**
 * Scores a job for the caller. A signed-in user's exploration is stored with its events in
 * one transaction; an anonymous one only publishes its events (with the visitor id) and is
 * not kept. Invalid input is refused before anything is computed or written.
 */
export async function startExploration(context: AubeContext, raw: unknown): Promise<ExplorationView> {
  const checked = checkExplorationInput(raw);
  if (!checked.ok) throw badUserInput(checked.message, { field: checked.field });
  const input = checked.input;
  const source = await requireOccupation(context, input.occupationCode);
  const [candidates, provenance] = await Promise.all([candidatesFor(context, source.code), provenanceOf(context)]);
  const result = explore(source, candidates, input, provenance);
  const userId = context.principal.kind === 'user' ? context.principal.userId : null;
  const view: ExplorationView = {
    id: randomUUID(),
    reportId: randomUUID(),
    userId,
    createdAt: new Date(),
    inputs: storedInputs(input),
    result,
    chosenCode: null,
    saved: userId !== null,
  };
  await context.db.transaction(async (tx) => {
    if (userId) {
      await insertExploration(tx, {
        id: view.id,
        reportId: view.reportId,
        userId,
        occupationCode: source.code,
        inputs: view.inputs,
        result,
        modelVersion: MODEL_VERSION,
        dataVersion: provenance.dataVersion,
        createdAt: view.createdAt,
      });
    }
    await publishExplorationEvents(tx, view, input);
  });
  return view;
}

async function publishExplorationEvents(tx: Transaction, view: ExplorationView, input: ExplorationInput): Promise<void> {
  const who = { ...(view.userId ? { userId: view.userId } : {}), ...(input.visitorId ? { visitorId: input.visitorId } : {}) };
  const { resilience, recommendations } = view.result;
  const correlationId = view.id;
  const utm = input.utm ? Object.fromEntries(Object.entries(input.utm).filter(([, value]) => typeof value === 'string' && value.length > 0)) : {};
  await publish(tx, {
    type: 'aube.exploration_started',
    payload: { explorationId: view.id, ...who, romeCode: resilience.occupationCode, ...(Object.keys(utm).length > 0 ? { utm } : {}) },
    occurredAt: view.createdAt,
    correlationId,
  });
  await publish(tx, {
    type: 'aube.resilience_scored',
    payload: {
      explorationId: view.id,
      ...who,
      romeCode: resilience.occupationCode,
      score: resilience.score,
      evolutionType: resilience.evolution,
      threatLevel: resilience.threatLevel,
      confidence: resilience.confidence,
      modelVersion: resilience.modelVersion,
    },
    occurredAt: view.createdAt,
    correlationId,
  });
  // The event promises three to five jobs; a fiche with fewer candidates generates none.
  if (recommendations.length >= 3) {
    await publish(tx, {
      type: 'aube.recommendations_generated',
      payload: {
        explorationId: view.id,
        ...(view.userId ? { userId: view.userId } : {}),
        romeCodes: recommendations.map((r) => r.occupationCode),
        modelVersion: MODEL_VERSION,
      },
      occurredAt: view.createdAt,
      correlationId,
    });
  }
}

function storedInputs(input: ExplorationInput): ExplorationInputs {
  const { visitorId: _visitorId, utm: _utm, ...kept } = input;
  return kept;
}

/** One of the caller's explorations (admins: anyone's); someone else's is NOT_FOUND, so ids do not leak. */
export async function readableExploration(context: AubeContext, id: string): Promise<ExplorationView> {
  if (context.principal.kind === 'anonymous') throw unauthenticated();
  const row = await context.loaders.exploration.load(id);
  const isAdmin = context.principal.kind === 'user' && context.principal.scopes.includes('admin');
  const isOwner = context.principal.kind === 'user' && row?.userId === context.principal.userId;
  if (!row || !(isOwner || isAdmin)) throw notFound('No such exploration.');
  return viewOf(row);
}

/** Records the target job the owner chose among the exploration's recommendations. */
export async function chooseCareer(context: AubeContext, explorationId: string, code: string): Promise<ExplorationView> {
  const userId = requireUser(context.principal);
  const row = await context.loaders.exploration.load(explorationId);
  if (!row || row.userId !== userId) throw notFound('No such exploration.');
  if (!row.result.recommendations.some((recommendation) => recommendation.occupationCode === code)) {
    throw badUserInput(`${code} is not among this exploration's recommendations.`, { field: 'occupationCode' });
  }
  const updated = await context.db.transaction(async (tx) => {
    const saved = await recordChoice(tx, row.id, code);
    await publish(tx, { type: 'aube.career_chosen', payload: { userId, explorationId: row.id, romeCode: code }, correlationId: row.id });
    return saved;
  });
  return viewOf(updated);
}
