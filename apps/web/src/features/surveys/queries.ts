import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { RequestBody } from '../../api/models';

const surveyKeys = { link: (token: string) => ['surveys', 'link', token] as const };

/** Why the candidate is asked, and whether the link still works. A link that names no survey is a 404, not worth retrying. */
export function useSurveyLink(token: string) {
  return useQuery({
    queryKey: surveyKeys.link(token),
    queryFn: () => unwrap(api.GET('/api/surveys/{token}', { params: { path: { token } } })),
    retry: false,
  });
}

/** The answer, once: afterwards (or on a 409) the link's state is read again. */
export function useAnswerSurvey(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'SurveyAnswerRequest'>) => unwrap(api.POST('/api/surveys/{token}', { params: { path: { token } }, body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: surveyKeys.link(token) }),
  });
}
