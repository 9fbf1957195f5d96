/**
 * The routes: /login, the public open-data portal (/du-lieu-mo…) and the public feedback page (/phan-anh) outside the frame; every section inside the signed-in frame (routes/app/root.tsx). The
 * leaders' screens are in the first load; the work screens (reporting, approval, import, follow-up,
 * administration) are loaded when first opened, so a leader's wall never downloads the administration.
 */
import type { ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { LoginRoute } from './routes/login';
import { AppLoading, AppRoot } from './routes/app/root';
import { OverviewRoute } from './routes/app/overview';
import { IndicatorRoute } from './routes/app/indicator';
import { RankingsRoute } from './routes/app/rankings';
import { UnitRoute } from './routes/app/unit';
import { NotFoundRoute } from './routes/app/not-found';

/** A route module loaded on first use: its export `name` is the route's component. */
function lazyRoute<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K) {
  return async () => ({ Component: (await load())[name] });
}

const router = createBrowserRouter([
  { path: '/login', element: <LoginRoute /> },
  // The public open-data portal: no login, its own frame (routes/open-data.tsx).
  { path: '/du-lieu-mo', lazy: lazyRoute(() => import('./routes/open-data'), 'OpenDataCatalogRoute'), hydrateFallbackElement: <AppLoading /> },
  { path: '/du-lieu-mo/chi-tieu/:code', lazy: lazyRoute(() => import('./routes/open-data'), 'OpenDataIndicatorRoute'), hydrateFallbackElement: <AppLoading /> },
  { path: '/du-lieu-mo/ke-hoach/:code', lazy: lazyRoute(() => import('./routes/open-data'), 'OpenDataPlanRoute'), hydrateFallbackElement: <AppLoading /> },
  {
    path: '/du-lieu-mo/xep-hang/:framework/:edition/:period',
    lazy: lazyRoute(() => import('./routes/open-data'), 'OpenDataRankingRoute'),
    hydrateFallbackElement: <AppLoading />,
  },
  // The public page of the citizens' reports and their answers (no login).
  { path: '/phan-anh', lazy: lazyRoute(() => import('./routes/public-feedback'), 'PublicFeedbackRoute'), hydrateFallbackElement: <AppLoading /> },
  {
    path: '/phan-anh/gui',
    lazy: lazyRoute(() => import('./routes/public-feedback-file'), 'PublicFileFeedbackRoute'),
    hydrateFallbackElement: <AppLoading />,
  },
  {
    path: '/',
    element: <AppRoot />,
    hydrateFallbackElement: <AppLoading />,
    children: [
      { index: true, element: <OverviewRoute /> },
      { path: 'indicators/:code', element: <IndicatorRoute /> },
      { path: 'rankings', element: <RankingsRoute /> },
      { path: 'units/:code', element: <UnitRoute /> },
      { path: 'entry', lazy: lazyRoute(() => import('./routes/app/entry'), 'EntryRoute') },
      { path: 'imports', lazy: lazyRoute(() => import('./routes/app/imports'), 'ImportsRoute') },
      { path: 'entry/:dataset/:unit/:period', lazy: lazyRoute(() => import('./routes/app/entry-form'), 'EntryFormRoute') },
      { path: 'approvals', lazy: lazyRoute(() => import('./routes/app/approvals'), 'ApprovalsRoute') },
      { path: 'admin', lazy: lazyRoute(() => import('./routes/app/admin'), 'AdminRoute') },
      { path: 'admin/elements', lazy: lazyRoute(() => import('./routes/app/admin-meta'), 'AdminElementsRoute') },
      { path: 'admin/indicators', lazy: lazyRoute(() => import('./routes/app/admin-meta'), 'AdminIndicatorsRoute') },
      { path: 'admin/datasets', lazy: lazyRoute(() => import('./routes/app/admin-meta'), 'AdminDatasetsRoute') },
      { path: 'reports', lazy: lazyRoute(() => import('./routes/app/reports'), 'ReportsRoute') },
      { path: 'registries/records/:element', lazy: lazyRoute(() => import('./routes/app/registry-records'), 'RegistryRecordsRoute') },
      { path: 'follow-ups', lazy: lazyRoute(() => import('./routes/app/follow-ups'), 'FollowUpsRoute') },
      { path: 'follow-ups/:id', lazy: lazyRoute(() => import('./routes/app/follow-up'), 'FollowUpRoute') },
      { path: 'tasks', lazy: lazyRoute(() => import('./routes/app/tasks'), 'TasksRoute') },
      { path: 'tasks/:id', lazy: lazyRoute(() => import('./routes/app/task'), 'TaskRoute') },
      { path: 'notifications', lazy: lazyRoute(() => import('./routes/app/notifications'), 'NotificationsRoute') },
      { path: 'products', lazy: lazyRoute(() => import('./routes/app/products'), 'ProductsRoute') },
      { path: 'products/:id', lazy: lazyRoute(() => import('./routes/app/product'), 'ProductRoute') },
      { path: 'dossiers', lazy: lazyRoute(() => import('./routes/app/dossiers'), 'DossiersRoute') },
      { path: 'feedback', lazy: lazyRoute(() => import('./routes/app/feedback'), 'FeedbackRoute') },
      { path: 'feedback/:id', lazy: lazyRoute(() => import('./routes/app/feedback-report'), 'FeedbackReportRoute') },
      { path: 'teams', lazy: lazyRoute(() => import('./routes/app/teams'), 'TeamsRoute') },
      { path: 'teams/:id', lazy: lazyRoute(() => import('./routes/app/team'), 'TeamRoute') },
      { path: 'admin/users', lazy: lazyRoute(() => import('./routes/app/admin-people'), 'AdminUsersRoute') },
      { path: 'admin/tokens', lazy: lazyRoute(() => import('./routes/app/admin-people'), 'AdminTokensRoute') },
      { path: 'admin/audit', lazy: lazyRoute(() => import('./routes/app/admin-people'), 'AdminAuditRoute') },
      { path: 'admin/units', lazy: lazyRoute(() => import('./routes/app/admin-units'), 'AdminUnitsRoute') },
      { path: 'admin/plans', lazy: lazyRoute(() => import('./routes/app/admin-plans'), 'AdminPlansRoute') },
      { path: 'admin/open-data', lazy: lazyRoute(() => import('./routes/app/admin-open-data'), 'AdminOpenDataRoute') },
      { path: 'admin/frameworks', lazy: lazyRoute(() => import('./routes/app/admin-frameworks'), 'AdminFrameworksRoute') },
      { path: 'admin/report-templates', lazy: lazyRoute(() => import('./routes/app/admin-report-templates'), 'AdminReportTemplatesRoute') },
      { path: 'approvals/:dataset/:unit/:period', lazy: lazyRoute(() => import('./routes/app/approval-form'), 'ApprovalFormRoute') },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
