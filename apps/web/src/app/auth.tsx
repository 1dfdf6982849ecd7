import { useQueryClient } from '@tanstack/react-query';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, onUnauthorized, unwrap } from '../api/client';
import type { RequestBody, User } from '../api/models';

/** The password step: signed in, or a code is needed for the challenge. */
export type LoginStep = { status: 'signed_in'; user: User } | { status: 'code_required'; challengeToken: string };

interface Session {
  user: User | null;
  /** Asking the server (on load) whether the session cookie still holds a session. */
  checking: boolean;
  login: (credentials: RequestBody<'LoginRequest'>) => Promise<LoginStep>;
  completeLogin: (body: RequestBody<'LoginCodeRequest'>) => Promise<User>;
  logout: () => Promise<void>;
  /** Asks the server again who is signed in: after one's own name or role was changed. */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Who the session cookie signs in (null: nobody). The cookie is HttpOnly, so only the server can
 * tell; asked on every load, so another tab of the browser is signed in too and a changed role or
 * name shows without logging in again. A server that cannot be reached is treated as signed out:
 * the login form then says so.
 */
function fetchSignedInUser(): Promise<User | null> {
  return unwrap(api.GET('/api/me')).catch(() => null);
}

/** The signed-in user lives in memory only: nothing about the session is kept where a script could read a token. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [user, setUser] = useState<User | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void fetchSignedInUser().then((signedIn) => {
      if (current) setUser((known) => (known === undefined ? signedIn : known));
    });
    return () => {
      current = false;
    };
  }, []);

  // A 401 ends a session that was signed in: its cached data goes with it. Without one (a visitor
  // on a public page, the first "who is signed in?") there is nothing to empty, and emptying the
  // cache then would strand a public page's request that is under way in "loading" for good.
  const signedIn = user != null;
  const end = useCallback(() => {
    setUser(null);
    if (signedIn) queryClient.clear();
  }, [queryClient, signedIn]);

  useEffect(() => {
    onUnauthorized(end);
    return () => onUnauthorized(null);
  }, [end]);

  const login = useCallback(async (credentials: RequestBody<'LoginRequest'>): Promise<LoginStep> => {
    const answer = await unwrap(api.POST('/api/auth/login', { body: credentials }));
    if (answer.status === 'code_required' || !answer.user) {
      return { status: 'code_required', challengeToken: answer.challengeToken ?? '' };
    }
    setUser(answer.user);
    return { status: 'signed_in', user: answer.user };
  }, []);

  const completeLogin = useCallback(async (body: RequestBody<'LoginCodeRequest'>) => {
    const answer = await unwrap(api.POST('/api/auth/login/mfa', { body }));
    setUser(answer.user);
    return answer.user;
  }, []);

  const logout = useCallback(async () => {
    // The server ends the session and clears the cookie; here it ends whatever the server answers.
    await unwrap(api.POST('/api/auth/logout')).catch(() => undefined);
    end();
  }, [end]);

  const refresh = useCallback(async () => {
    const signedIn = await fetchSignedInUser();
    if (signedIn) setUser(signedIn);
  }, []);

  const session = useMemo(
    () => ({ user: user ?? null, checking: user === undefined, login, completeLogin, logout, refresh }),
    [user, login, completeLogin, logout, refresh],
  );
  return <SessionContext value={session}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for pages behind the session guard. */
export function useViewer(): User {
  const { user } = useSession();
  if (!user) throw new Error('useViewer without a signed-in user');
  return user;
}

/** Flevowijs staff and administrators: the central desk that sees and plans everything. */
export function isCentralDesk(user: User): boolean {
  return user.role === 'staff' || user.role === 'admin';
}
