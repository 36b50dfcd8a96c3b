import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { activeTracer } from './tracing.js';

const MAX_STATEMENT_LENGTH = 2000;
const TARGET = /\b(?:from|into|update|join)\s+((?:"[^"]+"|\w+)(?:\.(?:"[^"]+"|\w+))?)/i;

/** `select … from "accounts"."users" …` → `SELECT accounts.users`. */
export function statementSummary(statement: string): string {
  const operation = (/^\s*(\w+)/.exec(statement)?.[1] ?? 'query').toUpperCase();
  const target = TARGET.exec(statement)?.[1]?.replaceAll('"', '');
  return target ? `${operation} ${target}` : operation;
}

/**
 * Runs one SQL statement inside a CLIENT span when a traced request is active (otherwise just
 * runs it). The span carries the statement text with its `$n` placeholders — drizzle never
 * inlines values — and never the parameters, which hold personal data.
 */
export async function traceQuery<T>(statement: string, run: () => Promise<T>): Promise<T> {
  const tracer = activeTracer();
  if (!tracer) return run();
  const summary = statementSummary(statement);
  return tracer.startActiveSpan(
    summary,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        'db.system.name': 'postgresql',
        'db.query.summary': summary,
        'db.query.text': statement.length > MAX_STATEMENT_LENGTH ? `${statement.slice(0, MAX_STATEMENT_LENGTH)}…` : statement,
      },
    },
    async (span) => {
      try {
        return await run();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: 'query failed' });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
