/** FNV-1a hash of a string: a stable, dependency-free seed for choosing phrasings. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** One of `options`, always the same for the same `seed`. */
export function pick<T>(options: readonly [T, ...T[]], seed: string): T {
  return options[stableHash(seed) % options.length] ?? options[0];
}

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** « « mot » » quoting in French. */
export function quote(text: string): string {
  return `« ${text} »`;
}

/** Splits a text into stream chunks of a few words each; joined back they give the text. */
export function chunkText(text: string, wordsPerChunk = 4): string[] {
  const pieces = text.match(/\s*\S+\s*/g) ?? [];
  const chunks: string[] = [];
  for (let i = 0; i < pieces.length; i += wordsPerChunk) chunks.push(pieces.slice(i, i + wordsPerChunk).join(''));
  return chunks;
}
