/** A decoded form value: Stripe nests with brackets (`metadata[userId]`, `line_items[0][price]`). */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };

/** Decodes an `application/x-www-form-urlencoded` body (or query string) the way Stripe reads it. */
export function decodeForm(body: string): Record<string, FormValue> {
  const root: Record<string, FormValue> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.split(/\[|\]\[|\]/).filter((part) => part !== '');
    assign(root, path, value);
  }
  return root;
}

function assign(target: Record<string, FormValue> | FormValue[], path: string[], value: string): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  const slot = /^\d+$/.test(head) && Array.isArray(target) ? Number(head) : head;
  const container = target as Record<string | number, FormValue>;
  if (rest.length === 0) {
    container[slot] = value;
    return;
  }
  container[slot] ??= /^\d+$/.test(rest[0]!) ? [] : {};
  assign(container[slot] as Record<string, FormValue> | FormValue[], rest, value);
}
