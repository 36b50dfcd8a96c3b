import { SpanStatusCode, type Span } from '@opentelemetry/api';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { activeTracer } from './tracing.js';

/**
 * Wraps the resolvers of the root query and mutation fields (`_entities` included) in spans,
 * active while they run, so the SQL they issue nests under them. Nested field resolvers get
 * no span of their own: most are trivial or batched, and a span per list item would cost
 * more than it shows. Call only when tracing is on; the schema is changed in place.
 */
export function traceRootResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('__') || field.name === '_service') continue;
      field.resolve = tracedResolver(`${type.name}.${field.name}`, field.resolve ?? defaultFieldResolver);
    }
  }
  return schema;
}

function tracedResolver(coordinate: string, resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const tracer = activeTracer();
    if (!tracer) return resolve(source, args, context, info);
    return tracer.startActiveSpan(`resolve ${coordinate}`, { attributes: { 'graphql.field.coordinate': coordinate } }, (span) => {
      try {
        const result = resolve(source, args, context, info);
        if (!(result instanceof Promise)) return end(span, undefined, result);
        return result.then(
          (value) => end(span, undefined, value),
          (error: unknown) => end(span, error),
        );
      } catch (error) {
        return end(span, error);
      }
    });
  };
}

function end(span: Span, error: unknown, value?: unknown): unknown {
  if (error !== undefined) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
    span.end();
    throw error;
  }
  span.end();
  return value;
}
