const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
// The query planner names subgraph operations `<ClientOperation>__<subgraph>__<index>`.
const PLANNER_SUFFIX = /__[a-z0-9_]+__\d+$/i;

export const ANONYMOUS = '(anonymous)';
export const UNKNOWN = '(unknown)';
export const OTHER = '(other)';

/**
 * Turns operation names, which clients choose, into bounded metric labels: the first `limit`
 * distinct well-formed names are kept as they are, later ones become `(other)`; a missing
 * name is `(anonymous)`, a malformed one `(other)`. A subgraph sees the client's name through
 * the planner's suffix, which is removed so both sides use the same label.
 */
export class OperationNames {
  private readonly admitted = new Set<string>();

  constructor(private readonly limit = 200) {}

  label(name: string | null | undefined): string {
    if (name === undefined || name === null || name === '') return ANONYMOUS;
    const base = name.replace(PLANNER_SUFFIX, '');
    if (!NAME.test(base)) return OTHER;
    if (this.admitted.has(base)) return base;
    if (this.admitted.size >= this.limit) return OTHER;
    this.admitted.add(base);
    return base;
  }
}
