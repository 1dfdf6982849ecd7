import { useEffect } from 'react';
import { NavLink, Outlet, useMatches, useNavigate } from 'react-router';
import { LoginPage } from '../features/auth/login-page';
import { label, ROLE_LABELS } from '../shared/labels';
import { useSession, useViewer } from './auth';
import { NoAccessPage } from './not-found-page';
import type { RouteHandle } from './router';
import { mayOpen, navigationFor } from './routes';

const BRAND = 'Flevowijs zij-instroom';

function useRouteHandle(): RouteHandle | undefined {
  const matches = useMatches();
  return matches.at(-1)?.handle as RouteHandle | undefined;
}

function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${BRAND}` : BRAND;
  }, [title]);
}

/** The public pages: the brand, no menu. */
export function PublicLayout() {
  useDocumentTitle(useRouteHandle()?.title);
  return (
    <>
      <header className="site-header">
        <span className="brand">{BRAND}</span>
      </header>
      <main className="page">
        <Outlet />
      </main>
    </>
  );
}

/** Every other page: the login form until someone is signed in, then the menu and the page their role may open. */
export function SessionLayout() {
  const { user } = useSession();
  const handle = useRouteHandle();
  useDocumentTitle(user ? handle?.title : 'Inloggen');
  if (!user) {
    return (
      <>
        <header className="site-header">
          <span className="brand">{BRAND}</span>
        </header>
        <main className="page page-narrow">
          <LoginPage />
        </main>
      </>
    );
  }
  return (
    <>
      <SiteHeader />
      <main className="page">{handle && !mayOpen(handle, user.role) ? <NoAccessPage /> : <Outlet />}</main>
    </>
  );
}

function SiteHeader() {
  const viewer = useViewer();
  const { logout } = useSession();
  const navigate = useNavigate();
  const onLogout = async () => {
    await logout();
    await navigate('/login');
  };
  return (
    <header className="site-header">
      <span className="brand">{BRAND}</span>
      <nav aria-label="Hoofdmenu" className="main-nav">
        {navigationFor(viewer.role).map((route) => (
          <NavLink key={route.path} to={route.path} end>
            {route.navLabel}
          </NavLink>
        ))}
      </nav>
      <div className="user-box">
        <span>
          <strong>{viewer.name}</strong> <span className="muted">({label(ROLE_LABELS, viewer.role)})</span>
        </span>
        <button type="button" className="secondary" onClick={() => void onLogout()}>
          Uitloggen
        </button>
      </div>
    </header>
  );
}
