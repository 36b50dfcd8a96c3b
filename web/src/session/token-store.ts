/** The access token, kept in memory only: a reload forgets it and the refresh cookie renews it. */
export interface AccessToken {
  token: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export class TokenStore {
  #current: AccessToken | null = null;

  get(): AccessToken | null {
    return this.#current;
  }

  set(token: AccessToken | null): void {
    this.#current = token;
  }

  /** True when a token exists and stays valid for at least `marginMs`. */
  isFresh(marginMs: number, now = Date.now()): boolean {
    return this.#current !== null && this.#current.expiresAt - now > marginMs;
  }
}
