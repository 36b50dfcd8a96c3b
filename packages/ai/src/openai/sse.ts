/**
 * The `data` of each server-sent event in a byte stream, parsed as the WHATWG spec says:
 * lines end at CRLF, LF or CR, comment lines (`:`) and other fields are ignored, multi-line
 * data is joined by newlines, an event ends at a blank line. One leniency: an event left
 * without its blank line when the stream closes is still delivered (some servers end so).
 */
export async function* sseData(body: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  const takeLine = (line: string): string | undefined => {
    if (line === '') {
      const event = data.length > 0 ? data.join('\n') : undefined;
      data = [];
      return event;
    }
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    if (field !== 'data') return undefined;
    const value = colon === -1 ? '' : line.slice(colon + 1);
    data.push(value.startsWith(' ') ? value.slice(1) : value);
    return undefined;
  };
  for await (const bytes of body) {
    let text = buffer + decoder.decode(bytes, { stream: true });
    // A trailing CR may be the first half of a CRLF still in flight: decide on the next read.
    const heldCr = text.endsWith('\r') ? '\r' : '';
    if (heldCr) text = text.slice(0, -1);
    const lines = text.split(/\r\n|\n|\r/);
    buffer = (lines.pop() ?? '') + heldCr;
    for (const line of lines) {
      const event = takeLine(line);
      if (event !== undefined) yield event;
    }
  }
  buffer += decoder.decode();
  for (const line of [...buffer.split(/\r\n|\n|\r/), '']) {
    const event = takeLine(line);
    if (event !== undefined) yield event;
  }
}
