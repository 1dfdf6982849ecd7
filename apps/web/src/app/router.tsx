import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { Loading } from '../shared/ui';
import { useViewer } from './auth';
import { APP_ROUTES, homeOf, type Access, type AppRoute } from './routes';
import { NotFoundPage } from './not-found-page';
import { PublicLayout, SessionLayout } from './shell';

/** What the shell reads from the matched route: its title and who may open it. */
export interface RouteHandle {
  title: string;
  access: Access;
}

function toRouteObject(route: AppRoute): RouteObject {
  const handle: RouteHandle = { title: route.title, access: route.access };
  return { path: route.path, handle, lazy: async () => ({ Component: await route.load() }) };
}

/** `/` and `/login` lead a signed-in user to the home of their role. */
function GoHome() {
  const viewer = useViewer();
  return <Navigate to={homeOf(viewer.role)} replace />;
}

export function createAppRouter() {
  const publicRoutes = APP_ROUTES.filter((route) => route.access === 'public');
  const sessionRoutes = APP_ROUTES.filter((route) => route.access !== 'public');
  return createBrowserRouter([
    { Component: PublicLayout, HydrateFallback: Loading, children: publicRoutes.map(toRouteObject) },
    {
      Component: SessionLayout,
      HydrateFallback: Loading,
      children: [
        { path: '/', Component: GoHome },
        { path: '/login', Component: GoHome },
        ...sessionRoutes.map(toRouteObject),
        { path: '*', Component: NotFoundPage, handle: { title: 'Pagina niet gevonden', access: 'public' } satisfies RouteHandle },
      ],
    },
  ]);
}
