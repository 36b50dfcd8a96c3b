import { problemOf } from '../errors/problem';
import './feedback.css';

interface ErrorStateProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** An error that stopped a screen from loading, in French, with a way to try again. */
export function ErrorState({ error, title = 'Impossible d’afficher ces informations', onRetry }: ErrorStateProps) {
  const problem = problemOf(error);
  return (
    <div className="feedback feedback--error" role="alert">
      <h2 className="feedback__title">{title}</h2>
      <p>{problem.message}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Réessayer
        </button>
      )}
    </div>
  );
}
