import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { RequestBody } from '../../api/models';
import { candidateKeys } from '../candidates/queries';

const routeKeys = { all: ['routes'] as const };

/** Every route, deactivated ones too (any signed-in user may read them). */
export function useRoutes() {
  return useQuery({ queryKey: routeKeys.all, queryFn: () => unwrap(api.GET('/api/routes')) });
}

/** The routes and the public form's offer are fresh after every change. */
function useInvalidateRoutes() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: routeKeys.all }), queryClient.invalidateQueries({ queryKey: ['application-form-options'] })]);
}

export function useCreateRoute() {
  const invalidate = useInvalidateRoutes();
  return useMutation({
    mutationFn: (body: RequestBody<'CreateRouteRequest'>) => unwrap(api.POST('/api/routes', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateRoute(code: string) {
  const invalidate = useInvalidateRoutes();
  return useMutation({
    mutationFn: (body: RequestBody<'UpdateRouteRequest'>) => unwrap(api.PATCH('/api/routes/{code}', { params: { path: { code } }, body })),
    onSuccess: invalidate,
  });
}

/** The desk changes the route a candidate intends to take, at the version the page shows (If-Match). */
export function useChangeCandidateRoute(candidateId: string, etag: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'ChangeCandidateRouteRequest'>) =>
      unwrap(api.PUT('/api/candidates/{id}/route', { params: { path: { id: candidateId }, header: etag ? { 'If-Match': etag } : {} }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: candidateKeys.all }),
  });
}
