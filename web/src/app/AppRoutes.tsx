import { lazy } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from '../layout/Layout';
import { HomePage } from '../pages/home/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { billingReturnAliases, paths } from './paths';

// Only the home page ships in the first load; every other screen is its own chunk.
const SignUpPage = lazy(() => import('../pages/auth/SignUpPage').then((m) => ({ default: m.SignUpPage })));
const SignInPage = lazy(() => import('../pages/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const AccountPage = lazy(() => import('../pages/account/AccountPage').then((m) => ({ default: m.AccountPage })));
const PricingPage = lazy(() => import('../pages/pricing/PricingPage').then((m) => ({ default: m.PricingPage })));
const CheckoutConfirmedPage = lazy(() => import('../pages/checkout/CheckoutConfirmedPage').then((m) => ({ default: m.CheckoutConfirmedPage })));
const CheckoutCanceledPage = lazy(() => import('../pages/checkout/CheckoutCanceledPage').then((m) => ({ default: m.CheckoutCanceledPage })));
const AubePage = lazy(() => import('../pages/aube/AubePage').then((m) => ({ default: m.AubePage })));
const LettersPage = lazy(() => import('../pages/letters/LettersPage').then((m) => ({ default: m.LettersPage })));
const LetterPage = lazy(() => import('../pages/letters/LetterPage').then((m) => ({ default: m.LetterPage })));
const RisePage = lazy(() => import('../pages/rise/RisePage').then((m) => ({ default: m.RisePage })));
const SystemHealthPage = lazy(() => import('../pages/health/SystemHealthPage').then((m) => ({ default: m.SystemHealthPage })));
const DashboardPage = lazy(() => import('../pages/admin/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const ApiKeysPage = lazy(() => import('../pages/admin/ApiKeysPage').then((m) => ({ default: m.ApiKeysPage })));
const ExplorationPage = lazy(() => import('../pages/aube/ExplorationPage').then((m) => ({ default: m.ExplorationPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path={paths.signUp} element={<SignUpPage />} />
        <Route path={paths.signIn} element={<SignInPage />} />
        <Route path={paths.account} element={<AccountPage />} />
        <Route path={paths.pricing} element={<PricingPage />} />
        <Route path={paths.checkoutConfirmed} element={<CheckoutConfirmedPage />} />
        <Route path={paths.checkoutCanceled} element={<CheckoutCanceledPage />} />
        <Route path={paths.aube} element={<AubePage />} />
        <Route path={`${paths.aube}/:id`} element={<ExplorationPage />} />
        <Route path={paths.letters} element={<LettersPage />} />
        <Route path={paths.rise} element={<RisePage />} />
        <Route path={paths.systemHealth} element={<SystemHealthPage />} />
        <Route path={paths.admin} element={<DashboardPage />} />
        <Route path={paths.adminApiKeys} element={<ApiKeysPage />} />
        <Route path={`${paths.letters}/:id`} element={<LetterPage />} />
        {Object.entries(billingReturnAliases).map(([from, to]) => (
          <Route key={from} path={from} element={<KeepQueryRedirect to={to} />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function KeepQueryRedirect({ to }: { to: string }) {
  const { search } = useLocation();
  return <Navigate to={{ pathname: to, search }} replace />;
}
