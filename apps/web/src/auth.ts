import { apiGet, apiSend, getToken, setToken } from './api';
import type { User } from './types';

const USER_KEY = 'flevowijs.user';

interface LoginResponse {
  accessToken: string;
  user: User;
}

export function storedUser(): User | null {
  if (!getToken()) return null;
  const raw = sessionStorage.getItem(USER_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as User;
  } catch {
    return null;
  }
}

function storeUser(user: User | null): void {
  if (user) sessionStorage.setItem(USER_KEY, JSON.stringify(user));
  else sessionStorage.removeItem(USER_KEY);
}

export async function login(email: string, password: string): Promise<User> {
  const response = await apiSend<LoginResponse>('POST', '/api/auth/login', { email, password });
  setToken(response.accessToken);
  storeUser(response.user);
  return response.user;
}

/** Refreshes the stored user from `GET /api/me`; keeps the stored one when the answer is unexpected. */
export async function refreshUser(current: User): Promise<User> {
  const body = await apiGet<User | { user: User }>('/api/me');
  const user = body && 'user' in body ? body.user : body;
  if (!user || typeof user.role !== 'string') return current;
  storeUser(user);
  return user;
}

export async function logout(): Promise<void> {
  try {
    await apiSend('POST', '/api/auth/logout');
  } catch {
    // The session ends locally anyway.
  }
  clearSession();
}

export function clearSession(): void {
  setToken(null);
  storeUser(null);
}
