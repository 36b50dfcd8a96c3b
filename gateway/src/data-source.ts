import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Kind, parse, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';
import { ANONYMOUS, CONTEXT_TOKEN_HEADER, type ContextTokenSigner } from '@phoenix/context-token';
import type { Logger } from '@phoenix/logger';
import { injectTraceContext, traceSubgraphFetch } from '@phoenix/telemetry';
import type { GatewayContext } from './context.js';
import type { Fetcher } from './subgraph-fetcher.js';

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type ProcessResult = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export interface PhoenixDataSourceOptions {
  /** The subgraph's name in the supergraph; also the context token's audience. */
  name: string;
  url: string;
  fetcher: Fetcher;
  signer: ContextTokenSigner;
  logger: Logger;
}

// Enough paths to tell the client what is missing without flooding a large list response.
const MAX_UNAVAILABLE_ERRORS = 100;

/**
 * Sends subgraph requests with the caller's context token (never the client's
 * credentials) and trace context. A subgraph that cannot answer (down, timed out, non-2xx)
 * becomes an error on each path it was asked for, so the rest of the response survives.
 */
export class PhoenixDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly name: string;
  private readonly audience: string;
  private readonly signer: ContextTokenSigner;
  private readonly logger: Logger;

  constructor(options: PhoenixDataSourceOptions) {
    super({ url: options.url, fetcher: options.fetcher });
    this.name = options.name;
    this.audience = options.name.toLowerCase();
    this.signer = options.signer;
    this.logger = options.logger;
  }

  override async willSendRequest(options: ProcessOptions): Promise<void> {
    const headers = options.request.http?.headers;
    if (!headers) return;
    const context = options.context as Partial<GatewayContext>;
    headers.set(CONTEXT_TOKEN_HEADER, await this.signer.sign(context.principal ?? ANONYMOUS, this.audience));
    // Traced, the gateway sends its own fetch span; untraced, it passes the caller's trace on.
    if (!injectTraceContext(headers) && context.traceparent) headers.set('traceparent', context.traceparent);
  }

  override process(options: ProcessOptions): Promise<ProcessResult> {
    return traceSubgraphFetch(this.name, () => this.processOrDegrade(options));
  }

  private async processOrDegrade(options: ProcessOptions): Promise<ProcessResult> {
    try {
      return await super.process(options);
    } catch (error) {
      // Health checks and schema loading must see the failure; client operations degrade.
      if (!('incomingRequestContext' in options)) throw error;
      this.logger.warn({ subgraph: this.name, reason: describe(error) }, 'subgraph request failed');
      return { errors: unavailableErrors(this.name, options.request.query, options.request.variables) };
    }
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const status = (error as { extensions?: { response?: { status?: unknown } } }).extensions?.response?.status;
  if (typeof status === 'number') return `HTTP ${status}`;
  const cause = (error as { cause?: { code?: unknown } }).cause?.code;
  return `${error.name}: ${error.message}${typeof cause === 'string' ? ` (${cause})` : ''}`;
}

/**
 * One SUBGRAPH_UNAVAILABLE error per field the failed fetch asked for, in the subgraph's
 * path form (`[field]` or `["_entities", i, field]`), which the gateway maps to response paths.
 */
export function unavailableErrors(name: string, query: string | undefined, variables: Record<string, unknown> | undefined): GraphQLFormattedError[] {
  const message = `The ${name} service is unavailable.`;
  const extensions = { code: 'SUBGRAPH_UNAVAILABLE' };
  const paths: (string | number)[][] = [];
  const operation = query ? safeParse(query)?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) : undefined;
  for (const selection of operation?.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet.selections : []) {
    if (selection.kind !== Kind.FIELD || selection.name.value === '__typename') continue;
    const key = selection.alias?.value ?? selection.name.value;
    if (selection.name.value !== '_entities') {
      paths.push([key]);
      continue;
    }
    const representations = Array.isArray(variables?.representations) ? variables.representations.length : 0;
    const fields = responseKeys(selection.selectionSet);
    for (let index = 0; index < representations; index++) {
      for (const field of fields) paths.push([key, index, field]);
    }
  }
  if (paths.length === 0) return [{ message, extensions }];
  return paths.slice(0, MAX_UNAVAILABLE_ERRORS).map((path) => ({ message, path, extensions }));
}

function responseKeys(selectionSet: SelectionSetNode | undefined): string[] {
  const keys = new Set<string>();
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value !== '__typename') keys.add(selection.alias?.value ?? selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) for (const key of responseKeys(selection.selectionSet)) keys.add(key);
  }
  return [...keys];
}

function safeParse(query: string) {
  try {
    return parse(query);
  } catch {
    return undefined;
  }
}
