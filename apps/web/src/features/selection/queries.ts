import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withId } from '../../api/client';
import type { RequestBody } from '../../api/models';
import { candidateKeys } from '../candidates/queries';

const interviewKeys = {
  ofCandidate: (candidateId: string) => [...candidateKeys.detail(candidateId), 'interviews'] as const,
};

export function useInterviews(candidateId: string) {
  return useQuery({
    queryKey: interviewKeys.ofCandidate(candidateId),
    queryFn: () => unwrap(api.GET('/api/candidates/{id}/interviews', withId(candidateId))),
  });
}

/** Every interview change can move the stage: the candidate, its interviews and the lists are refetched. */
function useInterviewMutation<Input>(send: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: candidateKeys.all }),
  });
}

export function useScheduleInterview(candidateId: string) {
  return useInterviewMutation((body: RequestBody<'ScheduleInterviewRequest'>) =>
    unwrap(api.POST('/api/candidates/{id}/interviews', { ...withId(candidateId), body })),
  );
}

export function useRescheduleInterview(interviewId: string) {
  return useInterviewMutation((body: RequestBody<'ScheduleInterviewRequest'>) => unwrap(api.PATCH('/api/interviews/{id}', { ...withId(interviewId), body })));
}

export function useCancelInterview(interviewId: string) {
  return useInterviewMutation((body: RequestBody<'CancelInterviewRequest'>) =>
    unwrap(api.POST('/api/interviews/{id}/cancel', { ...withId(interviewId), body })),
  );
}

/** `boardId` when staff record the advice on behalf of that board; a board user speaks for their own board. */
export function useRecordAdvice(interviewId: string, boardId: string | undefined) {
  return useInterviewMutation((advice: Omit<RequestBody<'AdviceRequest'>, 'boardId'>) =>
    unwrap(api.POST('/api/interviews/{id}/advice', { ...withId(interviewId), body: { ...advice, ...(boardId ? { boardId } : {}) } })),
  );
}

export function useRecordInterviewOutcome(interviewId: string) {
  return useInterviewMutation((body: RequestBody<'OutcomeRequest'>) => unwrap(api.POST('/api/interviews/{id}/outcome', { ...withId(interviewId), body })));
}
