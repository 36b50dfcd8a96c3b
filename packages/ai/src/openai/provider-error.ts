/** Why a remote provider call failed. */
export type ProviderErrorKind = 'http' | 'malformed' | 'network' | 'timeout';

/** A remote provider failure; its message never carries prompt or completion text. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly kind: ProviderErrorKind,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }

  /** A refusal of this particular request (bad parameters), not a sign the provider is unwell. */
  get isClientError(): boolean {
    return this.kind === 'http' && this.status !== undefined && this.status >= 400 && this.status < 500 && this.status !== 408 && this.status !== 429;
  }
}
