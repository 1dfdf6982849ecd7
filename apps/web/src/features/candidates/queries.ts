import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withId } from '../../api/client';
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

export type ListFilters = Pick<CandidateFilters, 'stage' | 'region' | 'q'>;
const PAGE_SIZE = 50;

export function useCandidates(filters: ListFilters) {
  return useInfiniteQuery({
    queryKey: candidateKeys.list(filters),
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/candidates', { params: { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export interface ColumnFilters {
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

function fetchCandidate(id: string) {
  return unwrap(api.GET('/api/candidates/{id}', withId(id)));
}

export function useCandidateHistory(id: string) {
  return useQuery({
    queryKey: candidateKeys.history(id),
    queryFn: () => unwrap(api.GET('/api/candidates/{id}/history', withId(id))),
  });
}

export function fullName(candidate: { firstName: string; lastName: string }): string {
  return `${candidate.firstName} ${candidate.lastName}`.trim();
}

export type StageCommand = { command: 'screening' } | { command: 'reject'; reason: string } | { command: 'withdraw'; reason: string };

/** Screening, rejection and withdrawal; afterwards every candidate query is fresh again. */
export function useStageCommand(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StageCommand) => {
      const params = withId(id);
      if (input.command === 'screening') return unwrap(api.POST('/api/candidates/{id}/screening', { ...params, body: {} }));
      if (input.command === 'reject') return unwrap(api.POST('/api/candidates/{id}/reject', { ...params, body: { reason: input.reason } }));
      return unwrap(api.POST('/api/candidates/{id}/withdraw', { ...params, body: { reason: input.reason } }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: candidateKeys.all }),
  });
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
