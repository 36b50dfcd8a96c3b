import { LOCAL_FACTOR, REMOTE_DEFAULT_FACTOR, type GreenFactor } from '../../../subgraphs/agents/src/domain/green.js';
import { table } from '../markdown.js';

/** The default Green-AI factors with their sources. */
export function renderGreenFactors(): string {
  const row = (model: string, f: GreenFactor) => [model, String(f.whPer1kInputTokens), String(f.whPer1kOutputTokens), String(f.watts), String(f.gCo2ePerKwh), f.source];
  return table(
    ['model', 'Wh / 1k prompt tokens', 'Wh / 1k output tokens', 'W over the latency', 'gCO2e / kWh', 'source'],
    [row('`local`', LOCAL_FACTOR), row('any remote model (default)', REMOTE_DEFAULT_FACTOR)],
  );
}
