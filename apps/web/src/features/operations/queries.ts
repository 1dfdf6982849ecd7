import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withId } from '../../api/client';

const operationsKeys = { deadJobs: ['operations', 'dead-jobs'] as const };

export function useDeadJobs() {
  return useQuery({
    queryKey: operationsKeys.deadJobs,
    queryFn: async () => (await unwrap(api.GET('/api/operations/outbox/dead'))).items,
  });
}

/** Fresh after a failed retry too: a 404 means someone else already sent the job again. */
export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/operations/outbox/{id}/retry', withId(id))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: operationsKeys.deadJobs }),
  });
}
