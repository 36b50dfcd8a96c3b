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
