import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { print } from '@apollo/client/utilities';
import type { GraphQLFormattedError } from 'graphql';
import type { Client, SubscribePayload } from 'graphql-ws';
import { Observable } from 'rxjs';

const PERSISTED_MISSES = ['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED'];

/** True when the server does not know the operation by its hash and wants its text. */
export function isPersistedMiss(errors: readonly GraphQLFormattedError[] | undefined): boolean {
  return errors?.some((error) => PERSISTED_MISSES.includes(String(error.extensions?.code))) ?? false;
}

/**
 * The subscribe payload: by hash alone (`query: ""` and `extensions.persistedQuery`, what a
 * gateway in safelist mode runs), or with the full text once the server has said it does not
 * keep a manifest.
 */
export function subscribePayload(operation: Pick<ApolloLink.Operation, 'query' | 'variables' | 'operationName' | 'extensions'>, byHash: boolean): SubscribePayload {
  const hash = (operation.query as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  const { variables, operationName, extensions } = operation;
  if (byHash && typeof hash === 'string') {
    return { query: '', variables, operationName, extensions: { ...extensions, persistedQuery: { version: 1, sha256Hash: hash } } };
  }
  return { query: print(operation.query), variables, operationName, extensions };
}

/**
 * Apollo's GraphQLWsLink, sending operations by their persisted hash like the HTTP link does.
 * A server without the manifest answers PERSISTED_QUERY_NOT_FOUND: the operation is sent
 * again in full, and so is every later one.
 */
export class PersistedWsLink extends ApolloLink {
  #byHash = true;

  constructor(private readonly client: Client) {
    super();
  }

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    return new Observable((observer) => {
      let dispose: () => void = () => undefined;
      const start = (byHash: boolean) => {
        const fallBack = () => {
          this.#byHash = false;
          dispose();
          start(false);
        };
        dispose = this.client.subscribe(subscribePayload(operation, byHash), {
          next: (result) => {
            if (byHash && isPersistedMiss(result.errors)) return fallBack();
            observer.next(result as ApolloLink.Result);
          },
          complete: () => observer.complete(),
          error: (error: unknown) => {
            if (Array.isArray(error)) {
              if (byHash && isPersistedMiss(error as GraphQLFormattedError[])) return fallBack();
              return observer.error(new CombinedGraphQLErrors({ errors: error as GraphQLFormattedError[] }));
            }
            if (error instanceof Error) return observer.error(error);
            const close = error as { code?: unknown; reason?: unknown } | null;
            observer.error(new Error(`Socket closed${close && typeof close.code === 'number' ? ` with event ${close.code} ${String(close.reason ?? '')}` : ''}`));
          },
        });
      };
      start(this.#byHash);
      return () => dispose();
    });
  }
}
