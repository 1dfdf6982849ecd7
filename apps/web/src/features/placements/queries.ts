import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withId } from '../../api/client';
import type { components } from '../../api/schema';
import { candidateKeys } from '../candidates/queries';

type Schemas = components['schemas'];
export type Capacity = Schemas['CapacityResponse'];
export type Placement = Schemas['PlacementResponse'];
export type Proposal = Schemas['ProposalResponse'];
export type PoolCandidate = Schemas['PoolCandidateResponse'];
export type PlacementBody = Schemas['PlaceCandidateRequest'];
export type ProposalBody = Schemas['ProposeCandidateRequest'];

const placementKeys = {
  all: ['placements'] as const,
  capacity: (boardId: string, schoolYear: string) => ['placements', 'capacity', boardId, schoolYear] as const,
  list: (boardId: string, schoolYear: string) => ['placements', 'list', boardId, schoolYear] as const,
  pool: ['placements', 'pool'] as const,
  proposals: ['placements', 'proposals'] as const,
};

export function useCapacity(boardId: string, schoolYear: string) {
  return useQuery({
    queryKey: placementKeys.capacity(boardId, schoolYear),
    queryFn: () => unwrap(api.GET('/api/boards/{id}/capacity/{schoolYear}', { params: { path: { id: boardId, schoolYear } } })),
    enabled: boardId !== '',
  });
}

export function usePlacements(boardId: string, schoolYear: string) {
  return useQuery({
    queryKey: placementKeys.list(boardId, schoolYear),
    queryFn: () => unwrap(api.GET('/api/placements', { params: { query: { boardId, schoolYear } } })),
    enabled: boardId !== '',
  });
}

export function useMatchingPool() {
  return useQuery({ queryKey: placementKeys.pool, queryFn: () => unwrap(api.GET('/api/matching/pool')) });
}

export function useProposals() {
  return useQuery({ queryKey: placementKeys.proposals, queryFn: () => unwrap(api.GET('/api/matching/proposals')) });
}

/** Every placement, capacity, pool and proposal view may change with one command, and the candidates' access with them. */
function useInvalidatePlacements() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: placementKeys.all }), queryClient.invalidateQueries({ queryKey: candidateKeys.all })]);
}

export function useDeclareCapacity(boardId: string, schoolYear: string) {
  const invalidate = useInvalidatePlacements();
  return useMutation({
    mutationFn: (body: Schemas['DeclareCapacityRequest']) =>
      unwrap(api.PUT('/api/boards/{id}/capacity/{schoolYear}', { params: { path: { id: boardId, schoolYear } }, body })),
    onSuccess: invalidate,
  });
}

export function usePlaceCandidate() {
  const invalidate = useInvalidatePlacements();
  return useMutation({ mutationFn: (body: PlacementBody) => unwrap(api.POST('/api/placements', { body })), onSuccess: invalidate });
}

export function usePropose() {
  const invalidate = useInvalidatePlacements();
  return useMutation({ mutationFn: (body: ProposalBody) => unwrap(api.POST('/api/matching/proposals', { body })), onSuccess: invalidate });
}

export function useDeclineProposal(proposalId: string) {
  const invalidate = useInvalidatePlacements();
  return useMutation({
    mutationFn: (body: Schemas['DeclineProposalRequest']) => unwrap(api.POST('/api/matching/proposals/{id}/decline', { ...withId(proposalId), body })),
    onSuccess: invalidate,
  });
}
