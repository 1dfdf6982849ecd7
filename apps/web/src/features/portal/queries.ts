import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import createClient from 'openapi-fetch';
import { unwrap } from '../../api/client';
import type { RequestBody } from '../../api/models';
import type { components, paths } from '../../api/schema';

export type PortalOverview = components['schemas']['PortalOverviewResponse'];

/**
 * The candidate's own client: the candidate's session is its own cookie (Path=/api/portal). Not the
 * staff client, whose 401 handler would sign a staff member out of their own session in this browser.
 */
const portal = createClient<paths>({ baseUrl: '', credentials: 'same-origin', headers: { Accept: 'application/json' } });

const portalKeys = { overview: ['portal', 'application'] as const };

export function usePortalOverview(enabled: boolean) {
  return useQuery({ queryKey: portalKeys.overview, queryFn: () => unwrap(portal.GET('/api/portal/application')), enabled, retry: false });
}

export function useRequestSignInLink() {
  return useMutation({ mutationFn: (body: RequestBody<'PortalLinkRequest'>) => unwrap(portal.POST('/api/portal/sign-in-link', { body })) });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => unwrap(portal.POST('/api/portal/sign-in', { body: { token } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalKeys.overview }),
  });
}

/** The commands answer the overview as it is after them: it replaces the cached one. */
function usePortalCommand<Input>(send: (input: Input) => Promise<PortalOverview>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: (overview) => queryClient.setQueryData(portalKeys.overview, overview) });
}

export function useWithdraw() {
  return usePortalCommand(() => unwrap(portal.POST('/api/portal/application/withdraw')));
}

export function useConsent() {
  return usePortalCommand((consent: boolean) => unwrap(portal.PUT('/api/portal/application/consent', { body: { consent } })));
}

export function useDataRequest() {
  return usePortalCommand((kind: 'inspection' | 'erasure') => unwrap(portal.POST('/api/portal/application/data-requests', { body: { kind } })));
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(portal.POST('/api/portal/sign-out')),
    // Asked again without the session: 401, and the page offers a new link.
    onSettled: () => queryClient.resetQueries({ queryKey: portalKeys.overview }),
  });
}
