/** A Markdown table; cells are escaped so a value never breaks the row. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

/** Inline code. */
export function code(value: string | number): string {
  return `\`${value}\``;
}

/** A bulleted list. */
export function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** A quotation of product text, shown as users read it (French). */
export function quote(text: string): string {
  return `« ${text} »`;
}

/** A number as English text (thousands separated by commas). */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** A list in prose: "a, b and c". */
export function inline(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
