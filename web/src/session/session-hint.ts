const KEY = 'phoenix.session';

/**
 * Remembers that this browser holds a refresh cookie, so an anonymous visitor's first load
 * makes no request at all. It is a hint, not a credential: the cookie itself is HttpOnly.
 */
export class SessionHint {
  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined) {}

  present(): boolean {
    try {
      return this.storage?.getItem(KEY) === '1';
    } catch {
      return true;
    }
  }

  remember(): void {
    try {
      this.storage?.setItem(KEY, '1');
    } catch {
      // Without storage the app simply tries to refresh on every load.
    }
  }

  /** Calls back when another tab of this browser forgets the session (it signed out). */
  onForgottenElsewhere(callback: () => void): () => void {
    const listener = (event: StorageEvent) => {
      if (event.key === KEY && event.newValue === null) callback();
    };
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  }

  forget(): void {
    try {
      this.storage?.removeItem(KEY);
    } catch {
      // Nothing to forget.
    }
  }
}
