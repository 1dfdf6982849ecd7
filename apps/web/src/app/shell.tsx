import { useEffect, type ReactNode } from 'react';
import { NavLink, Outlet, useMatches, useNavigate } from 'react-router';
import { LoginPage } from '../features/auth/login-page';
import { NotificationsLink } from '../features/notifications/notifications-link';
import { label, ROLE_LABELS } from '../shared/labels';
import { Loading } from '../shared/ui';
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

/** The site's header with its brand, and what follows it there (the menu, the signed-in user). */
function BrandHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="site-header">
      <span className="brand">{BRAND}</span>
      {children}
    </header>
  );
}

/** A page under its header; `narrow` for the login form. */
function Frame({ header, narrow = false, children }: { header: ReactNode; narrow?: boolean; children: ReactNode }) {
  return (
    <>
      {header}
      <main className={narrow ? 'page page-narrow' : 'page'}>{children}</main>
    </>
  );
}

/** The public pages: the brand, no menu. */
export function PublicLayout() {
  useDocumentTitle(useRouteHandle()?.title);
  return (
    <Frame header={<BrandHeader />}>
      <Outlet />
    </Frame>
  );
}

/** Every other page: the login form until someone is signed in, then the menu and the page their role may open. */
export function SessionLayout() {
  const { user, checking } = useSession();
  const handle = useRouteHandle();
  const refused = user !== null && handle !== undefined && !mayOpen(handle, user.role);
  useDocumentTitle(checking ? undefined : !user ? 'Inloggen' : refused ? 'Geen toegang' : handle?.title);
  if (checking) {
    return (
      <Frame header={<BrandHeader />} narrow>
        <Loading />
      </Frame>
    );
  }
  if (!user) {
    return (
      <Frame header={<BrandHeader />} narrow>
        <LoginPage />
      </Frame>
    );
  }
  return <Frame header={<SiteHeader />}>{refused ? <NoAccessPage /> : <Outlet />}</Frame>;
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
    <BrandHeader>
      <nav aria-label="Hoofdmenu" className="main-nav">
        {navigationFor(viewer.role).map((route) => (
          <NavLink key={route.path} to={route.path} end>
            {route.navLabel}
          </NavLink>
        ))}
      </nav>
      <div className="user-box">
        <NotificationsLink />
        <span>
          <strong>{viewer.name}</strong> <span className="muted">({label(ROLE_LABELS, viewer.role)})</span>
        </span>
        <button type="button" className="secondary" onClick={() => void onLogout()}>
          Uitloggen
        </button>
      </div>
    </BrandHeader>
  );
}
