import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Loading } from '../ui/Loading';
import { IrisLauncher } from './IrisLauncher';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { SessionNotice } from './SessionNotice';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import './layout.css';

export function Layout() {
  const { pathname } = useLocation();
  return (
    <div className="site">
      <a className="skip-link" href="#contenu">
        Aller au contenu principal
      </a>
      <SiteHeader />
      <main id="contenu" className="site-main" tabIndex={-1}>
        <SessionNotice />
        <RouteErrorBoundary key={pathname}>
          <Suspense fallback={<Loading label="Chargement de la page…" />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      <SiteFooter />
      <IrisLauncher />
    </div>
  );
}
