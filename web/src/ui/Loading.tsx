import './feedback.css';

/** A polite, announced wait: screen readers hear the label once, sighted users see a spinner. */
export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <div className="feedback feedback--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
