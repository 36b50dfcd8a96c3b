import { ApolloLink } from '@apollo/client';
import { Observable, type Subscription } from 'rxjs';
import type { TokenStore } from '../session/token-store';
import type { SessionSource } from './ws-transport';

/**
 * Subscriptions over graphql-ws, loaded and connected on the first subscription only: the
 * first page load carries no WebSocket code, and the app works where no WS endpoint exists.
 */
export class LazyWsLink extends ApolloLink {
  #link: Promise<ApolloLink> | undefined;

  constructor(
    private readonly tokens: TokenStore,
    private readonly session: SessionSource,
  ) {
    super();
  }

  override request(operation: ApolloLink.Operation, forward: ApolloLink.ForwardFunction): Observable<ApolloLink.Result> {
    return new Observable((observer) => {
      let inner: Subscription | undefined;
      let closed = false;
      this.#load().then(
        (link) => {
          if (!closed) inner = link.request(operation, forward).subscribe(observer);
        },
        (error: unknown) => observer.error(error),
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  }

  #load(): Promise<ApolloLink> {
    this.#link ??= import('./ws-transport').then(({ createWsLink }) => createWsLink(this.tokens, this.session));
    return this.#link;
  }
}
