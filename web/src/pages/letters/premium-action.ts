import { useState } from 'react';
import { problemOf } from '../../errors/problem';

export type PremiumActionState = { kind: 'idle' } | { kind: 'running' } | { kind: 'forbidden' } | { kind: 'error'; message: string };

/**
 * Runs a premium mutation and tells apart the answer that needs an upgrade (FORBIDDEN:
 * the plan lacks the `premium` scope) from other failures, which are shown as they are.
 */
export function usePremiumAction() {
  const [state, setState] = useState<PremiumActionState>({ kind: 'idle' });
  async function run(action: () => Promise<unknown>): Promise<void> {
    setState({ kind: 'running' });
    try {
      await action();
      setState({ kind: 'idle' });
    } catch (error) {
      const problem = problemOf(error);
      setState(problem.code === 'FORBIDDEN' || problem.code === 'PAYMENT_REQUIRED' ? { kind: 'forbidden' } : { kind: 'error', message: problem.message });
    }
  }
  return { state, run, running: state.kind === 'running' };
}

/**
 * A premium tool run on the letter's current version: it shows the result just produced, else
 * the latest one stored with the letter.
 */
export function usePremiumResult<Result>(latest: Result | null | undefined) {
  const [produced, setProduced] = useState<Result>();
  const { state, run, running } = usePremiumAction();
  function produce(action: () => Promise<Result | undefined>): void {
    void run(async () => {
      const result = await action();
      if (result) setProduced(result);
    });
  }
  return { state, running, produce, shown: produced ?? latest ?? undefined, producedNow: produced !== undefined };
}
