/** The routes: /login outside the frame; every section inside the signed-in frame (routes/app/root.tsx). */
import { createBrowserRouter, RouterProvider } from 'react-router';
import { LoginRoute } from './routes/login';
import { AppRoot } from './routes/app/root';
import { OverviewRoute } from './routes/app/overview';
import { IndicatorRoute } from './routes/app/indicator';
import { RankingsRoute } from './routes/app/rankings';
import { UnitRoute } from './routes/app/unit';
import { EntryRoute } from './routes/app/entry';
import { ApprovalsRoute } from './routes/app/approvals';
import { ApprovalFormRoute } from './routes/app/approval-form';
import { AdminRoute } from './routes/app/admin';
import { NotFoundRoute } from './routes/app/not-found';

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
      { path: 'approvals', element: <ApprovalsRoute /> },
      { path: 'approvals/:dataset/:unit/:period', element: <ApprovalFormRoute /> },
      { path: 'admin', element: <AdminRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
