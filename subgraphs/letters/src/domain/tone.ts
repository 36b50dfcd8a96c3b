import type { Tone } from '@phoenix/ai';

/** The GraphQL spelling of a tone (`FORMEL`); the domain and the events use DOMAIN.md's (`formel`). */
export type GraphTone = Uppercase<Tone>;

/** `FORMEL` → `formel`. */
export const toTone = (tone: GraphTone): Tone => tone.toLowerCase() as Tone;
/** `formel` → `FORMEL`. */
export const toGraphTone = (tone: Tone): GraphTone => tone.toUpperCase() as GraphTone;
