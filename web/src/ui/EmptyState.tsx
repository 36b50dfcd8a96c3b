import type { ReactNode } from 'react';
import './feedback.css';

/** Nothing to show yet, said plainly, with what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="feedback feedback--empty">
      <h2 className="feedback__title">{title}</h2>
      {children}
    </div>
  );
}
