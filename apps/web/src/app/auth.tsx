import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, getToken, onUnauthorized, setToken, unwrap } from '../api/client';
import type { RequestBody, User } from '../api/models';

const USER_KEY = 'flevowijs.user';

function storedUser(): User | null {
  if (!getToken()) return null;
  try {
    return JSON.parse(sessionStorage.getItem(USER_KEY) ?? 'null') as User | null;
  } catch {
    return null;
  }
}

function storeUser(user: User | null): void {
  if (user) sessionStorage.setItem(USER_KEY, JSON.stringify(user));
  else sessionStorage.removeItem(USER_KEY);
}

/** The password step: signed in, or a code is needed for the challenge. */
export type LoginStep = { status: 'signed_in'; user: User } | { status: 'code_required'; challengeToken: string };

interface Session {
  user: User | null;
  login: (credentials: RequestBody<'LoginRequest'>) => Promise<LoginStep>;
  completeLogin: (body: RequestBody<'LoginCodeRequest'>) => Promise<User>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** `GET /api/me`, so a changed role or board shows without logging in again. */
function fetchMe(): Promise<User> {
  return unwrap(api.GET('/api/me'));
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [user, setUser] = useState<User | null>(storedUser);
  const me = useQuery({ queryKey: ['me', user?.id], queryFn: fetchMe, enabled: user !== null, staleTime: Infinity });

  const end = useCallback(() => {
    setToken(null);
    storeUser(null);
    setUser(null);
    queryClient.clear();
  }, [queryClient]);

  useEffect(() => {
    onUnauthorized(end);
    return () => onUnauthorized(null);
  }, [end]);

  const current = user && me.data && me.data.id === user.id ? me.data : user;
  useEffect(() => {
    if (current) storeUser(current);
  }, [current]);

  const begin = useCallback((accessToken: string, signedIn: User) => {
    setToken(accessToken);
    storeUser(signedIn);
    setUser(signedIn);
  }, []);

  const login = useCallback(
    async (credentials: RequestBody<'LoginRequest'>): Promise<LoginStep> => {
      const answer = await unwrap(api.POST('/api/auth/login', { body: credentials }));
      if (answer.status === 'code_required' || !answer.accessToken || !answer.user) {
        return { status: 'code_required', challengeToken: answer.challengeToken ?? '' };
      }
      begin(answer.accessToken, answer.user);
      return { status: 'signed_in', user: answer.user };
    },
    [begin],
  );

  const completeLogin = useCallback(
    async (body: RequestBody<'LoginCodeRequest'>) => {
      const answer = await unwrap(api.POST('/api/auth/login/mfa', { body }));
      begin(answer.accessToken, answer.user);
      return answer.user;
    },
    [begin],
  );

  const logout = useCallback(async () => {
    // The session ends locally whatever the server answers.
    await unwrap(api.POST('/api/auth/logout')).catch(() => undefined);
    end();
  }, [end]);

  const session = useMemo(() => ({ user: current, login, completeLogin, logout }), [current, login, completeLogin, logout]);
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
