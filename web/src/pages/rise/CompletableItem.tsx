import { useState, type ReactNode } from 'react';
import { problemOf } from '../../errors/problem';

interface CompletableItemProps {
  done: boolean;
  /** Saves the completion; a rejection unticks the box again. */
  complete: () => Promise<unknown>;
  /** The save in flight and its error, as the caller's mutation reports them. */
  saving: boolean;
  error: unknown;
  /** What the box ticks off, as its label. */
  children: ReactNode;
}

/** A list item ticked off once for good: a daily action or a goal's milestone. */
export function CompletableItem({ done, complete, saving, error, children }: CompletableItemProps) {
  const [pending, setPending] = useState(false);
  return (
    <li>
      <label className="choice">
        <input
          type="checkbox"
          checked={done || pending}
          disabled={done}
          aria-busy={saving || undefined}
          onChange={() => {
            // Ticked at once; unticked again if the server refuses.
            setPending(true);
            void complete().catch(() => setPending(false));
          }}
        />
        <span>{children}</span>
      </label>
      {error != null && (
        <p className="status-text--error" role="alert">
          {problemOf(error).message}
        </p>
      )}
    </li>
  );
}
