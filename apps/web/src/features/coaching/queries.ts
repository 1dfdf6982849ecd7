import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withId } from '../../api/client';
import type { RequestBody } from '../../api/models';

const coachingKeys = {
  all: ['coaching'] as const,
  programme: (id: string) => ['coaching', 'programme', id] as const,
  caseload: ['coaching', 'caseload'] as const,
  needingCoach: ['coaching', 'needing-coach'] as const,
  coaches: ['coaching', 'coaches'] as const,
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
