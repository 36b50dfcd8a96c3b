// stopword ships no type declarations; only what Phoenix uses is declared.
declare module 'stopword' {
  /** French stop words. */
  export const fra: readonly string[];
  export function removeStopwords(tokens: readonly string[], stopwords?: readonly string[]): string[];
}
