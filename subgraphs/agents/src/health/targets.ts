import { z } from 'zod';

/** A service whose `/health/ready` the agents subgraph polls. */
export interface HealthTarget {
  name: string;
  url: string;
}

/** The services of a local run, on their default ports. */
export const DEFAULT_HEALTH_TARGETS =
  'gateway=http://127.0.0.1:4000/health/ready,accounts=http://127.0.0.1:4001/health/ready,aube=http://127.0.0.1:4002/health/ready,billing=http://127.0.0.1:4006/health/ready,agents=http://127.0.0.1:4007/health/ready';

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
