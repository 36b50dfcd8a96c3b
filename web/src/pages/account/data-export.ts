/** The sections of the export, one per Phoenix service, in the order the document lists them. */
export const EXPORT_SECTIONS = ['accounts', 'aube', 'letters', 'rise', 'iris', 'billing', 'agents'] as const;

/**
 * `phoenix-mes-donnees-2026-03-12.json`: the day the export was made, in the browser's time
 * zone, so two exports of the same day sort together and never overwrite another day's.
 */
export function exportFileName(generatedAt: string): string {
  const parsed = new Date(generatedAt);
  const date = Number.isNaN(parsed.getTime()) ? new Date() : parsed;
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  return `phoenix-mes-donnees-${day}.json`;
}

/**
 * The export as the file holds it: `data.exportMyData` as the gateway answered, minus the
 * `__typename` the client adds for its cache, which is not part of the documented format.
 */
export function exportDocument(exported: Record<string, unknown>): string {
  const { __typename: _typename, ...document } = exported;
  return `${JSON.stringify(document, null, 2)}\n`;
}
