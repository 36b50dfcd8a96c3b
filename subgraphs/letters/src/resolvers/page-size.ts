import { badUserInput } from '@phoenix/errors';

/** The largest page a list field serves. */
export const MAX_PAGE_SIZE = 50;

/** A list's `first` argument, 1–50; BAD_USER_INPUT otherwise. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badUserInput(`first must be 1 to ${MAX_PAGE_SIZE}.`, { field: 'first' });
  return first;
}
