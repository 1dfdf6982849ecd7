import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withId } from '../../api/client';
import type { Assessment, RequestBody } from '../../api/models';
import { candidateKeys } from '../candidates/queries';

const assessmentKeys = {
  all: ['assessments'] as const,
  ofCandidate: (candidateId: string) => [...candidateKeys.detail(candidateId), 'assessments'] as const,
};

export function useAssessments() {
  return useQuery({
    queryKey: assessmentKeys.all,
    queryFn: async (): Promise<Assessment[]> => unwrap(api.GET('/api/assessments')),
  });
}

export function useCandidateAssessments(candidateId: string) {
  return useQuery({
    queryKey: assessmentKeys.ofCandidate(candidateId),
    queryFn: () => unwrap(api.GET('/api/candidates/{id}/assessments', withId(candidateId))),
  });
}

/** A request or an outcome moves the candidate's stage: the candidate and every assessment list are refetched. */
function useInvalidateAssessments() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: candidateKeys.all }), queryClient.invalidateQueries({ queryKey: assessmentKeys.all })]);
}

export function useRequestAssessment(candidateId: string) {
  const invalidate = useInvalidateAssessments();
  return useMutation({
    mutationFn: (body: RequestBody<'RequestAssessmentRequest'>) => unwrap(api.POST('/api/candidates/{id}/assessments', { ...withId(candidateId), body })),
    onSuccess: invalidate,
  });
}

export function useRecordAssessmentOutcome(assessmentId: string) {
  const invalidate = useInvalidateAssessments();
  return useMutation({
    mutationFn: (body: RequestBody<'RecordOutcomeRequest'>) => unwrap(api.POST('/api/assessments/{id}/outcome', { ...withId(assessmentId), body })),
    onSuccess: invalidate,
  });
}
