import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { RequestBody } from '../../api/models';
import type { components } from '../../api/schema';

export type Source = components['schemas']['SourceResponse'];

const sourceKeys = { all: ['sources'] as const };

/** Every source, retired ones too (any signed-in user may read them: the candidate page names them). */
export function useSources(enabled = true) {
  return useQuery({ queryKey: sourceKeys.all, queryFn: () => unwrap(api.GET('/api/sources')), enabled });
}

/** The list and the public form's offer are fresh after every change. */
function useInvalidateSources() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: sourceKeys.all }), queryClient.invalidateQueries({ queryKey: ['application-form-options'] })]);
}

export function useCreateSource() {
  const invalidate = useInvalidateSources();
  return useMutation({
    mutationFn: (body: RequestBody<'CreateSourceRequest'>) => unwrap(api.POST('/api/sources', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateSource(code: string) {
  const invalidate = useInvalidateSources();
  return useMutation({
    mutationFn: (body: RequestBody<'UpdateSourceRequest'>) => unwrap(api.PATCH('/api/sources/{code}', { params: { path: { code } }, body })),
    onSuccess: invalidate,
  });
}
