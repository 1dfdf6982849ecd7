import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withId } from '../../api/client';
import type { RequestBody } from '../../api/models';

const coachingKeys = {
  all: ['coaching'] as const,
  programme: (id: string) => ['coaching', 'programme', id] as const,
  caseload: ['coaching', 'caseload'] as const,
  needingCoach: ['coaching', 'needing-coach'] as const,
  coaches: ['coaching', 'coaches'] as const,
  atRisk: ['coaching', 'at-risk'] as const,
  norms: ['coaching', 'norms'] as const,
  coachUsers: ['coaching', 'coach-users'] as const,
};

export function useProgrammeCoaching(id: string) {
  return useQuery({ queryKey: coachingKeys.programme(id), queryFn: () => unwrap(api.GET('/api/programmes/{id}/coaching', withId(id))) });
}

/** The signed-in coach's own caseload. */
export function useCaseload() {
  return useQuery({ queryKey: coachingKeys.caseload, queryFn: () => unwrap(api.GET('/api/coaching/caseload')) });
}

export function useNeedingCoach() {
  return useQuery({ queryKey: coachingKeys.needingCoach, queryFn: () => unwrap(api.GET('/api/coaching/needing-coach')) });
}

export function useCoaches() {
  return useQuery({ queryKey: coachingKeys.coaches, queryFn: () => unwrap(api.GET('/api/coaches')) });
}

/** A session or an assignment changes the progress, the caseloads and the programme lists: all are refetched. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: coachingKeys.all }), queryClient.invalidateQueries({ queryKey: ['programmes'] })]);
}

export function useLogSession(programmeId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RequestBody<'CoachingSessionRequest'>) => unwrap(api.POST('/api/programmes/{id}/coaching-sessions', { ...withId(programmeId), body })),
    onSuccess: invalidate,
  });
}

export function useAssignCoach(programmeId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RequestBody<'AssignCoachRequest'>) => unwrap(api.PUT('/api/programmes/{id}/coach', { ...withId(programmeId), body })),
    onSuccess: invalidate,
  });
}

export function useEditSession(programmeId: string, sessionId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RequestBody<'CoachingSessionRequest'>) =>
      unwrap(api.PATCH('/api/programmes/{id}/coaching-sessions/{sessionId}', { params: { path: { id: programmeId, sessionId } }, body })),
    // Refused too (the window closed meanwhile): the refetch takes the buttons away.
    onSettled: invalidate,
  });
}

/** Sent from a confirmation form, whose body is empty. */
type Confirmation = Record<string, never>;

export function useDeleteSession(programmeId: string, sessionId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (_: Confirmation) =>
      unwrap(api.DELETE('/api/programmes/{id}/coaching-sessions/{sessionId}', { params: { path: { id: programmeId, sessionId } } })),
    onSettled: invalidate,
  });
}

export function useFlagRisk(programmeId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RequestBody<'RiskFlagRequest'>) => unwrap(api.PUT('/api/programmes/{id}/risk', { ...withId(programmeId), body })),
    onSuccess: invalidate,
  });
}

export function useClearRisk(programmeId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (_: Confirmation) => unwrap(api.DELETE('/api/programmes/{id}/risk', withId(programmeId))),
    onSuccess: invalidate,
  });
}

/** Every programme flagged at risk (staff). */
export function useAtRisk() {
  return useQuery({ queryKey: coachingKeys.atRisk, queryFn: () => unwrap(api.GET('/api/coaching/at-risk')) });
}

/** The coaching norms per route and study year, with the school weeks and the year's hours. */
export function useNorms() {
  return useQuery({ queryKey: coachingKeys.norms, queryFn: () => unwrap(api.GET('/api/coaching/norms')) });
}

/** Active users with the role coach: a new coach profile is for one of them. */
export function useCoachUsers() {
  return useQuery({
    queryKey: coachingKeys.coachUsers,
    queryFn: () => unwrap(api.GET('/api/users/directory', { params: { query: { role: 'coach' } } })),
  });
}

export function useCreateCoach() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RequestBody<'CreateCoachRequest'>) => unwrap(api.POST('/api/coaches', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateCoach(userId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RequestBody<'UpdateCoachRequest'>) => unwrap(api.PATCH('/api/coaches/{userId}', { params: { path: { userId } }, body })),
    onSuccess: invalidate,
  });
}
