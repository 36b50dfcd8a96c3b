import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/**
 * Catches a page that fails to render or to load its code (typically after a deployment
 * replaced the chunks), so the header and navigation stay usable.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="feedback feedback--error" role="alert">
        <h1 className="page-heading" tabIndex={-1}>
          Cette page n’a pas pu s’afficher
        </h1>
        <p>Une nouvelle version de Phoenix est peut-être disponible. Rechargez la page pour la charger.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Recharger la page
        </button>
      </div>
    );
  }
}
