// The SPA: providers (language, GraphQL client, router) and its routes.
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { FindSerialPage } from '../features/find-serial/FindSerialPage';
import { LicenceDetailPage } from '../features/licences/LicenceDetailPage';
import { LicencesPage } from '../features/licences/LicencesPage';
import { OrderPage } from '../features/orders/OrderPage';
import { OrdersPage } from '../features/orders/OrdersPage';
import { RenewalPage } from '../features/renewal/RenewalPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { SetPasswordPage } from '../features/auth/SetPasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { GraphqlProvider } from '../lib/graphql/GraphqlProvider';
import { I18nProvider } from '../lib/i18n/I18nProvider';
import { paths } from '../lib/paths';
import { HomeRedirect } from './HomeRedirect';
import { Layout } from './Layout';
import { RequireSignIn } from './RequireSignIn';
import { StaffRoute } from './StaffRoute';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomeRedirect />} />
        <Route path={paths.signIn} element={<SignInPage />} />
        <Route path={paths.forgotPassword} element={<ForgotPasswordPage />} />
        <Route path={paths.setPassword} element={<SetPasswordPage />} />
        <Route element={<RequireSignIn />}>
          <Route path={paths.licences} element={<LicencesPage />} />
          <Route path={paths.licence} element={<LicenceDetailPage />} />
          <Route path={paths.findSerial} element={<FindSerialPage />} />
          <Route path={paths.renewal} element={<RenewalPage />} />
          <Route path={paths.orders} element={<OrdersPage />} />
          <Route path={paths.order} element={<OrderPage />} />
        </Route>
        <Route path={`${paths.staff}/*`} element={<StaffRoute />} />
        <Route path="*" element={<Navigate to={paths.home} replace />} />
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <I18nProvider>
      <GraphqlProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </GraphqlProvider>
    </I18nProvider>
  );
}
