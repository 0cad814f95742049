import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth, RequirePermission } from '../auth/RequireAuth.tsx';
import { LoginPage } from '../modules/auth/LoginPage.tsx';
import { AppShell } from './AppShell.tsx';
import {
  AuditPage,
  NeighborhoodCreatePage,
  NeighborhoodDetailPage,
  NeighborhoodEditPage,
  NeighborhoodListPage,
  OverviewPage,
  PackagesPage,
  ProvincePage,
  UserCreatePage,
  UserEditPage,
  UsersPage,
} from './lazy-pages.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<Navigate to="/overview" replace />} />
        <Route path="overview" element={<OverviewPage />} />
        <Route path="provinces/:code" element={<ProvincePage />} />
        <Route path="neighborhoods" element={<NeighborhoodListPage />} />
        <Route
          path="neighborhoods/new"
          element={
            <RequirePermission permission="neighborhoods.write">
              <NeighborhoodCreatePage />
            </RequirePermission>
          }
        />
        <Route path="neighborhoods/:id" element={<NeighborhoodDetailPage />} />
        <Route
          path="neighborhoods/:id/edit"
          element={
            <RequirePermission permission="neighborhoods.write">
              <NeighborhoodEditPage />
            </RequirePermission>
          }
        />
        <Route path="packages" element={<PackagesPage />} />
        <Route
          path="users"
          element={
            <RequirePermission permission="users.manage">
              <UsersPage />
            </RequirePermission>
          }
        />
        <Route
          path="users/new"
          element={
            <RequirePermission permission="users.manage">
              <UserCreatePage />
            </RequirePermission>
          }
        />
        <Route
          path="users/:id"
          element={
            <RequirePermission permission="users.manage">
              <UserEditPage />
            </RequirePermission>
          }
        />
        <Route
          path="audit"
          element={
            <RequirePermission permission="audit.read">
              <AuditPage />
            </RequirePermission>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
