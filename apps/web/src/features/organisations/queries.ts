import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withId } from '../../api/client';
import type { DirectoryRole, RequestBody } from '../../api/models';

const organisationKeys = {
  boards: ['boards'] as const,
  schools: (boardId: string) => ['boards', boardId, 'schools'] as const,
  institutes: ['institutes'] as const,
  directory: (filter: DirectoryFilter) => ['users', 'directory', filter] as const,
};

export function useBoards(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: organisationKeys.boards,
    queryFn: () => unwrap(api.GET('/api/boards')),
    enabled: options.enabled ?? true,
  });
}

export function useSchools(boardId: string, enabled: boolean) {
  return useQuery({
    queryKey: organisationKeys.schools(boardId),
    queryFn: () => unwrap(api.GET('/api/boards/{id}/schools', withId(boardId))),
    enabled,
  });
}

export function useInstitutes() {
  return useQuery({
    queryKey: organisationKeys.institutes,
    queryFn: () => unwrap(api.GET('/api/institutes')),
  });
}

export interface DirectoryFilter {
  role: DirectoryRole;
  boardId?: string;
}

/** Active users by role (and board): for panels and names. */
export function useDirectory(filter: DirectoryFilter) {
  return useQuery({
    queryKey: organisationKeys.directory(filter),
    queryFn: () => unwrap(api.GET('/api/users/directory', { params: { query: filter } })),
  });
}

export function useCreateBoard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'CreateBoardRequest'>) => unwrap(api.POST('/api/boards', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.boards }),
  });
}

export function useCreateSchool(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'CreateSchoolRequest'>) => unwrap(api.POST('/api/boards/{id}/schools', { ...withId(boardId), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.schools(boardId) }),
  });
}

export function useCreateInstitute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'CreateInstituteRequest'>) => unwrap(api.POST('/api/institutes', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.institutes }),
  });
}

/**
 * Renames or (de)activates a board or an institute. Users show their organisation by name, and the
 * pickers offer only active ones: the list is fresh afterwards.
 */
export function useUpdateOrganisation(kind: 'board' | 'institute', id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'UpdateOrganisationRequest'>) =>
      kind === 'board' ? unwrap(api.PATCH('/api/boards/{id}', { ...withId(id), body })) : unwrap(api.PATCH('/api/institutes/{id}', { ...withId(id), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kind === 'board' ? organisationKeys.boards : organisationKeys.institutes }),
  });
}
