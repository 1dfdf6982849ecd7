import { useEffect, useState } from 'react';
import { ApiError, onUnauthorized } from './api';
import { clearSession, logout, refreshUser, storedUser } from './auth';
import { label, ROLE_LABELS } from './labels';
import { Link, navigate, usePathname } from './router';
import type { User } from './types';
import { ApplyPage } from './pages/ApplyPage';
import { AssessmentsPage } from './pages/AssessmentsPage';
import { AuditPage } from './pages/AuditPage';
import { CandidatePage } from './pages/CandidatePage';
import { LoginPage } from './pages/LoginPage';
import { PipelinePage } from './pages/PipelinePage';
import { UsersPage } from './pages/UsersPage';
import { OrganisationsPage } from './pages/OrganisationsPage';

const HOME = '/kandidaten';
const ASSESSMENTS = '/onderzoeken';

/** Institute users work from their assessments; everybody else from the candidates. */
function homeOf(user: User): string {
  return user.role === 'institute' ? ASSESSMENTS : HOME;
}

/** Coaches follow programmes, not assessments. */
function canSeeAssessments(user: User): boolean {
  return user.role !== 'coach';
}

export function App() {
  const pathname = usePathname();
  const [user, setUser] = useState<User | null>(storedUser);

  useEffect(() => {
    onUnauthorized(() => {
      clearSession();
      setUser(null);
    });
    return () => onUnauthorized(null);
  }, []);

  useEffect(() => {
    const current = storedUser();
    if (!current) return;
    refreshUser(current)
      .then(setUser)
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setUser(null);
      });
  }, []);

  useEffect(() => {
    if (user && (pathname === '/' || pathname === '/login')) navigate(homeOf(user), true);
  }, [user, pathname]);

  if (pathname === '/aanmelden') {
    return (
      <>
        <header className="site-header">
          <span className="brand">Flevowijs zij-instroom</span>
        </header>
        <main className="page">
          <ApplyPage />
        </main>
      </>
    );
  }

  if (!user) {
    return (
      <>
        <header className="site-header">
          <span className="brand">Flevowijs zij-instroom</span>
        </header>
        <main className="page page-narrow">
          <LoginPage onLogin={setUser} />
        </main>
      </>
    );
  }

  const onLogout = async () => {
    await logout();
    setUser(null);
    navigate('/login');
  };

  const isAdmin = user.role === 'admin';
  const canSeeAudit = user.role === 'admin' || user.role === 'staff';

  return (
    <>
      <header className="site-header">
        <span className="brand">Flevowijs zij-instroom</span>
        <nav aria-label="Hoofdmenu" className="main-nav">
          {user.role === 'institute' && <Link to={ASSESSMENTS}>Onderzoeken</Link>}
          <Link to={HOME}>Kandidaten</Link>
          {user.role !== 'institute' && canSeeAssessments(user) && <Link to={ASSESSMENTS}>Onderzoeken</Link>}
          {isAdmin && <Link to="/gebruikers">Gebruikers</Link>}
          {isAdmin && <Link to="/organisaties">Besturen</Link>}
          {canSeeAudit && <Link to="/audit">Audit</Link>}
        </nav>
        <div className="user-box">
          <span>
            <strong>{user.name}</strong> <span className="muted">({label(ROLE_LABELS, user.role)})</span>
          </span>
          <button type="button" className="secondary" onClick={onLogout}>
            Uitloggen
          </button>
        </div>
      </header>
      <main className="page">{renderRoute(pathname, user)}</main>
    </>
  );
}

function renderRoute(pathname: string, user: User) {
  if (pathname === '/' || pathname === '/login') return homeOf(user) === ASSESSMENTS ? <AssessmentsPage /> : <PipelinePage />;
  if (pathname === HOME) return <PipelinePage />;
  if (pathname === ASSESSMENTS) return canSeeAssessments(user) ? <AssessmentsPage /> : <NoAccess />;
  const candidateMatch = /^\/kandidaten\/([^/]+)\/?$/.exec(pathname);
  if (candidateMatch) {
    const id = decodeURIComponent(candidateMatch[1]);
    return <CandidatePage key={id} id={id} viewer={user} />;
  }
  if (pathname === '/gebruikers') {
    return user.role === 'admin' ? <UsersPage /> : <NoAccess />;
  }
  if (pathname === '/organisaties') {
    return user.role === 'admin' ? <OrganisationsPage /> : <NoAccess />;
  }
  if (pathname === '/audit') {
    return user.role === 'admin' || user.role === 'staff' ? <AuditPage /> : <NoAccess />;
  }
  return (
    <section>
      <h1>Pagina niet gevonden</h1>
      <p>
        Deze pagina bestaat niet. <Link to={HOME}>Naar de kandidaten</Link>
      </p>
    </section>
  );
}

function NoAccess() {
  return (
    <section>
      <h1>Geen toegang</h1>
      <p>Je hebt geen rechten om deze pagina te bekijken.</p>
    </section>
  );
}
