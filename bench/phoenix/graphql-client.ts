export interface GraphQLResult<TData> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** POSTs one operation to `url`, with `Authorization: Bearer <token>` when given. */
export async function graphqlRequest<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResult<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as Omit<GraphQLResult<TData>, 'status'>) };
  } catch {
    return { status: response.status, errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
}

/** The data of a result, or an error naming the operation and the first problem. */
export function dataOf<TData>(what: string, result: GraphQLResult<TData>): TData {
  if (result.status !== 200 || result.errors?.length || !result.data) {
    const first = result.errors?.[0];
    throw new Error(`${what}: HTTP ${result.status}${first ? `, ${first.extensions?.code ?? 'error'}: ${first.message}` : ''}`);
  }
  return result.data;
}
