/** The routes: /login outside the frame; every section inside the signed-in frame (routes/app/root.tsx). */
import { createBrowserRouter, RouterProvider } from 'react-router';
import { LoginRoute } from './routes/login';
import { AppRoot } from './routes/app/root';
import { OverviewRoute } from './routes/app/overview';
import { IndicatorRoute } from './routes/app/indicator';
import { RankingsRoute } from './routes/app/rankings';
import { UnitRoute } from './routes/app/unit';
import { EntryRoute } from './routes/app/entry';
import { ImportsRoute } from './routes/app/imports';
import { EntryFormRoute } from './routes/app/entry-form';
import { ApprovalsRoute } from './routes/app/approvals';
import { AdminRoute } from './routes/app/admin';
import { AdminDatasetsRoute, AdminElementsRoute, AdminIndicatorsRoute } from './routes/app/admin-meta';
import { AdminAuditRoute, AdminTokensRoute, AdminUsersRoute } from './routes/app/admin-people';
import { AdminUnitsRoute } from './routes/app/admin-units';
import { AdminPlansRoute } from './routes/app/admin-plans';
import { AdminFrameworksRoute } from './routes/app/admin-frameworks';
import { NotFoundRoute } from './routes/app/not-found';
import { FollowUpsRoute } from './routes/app/follow-ups';
import { FollowUpRoute } from './routes/app/follow-up';

const router = createBrowserRouter([
  { path: '/login', element: <LoginRoute /> },
  {
    path: '/',
    element: <AppRoot />,
    children: [
      { index: true, element: <OverviewRoute /> },
      { path: 'indicators/:code', element: <IndicatorRoute /> },
      { path: 'rankings', element: <RankingsRoute /> },
      { path: 'units/:code', element: <UnitRoute /> },
      { path: 'entry', element: <EntryRoute /> },
      { path: 'imports', element: <ImportsRoute /> },
      { path: 'entry/:dataset/:unit/:period', element: <EntryFormRoute /> },
      { path: 'approvals', element: <ApprovalsRoute /> },
      { path: 'admin', element: <AdminRoute /> },
      { path: 'admin/elements', element: <AdminElementsRoute /> },
      { path: 'admin/indicators', element: <AdminIndicatorsRoute /> },
      { path: 'admin/datasets', element: <AdminDatasetsRoute /> },
      { path: 'follow-ups', element: <FollowUpsRoute /> },
      { path: 'follow-ups/:id', element: <FollowUpRoute /> },
      { path: 'admin/users', element: <AdminUsersRoute /> },
      { path: 'admin/tokens', element: <AdminTokensRoute /> },
      { path: 'admin/audit', element: <AdminAuditRoute /> },
      { path: 'admin/units', element: <AdminUnitsRoute /> },
      { path: 'admin/plans', element: <AdminPlansRoute /> },
      { path: 'admin/frameworks', element: <AdminFrameworksRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
