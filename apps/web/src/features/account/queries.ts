import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withBearer, withId } from '../../api/client';
import type { RequestBody } from '../../api/models';

const accountKeys = { mfa: ['me', 'mfa'] as const, sessions: ['me', 'sessions'] as const };

export function useMfaStatus() {
  return useQuery({ queryKey: accountKeys.mfa, queryFn: () => unwrap(api.GET('/api/me/mfa')) });
}

export function useSessions() {
  return useQuery({ queryKey: accountKeys.sessions, queryFn: () => unwrap(api.GET('/api/me/sessions')) });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/me/sessions/{id}', withId(id))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions }),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'ChangePasswordRequest'>) => unwrap(api.POST('/api/me/password', { body })),
    // Other sessions have ended.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions }),
  });
}

/** `enrolmentToken`: the enrolment-only token of a login that requires two-step verification. */
export function useStartEnrolment(enrolmentToken?: string) {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/me/mfa/enrolment', withBearer(enrolmentToken))) });
}

/** The status is refreshed when the user has seen the recovery codes (useRefreshMfaStatus), not before: they are shown once. */
export function useConfirmEnrolment(enrolmentToken?: string) {
  return useMutation({
    mutationFn: (body: RequestBody<'OneTimeCodeRequest'>) => unwrap(api.POST('/api/me/mfa/enrolment/confirm', { body, ...withBearer(enrolmentToken) })),
  });
}

export function useRefreshMfaStatus() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: accountKeys.mfa });
}

export function useDisableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'OneTimeCodeRequest'>) => unwrap(api.POST('/api/me/mfa/disable', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.mfa }),
  });
}
