import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withId } from '../../api/client';
import type { ImportRecord } from '../../api/models';

const importKeys = { all: ['imports'] as const, one: (id: string) => ['imports', id] as const };

/** The import history, newest first. */
export function useImports() {
  return useQuery({ queryKey: importKeys.all, queryFn: () => unwrap(api.GET('/api/imports')) });
}

/** One import; polled every second while the worker commits it, for the progress bar. */
export function useImport(id: string | undefined) {
  return useQuery({
    queryKey: importKeys.one(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/imports/{id}', withId(id ?? ''))),
    enabled: id !== undefined,
    refetchInterval: (query) => (query.state.data?.status === 'queued' ? 1000 : false),
  });
}

/** The upload with its dry run: the answer lists what would change and every problem. */
export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(
        api.POST('/api/imports', {
          // The document types the file as a binary string; the browser sends the File itself.
          body: { file } as unknown as { file: string },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file);
            return form;
          },
        }),
      ),
    onSuccess: (created: ImportRecord) => {
      queryClient.setQueryData(importKeys.one(created.id), created);
      return queryClient.invalidateQueries({ queryKey: importKeys.all, exact: true });
    },
  });
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/imports/{id}/commit', { ...withId(id), body: {} })),
    onSuccess: (queued: ImportRecord) => {
      queryClient.setQueryData(importKeys.one(queued.id), queued);
      return queryClient.invalidateQueries({ queryKey: importKeys.all, exact: true });
    },
  });
}
