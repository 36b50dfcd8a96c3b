import type { GraphQLError } from 'graphql';
import { phoenixError } from '@phoenix/errors';

/** What holds subscriptions: a socket. */
export interface CapHolder {
  subscriptions: number;
}

export type Reservation = { release(): void } | { refusal: GraphQLError };

/**
 * Caps on the subscriptions held at once: per socket, and per principal (user, API key, or
 * anonymous address) across its sockets on this gateway.
 */
export class SubscriptionCaps {
  private readonly perPrincipal = new Map<string, number>();

  constructor(private readonly limits: { perConnection: number; perPrincipal: number }) {}

  /** Takes a slot of both caps, or says which one is full (OPERATION_LIMIT_EXCEEDED). */
  reserve(holder: CapHolder, principalKey: string): Reservation {
    const { perConnection, perPrincipal } = this.limits;
    if (holder.subscriptions >= perConnection) return { refusal: capError('subscriptionsPerConnection', perConnection, 'This connection holds') };
    const held = this.perPrincipal.get(principalKey) ?? 0;
    if (held >= perPrincipal) return { refusal: capError('subscriptionsPerPrincipal', perPrincipal, 'You hold') };
    holder.subscriptions += 1;
    this.perPrincipal.set(principalKey, held + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        holder.subscriptions -= 1;
        const left = (this.perPrincipal.get(principalKey) ?? 1) - 1;
        if (left > 0) this.perPrincipal.set(principalKey, left);
        else this.perPrincipal.delete(principalKey);
      },
    };
  }
}

function capError(name: 'subscriptionsPerConnection' | 'subscriptionsPerPrincipal', max: number, holder: string): GraphQLError {
  return phoenixError('OPERATION_LIMIT_EXCEEDED', `${holder} ${max} subscriptions already, the most allowed; complete one first.`, { limit: { name, max } });
}
