import { z } from 'zod';
import type { SloReport } from '@phoenix/telemetry';

/** Where the gateway's objectives report is, and the token it requires (`METRICS_TOKEN`). */
export interface SloSource {
  url: string;
  token?: string | undefined;
}

/** The report, or why there is none (for the log: a status code or a category, never the body). */
export type SloReading = { report: SloReport; problem?: undefined } | { report: null; problem: string };

// GraphQL's Int is 32-bit: a larger count would fail the whole field at serialisation.
const graphqlInt = z.int().min(0).max(2_147_483_647);

const objective = z.object({
  objective: z.number().nonnegative(),
  value: z.number().nonnegative().nullable(),
  met: z.boolean().nullable(),
});

/** `GET /health/slo` as the gateway answers it; the answer is validated, not trusted. */
export const sloReportSchema = z.object({
  service: z.string().max(200),
  status: z.enum(['met', 'breached', 'no_data']),
  window: z.object({ seconds: graphqlInt, from: z.iso.datetime(), to: z.iso.datetime() }),
  operations: graphqlInt,
  latencyP95: objective,
  errorRate: objective,
  availability: objective,
}) satisfies z.ZodType<SloReport>;

/** Reads the report once, giving up after `timeoutMs`. Never throws. */
export async function readSloReport(source: SloSource, timeoutMs: number): Promise<SloReading> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (source.token) headers.authorization = `Bearer ${source.token}`;
  let response: Response;
  try {
    // No redirects: the token is for this address only.
    response = await fetch(source.url, { signal: AbortSignal.timeout(timeoutMs), headers, redirect: 'error' });
  } catch (error) {
    return { report: null, problem: error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'unreachable' };
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    return { report: null, problem: `http ${response.status}` };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    return { report: null, problem: error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'invalid json' };
  }
  const parsed = sloReportSchema.safeParse(body);
  return parsed.success ? { report: parsed.data } : { report: null, problem: 'invalid report' };
}
