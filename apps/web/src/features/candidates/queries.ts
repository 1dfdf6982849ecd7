import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap, withId } from '../../api/client';
import type { CandidateFilters, CandidateListItem, Stage } from '../../api/models';
import { STAGES } from '../../shared/labels';

/** Everything under `candidates` is refetched after a command: lists, columns, the detail and its sections. */
export const candidateKeys = {
  all: ['candidates'] as const,
  list: (filters: ListFilters) => ['candidates', 'list', filters] as const,
  columns: (filters: ColumnFilters) => ['candidates', 'columns', filters] as const,
  detail: (id: string) => ['candidates', 'detail', id] as const,
  history: (id: string) => ['candidates', 'detail', id, 'history'] as const,
};

export type ListFilters = Pick<CandidateFilters, 'stage' | 'region' | 'q' | 'sort'>;
const PAGE_SIZE = 50;

export function useCandidates(filters: ListFilters) {
  return useInfiniteQuery({
    queryKey: candidateKeys.list(filters),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/candidates', { params: { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam, withTotal: 'true' } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export interface ColumnFilters {
  stage?: CandidateFilters['stage'];
  region?: CandidateFilters['region'];
  q?: string;
  perStage: number;
}

export interface PipelineColumn {
  stage: Stage;
  /** Undefined while loading. */
  count: number | undefined;
  items: CandidateListItem[] | undefined;
}

/** The pipeline's columns, in pipeline order, with their (filtered) counts: one request. */
export function usePipelineColumns(filters: ColumnFilters) {
  const columns = useQuery({
    queryKey: candidateKeys.columns(filters),
    queryFn: () => unwrap(api.GET('/api/candidates/columns', { params: { query: filters } })),
  });
  const byStage = new Map(columns.data?.columns.map((column) => [column.stage, column]));
  const result: PipelineColumn[] = STAGES.map((stage) => ({ stage, count: byStage.get(stage)?.count, items: byStage.get(stage)?.items }));
  return { columns: result, error: columns.error };
}

export function useCandidate(id: string) {
  return useQuery({
    queryKey: candidateKeys.detail(id),
    queryFn: () => fetchCandidate(id),
  });
}

/** The candidate with its ETag, which every command sends back in If-Match (a stale page gets 412). */
async function fetchCandidate(id: string) {
  let etag: string | null = null;
  const candidate = await unwrap(
    api.GET('/api/candidates/{id}', withId(id)).then((answer) => {
      etag = answer.response.headers.get('ETag');
      return answer;
    }),
  );
  return { ...candidate, etag };
}

/** A 412: someone else changed the candidate since this page read it. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

export function useCandidateHistory(id: string) {
  return useQuery({
    queryKey: candidateKeys.history(id),
    queryFn: () => unwrap(api.GET('/api/candidates/{id}/history', withId(id))),
  });
}

/** An erased candidate (R13) keeps no name: "Gewist". */
export function fullName(candidate: { firstName: string; lastName: string; erasedAt?: string | null }): string {
  return candidate.erasedAt ? 'Gewist' : `${candidate.firstName} ${candidate.lastName}`.trim();
}

export type StageCommand = { command: 'screening' } | { command: 'reject'; reason: string } | { command: 'withdraw'; reason: string };

/**
 * Screening, rejection and withdrawal, sent with the ETag the page was read at; afterwards every
 * candidate query is fresh again. A 412 leaves the page as it was: the person reloads it knowingly.
 */
export function useStageCommand(id: string, etag: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StageCommand) => {
      const params = { params: { path: { id }, header: etag ? { 'If-Match': etag } : {} } };
      if (input.command === 'screening') return unwrap(api.POST('/api/candidates/{id}/screening', { ...params, body: {} }));
      if (input.command === 'reject') return unwrap(api.POST('/api/candidates/{id}/reject', { ...params, body: { reason: input.reason } }));
      return unwrap(api.POST('/api/candidates/{id}/withdraw', { ...params, body: { reason: input.reason } }));
    },
    onSettled: (_data, error) => (isStale(error) ? undefined : queryClient.invalidateQueries({ queryKey: candidateKeys.all })),
  });
}

/** "Opnieuw laden" after a 412: the candidate and its sections read again. */
export function useReloadCandidate(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: candidateKeys.detail(id) });
}

/** Downloads a document with the bearer token and saves it under its file name. */
export async function downloadDocument(candidateId: string, document: { id: string; fileName: string }): Promise<void> {
  const blob = await unwrap(
    api.GET('/api/candidates/{id}/documents/{documentId}', { params: { path: { id: candidateId, documentId: document.id } }, parseAs: 'blob' }),
  );
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = document.fileName;
  window.document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
