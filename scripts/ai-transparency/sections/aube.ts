import type { AutomationFigure } from '../../../subgraphs/aube/src/import/catalogue.js';
import {
  HUMAN_REVIEW,
  RECOMMENDATION_BIASES,
  RECOMMENDATION_FORMULA,
  RECOMMENDATION_LIMITS,
  RESILIENCE_BIASES,
  RESILIENCE_FORMULA,
  resilienceLimits,
} from '../../../subgraphs/aube/src/domain/explanation-text.js';
import { EVOLUTION_LABELS, evolutionFor, horizonFor, THREAT_LABELS, threatLevelFor } from '../../../subgraphs/aube/src/domain/labels.js';
import {
  BOTTLENECK_WEIGHTS,
  BOTTLENECKS,
  MAX_TASK_REDUCTION,
  MIN_SKILL_PROXIMITY,
  MODEL_VERSION,
  NEAREST_CANDIDATES,
  NO_FIGURE_PERCENTILE,
  PERSONAL_ADJUSTMENT,
  RECOMMENDATION_WEIGHTS,
  RESILIENCE_GAIN_SPAN,
  SKILL_PROXIMITY_SATURATION,
  TASK_FREQUENCY,
  type RecommendationFactor,
} from '../../../subgraphs/aube/src/domain/model.js';
import { RECOMMENDATION_LABELS } from '../../../subgraphs/aube/src/domain/recommendation-text.js';
import { FACTOR_LABELS } from '../../../subgraphs/aube/src/domain/resilience-text.js';
import { bullets, code, quote, table } from '../markdown.js';

export { MODEL_VERSION as AUBE_MODEL_VERSION };

/** The resilience score's additive factors and the model's constants. */
export function renderResilienceModel(): string {
  const percent = (share: number) => `${Math.round(share * 100)} %`;
  const rows: string[][] = [
    [code('exposition_metier'), label('exposition_metier'), 'starting point: 100 × (1 − b), b = the fiche’s automation-risk percentile'],
    ...BOTTLENECKS.map((b) => [code(b), label(b), `a task that fully needs it loses ${percent(BOTTLENECK_WEIGHTS[b])} of its exposure`]),
    [code('experience'), label('experience'), `up to ${percent(PERSONAL_ADJUSTMENT.experienceMax)} of the remaining exposure, reached at ${PERSONAL_ADJUSTMENT.experienceYears} years`],
    [code('competences_transferables'), label('competences_transferables'), `up to ${percent(PERSONAL_ADJUSTMENT.skillsMax)} of the remaining exposure for protective transferable skills`],
  ];
  return [
    `Model ${code(MODEL_VERSION)}. Every factor is a number of points; the factors of a score add up to it exactly.`,
    '',
    table(['factor', 'label shown (French)', 'what it counts'], rows),
    '',
    bullets([
      `No task is ever fully protected: bottlenecks remove at most ${percent(MAX_TASK_REDUCTION)} of a task’s exposure.`,
      `ROME publishes no task frequencies: core tasks (« principale ») count ${TASK_FREQUENCY.principale}, emerging ones (« émergente ») ${TASK_FREQUENCY.emergente}, others ${TASK_FREQUENCY.ordinaire}.`,
      `A fiche no source covers starts from the median (b = ${NO_FIGURE_PERCENTILE}) with confidence « faible », and says so.`,
    ]),
    '',
    `Formula, as level 3 of the Transparency Engine shows it: ${quote(RESILIENCE_FORMULA)}`,
  ].join('\n');
}

/** Evolution, horizon and threat level for every integer score, grouped into ranges. */
export function renderScoreLabels(): string {
  const rows: { from: number; to: number; key: string; cells: string[] }[] = [];
  for (let score = 100; score >= 0; score -= 1) {
    const evolution = evolutionFor((100 - score) / 100);
    const threat = threatLevelFor(score);
    const key = `${evolution}/${threat}`;
    const last = rows[rows.length - 1];
    if (last?.key === key) last.from = score;
    else rows.push({ from: score, to: score, key, cells: [`${code(evolution)} (${EVOLUTION_LABELS[evolution]})`, horizonFor(evolution).label, `${code(threat)} (${THREAT_LABELS[threat]})`] });
  }
  return table(
    ['resilience score', 'evolution', 'horizon', 'threat level'],
    rows.map((row) => [`${row.from}–${row.to}`, ...row.cells]),
  );
}

/** The recommendation score's additive factors and how candidates are found. */
export function renderRecommendationModel(): string {
  const factors = Object.keys(RECOMMENDATION_WEIGHTS) as RecommendationFactor[];
  return [
    table(
      ['factor', 'label shown (French)', 'points at most'],
      factors.map((factor) => [code(factor), RECOMMENDATION_LABELS[factor], String(RECOMMENDATION_WEIGHTS[factor])]),
    ),
    '',
    bullets([
      `Candidates: France Travail’s mobility links from the current fiche and its ${NEAREST_CANDIDATES} closest fiches in skills; a fiche with a skill proximity below ${MIN_SKILL_PROXIMITY} is kept only through a mobility link.`,
      `The skills factor is full at a proximity of ${SKILL_PROXIMITY_SATURATION}; the resilience-gain factor is full at +${RESILIENCE_GAIN_SPAN} points and empty at −${RESILIENCE_GAIN_SPAN}.`,
    ]),
    '',
    `Formula, as level 3 shows it: ${quote(RECOMMENDATION_FORMULA)}`,
  ].join('\n');
}

/** The limits and known biases the Transparency Engine states at level 3, quoted. */
export function renderAubeLimits(): string {
  const base = resilienceLimits(figure('direct_esco'));
  const conditional = [null, figure('isco_fallback'), figure('parent_fiche')].flatMap((f) => resilienceLimits(f).filter((line) => !base.includes(line)));
  return [
    '**Resilience score: limits**',
    '',
    bullets(base.map(quote)),
    '',
    'and, for the fiches they concern:',
    '',
    bullets(conditional.map(quote)),
    '',
    '**Resilience score: known biases**',
    '',
    bullets(RESILIENCE_BIASES.map(quote)),
    '',
    '**Recommendations: limits and known biases**',
    '',
    bullets([...RECOMMENDATION_LIMITS, ...RECOMMENDATION_BIASES].map(quote)),
    '',
    '**What a human reviewed** (level 3, every result)',
    '',
    bullets([quote(HUMAN_REVIEW)]),
  ].join('\n');
}

function label(name: string): string {
  const text = FACTOR_LABELS[name];
  if (!text) throw new Error(`No French label for the resilience factor ${name}`);
  return text;
}

// Only the derivation (and a parent code) decide which limits apply.
function figure(derivation: AutomationFigure['derivation']): AutomationFigure {
  return { derivation, ...(derivation === 'parent_fiche' ? { parentCode: '…' } : {}) } as AutomationFigure;
}
