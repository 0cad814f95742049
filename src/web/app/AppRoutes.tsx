import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth, RequirePermission } from '../auth/RequireAuth.tsx';
import { LoginPage } from '../modules/auth/LoginPage.tsx';
import { AppShell } from './AppShell.tsx';
import {
  AuditPage,
  BodiesPage,
  BodyPage,
  DuplicatesPage,
  HouseholdCreatePage,
  HouseholdPage,
  ImportJobPage,
  ImportListPage,
  MeetingCreatePage,
  MeetingListPage,
  MeetingPage,
  MinutesPrintPage,
  MyResolutionsPage,
  NotificationsPage,
  ResolutionPage,
  ScorecardPage,
  TrackerPage,
  NeighborhoodCreatePage,
  NeighborhoodDetailPage,
  NeighborhoodEditPage,
  NeighborhoodListPage,
  OverviewPage,
  PackagesPage,
  PersonListPage,
  PersonPage,
  PersonRegisterPage,
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
        path="/meetings/:id/minutes"
        element={
          <RequireAuth>
            <MinutesPrintPage />
          </RequireAuth>
        }
      />
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
        <Route
          path="persons"
          element={
            <RequirePermission permission="persons.read">
              <PersonListPage />
            </RequirePermission>
          }
        />
        <Route
          path="duplicates"
          element={
            <RequirePermission permission="persons.read">
              <DuplicatesPage />
            </RequirePermission>
          }
        />
        <Route
          path="persons/new"
          element={
            <RequirePermission permission="persons.write">
              <PersonRegisterPage />
            </RequirePermission>
          }
        />
        <Route
          path="persons/:id"
          element={
            <RequirePermission permission="persons.read">
              <PersonPage />
            </RequirePermission>
          }
        />
        <Route
          path="households/new"
          element={
            <RequirePermission permission="persons.write">
              <HouseholdCreatePage />
            </RequirePermission>
          }
        />
        <Route
          path="households/:id"
          element={
            <RequirePermission permission="persons.read">
              <HouseholdPage />
            </RequirePermission>
          }
        />
        <Route
          path="imports"
          element={
            <RequirePermission permission="persons.write">
              <ImportListPage />
            </RequirePermission>
          }
        />
        <Route
          path="imports/:id"
          element={
            <RequirePermission permission="persons.write">
              <ImportJobPage />
            </RequirePermission>
          }
        />
        <Route path="packages" element={<PackagesPage />} />
        <Route path="bodies" element={<BodiesPage />} />
        <Route path="bodies/:id" element={<BodyPage />} />
        <Route path="meetings" element={<MeetingListPage />} />
        <Route
          path="meetings/new"
          element={
            <RequirePermission permission="meetings.write">
              <MeetingCreatePage />
            </RequirePermission>
          }
        />
        <Route path="meetings/:id" element={<MeetingPage />} />
        <Route path="resolutions" element={<TrackerPage />} />
        <Route path="resolutions/mine" element={<MyResolutionsPage />} />
        <Route path="resolutions/:id" element={<ResolutionPage />} />
        <Route path="scorecards" element={<ScorecardPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
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
