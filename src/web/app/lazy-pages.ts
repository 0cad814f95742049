import { lazy } from 'react';

// Each page is its own chunk; the overview and province pages pull in ECharts only when shown.
export const OverviewPage = lazy(() => import('../modules/overview/OverviewPage.tsx').then((m) => ({ default: m.OverviewPage })));
export const ProvincePage = lazy(() => import('../modules/overview/ProvincePage.tsx').then((m) => ({ default: m.ProvincePage })));
export const NeighborhoodListPage = lazy(() => import('../modules/neighborhoods/NeighborhoodListPage.tsx').then((m) => ({ default: m.NeighborhoodListPage })));
export const NeighborhoodDetailPage = lazy(() => import('../modules/neighborhoods/NeighborhoodDetailPage.tsx').then((m) => ({ default: m.NeighborhoodDetailPage })));
export const NeighborhoodCreatePage = lazy(() => import('../modules/neighborhoods/NeighborhoodCreatePage.tsx').then((m) => ({ default: m.NeighborhoodCreatePage })));
export const NeighborhoodEditPage = lazy(() => import('../modules/neighborhoods/NeighborhoodEditPage.tsx').then((m) => ({ default: m.NeighborhoodEditPage })));
export const UsersPage = lazy(() => import('../modules/users/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
export const UserCreatePage = lazy(() => import('../modules/users/UserCreatePage.tsx').then((m) => ({ default: m.UserCreatePage })));
export const UserEditPage = lazy(() => import('../modules/users/UserEditPage.tsx').then((m) => ({ default: m.UserEditPage })));
export const AuditPage = lazy(() => import('../modules/audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
export const PackagesPage = lazy(() => import('../modules/packages/PackagesPage.tsx').then((m) => ({ default: m.PackagesPage })));
export const BodiesPage = lazy(() => import('../modules/meetings/BodiesPage.tsx').then((m) => ({ default: m.BodiesPage })));
export const BodyPage = lazy(() => import('../modules/meetings/BodyPage.tsx').then((m) => ({ default: m.BodyPage })));
export const MeetingListPage = lazy(() => import('../modules/meetings/MeetingListPage.tsx').then((m) => ({ default: m.MeetingListPage })));
export const MeetingCreatePage = lazy(() => import('../modules/meetings/MeetingCreatePage.tsx').then((m) => ({ default: m.MeetingCreatePage })));
export const MeetingPage = lazy(() => import('../modules/meetings/MeetingPage.tsx').then((m) => ({ default: m.MeetingPage })));
export const MinutesPrintPage = lazy(() => import('../modules/meetings/MinutesPrintPage.tsx').then((m) => ({ default: m.MinutesPrintPage })));
export const TrackerPage = lazy(() => import('../modules/resolutions/TrackerPage.tsx').then((m) => ({ default: m.TrackerPage })));
export const ResolutionPage = lazy(() => import('../modules/resolutions/ResolutionPage.tsx').then((m) => ({ default: m.ResolutionPage })));
export const MyResolutionsPage = lazy(() => import('../modules/resolutions/MyResolutionsPage.tsx').then((m) => ({ default: m.MyResolutionsPage })));
export const ScorecardPage = lazy(() => import('../modules/resolutions/ScorecardPage.tsx').then((m) => ({ default: m.ScorecardPage })));
export const NotificationsPage = lazy(() => import('../modules/notifications/NotificationsPage.tsx').then((m) => ({ default: m.NotificationsPage })));
