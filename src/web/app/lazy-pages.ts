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
