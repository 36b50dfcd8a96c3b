import { z } from 'zod';

/** A service whose `/health/ready` the agents subgraph polls. */
export interface HealthTarget {
  name: string;
  url: string;
}

/** Every service of a local run (`npm start`), on its default port. */
export const DEFAULT_HEALTH_TARGETS = (
  [
    ['gateway', 4000],
    ['accounts', 4001],
    ['aube', 4002],
    ['letters', 4003],
    ['rise', 4004],
    ['iris', 4005],
    ['billing', 4006],
    ['agents', 4007],
  ] as const
)
  .map(([name, port]) => `${name}=http://127.0.0.1:${port}/health/ready`)
  .join(',');

/** `AGENTS_HEALTH_TARGETS`: comma-separated `name=url` pairs, names unique. */
export const healthTargetsEnv = z
  .string()
  .transform((raw, ctx) => {
    const targets: HealthTarget[] = [];
    for (const entry of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [name, url] = entry.split(/=(.*)/s, 2);
      if (!name || !url || !z.url({ protocol: /^https?$/ }).safeParse(url).success) {
        ctx.addIssue({ code: 'custom', message: `"${entry}" is not name=http(s)://url` });
        continue;
      }
      if (targets.some((t) => t.name === name)) ctx.addIssue({ code: 'custom', message: `"${name}" is listed twice` });
      targets.push({ name, url });
    }
    return targets;
  });
