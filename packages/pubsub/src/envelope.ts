/**
 * What travels in a NOTIFY on the pub/sub channel: the topic and either the payload itself
 * (`p`) or the id of the row holding it (`r`) when it is too large for a NOTIFY.
 */
export type Envelope = { t: string; p: unknown } | { t: string; r: string };

/** NOTIFY payloads must stay under 8000 bytes; this leaves room for the envelope's keys. */
export const INLINE_LIMIT_BYTES = 7000;

/** Topics are short names (`iris.reply:<id>`), never data: a reference must always fit. */
export const MAX_TOPIC_LENGTH = 200;

/** The NOTIFY text carrying a payload (already serialised) inline, or undefined when it is too large to. */
export function inlineEnvelope(topic: string, payloadJson: string): string | undefined {
  const text = `{"t":${JSON.stringify(topic)},"p":${payloadJson}}`;
  return Buffer.byteLength(text, 'utf8') <= INLINE_LIMIT_BYTES ? text : undefined;
}

export function referenceEnvelope(topic: string, id: string): string {
  return JSON.stringify({ t: topic, r: id } satisfies Envelope);
}

/** Parses a NOTIFY text; undefined for anything that is not an envelope of ours. */
export function parseEnvelope(text: string): Envelope | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { t, p, r } = value as Record<string, unknown>;
  if (typeof t !== 'string') return undefined;
  if (typeof r === 'string') return { t, r };
  if ('p' in value) return { t, p };
  return undefined;
}

/** The payload as receivers will see it, serialised; throws for a bad topic or a payload JSON cannot carry. */
export function serialisePublication(topic: string, payload: unknown): string {
  if (!topic || topic.length > MAX_TOPIC_LENGTH) throw new Error(`pub/sub topics are 1 to ${MAX_TOPIC_LENGTH} characters`);
  const json = JSON.stringify(payload) as string | undefined;
  if (json === undefined) throw new Error('pub/sub payloads must be JSON-serialisable');
  return json;
}
