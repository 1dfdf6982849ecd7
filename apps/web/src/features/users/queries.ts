import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withId } from '../../api/client';
import type { RequestBody } from '../../api/models';
import { useSession } from '../../app/auth';

const userKeys = { all: ['users'] as const };

export function useUsers() {
  return useQuery({
    queryKey: userKeys.all,
    queryFn: () => unwrap(api.GET('/api/users')),
  });
}

/** Users, and the directory the panels are chosen from, are fresh after every change. */
function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: userKeys.all });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: RequestBody<'CreateUserRequest'>) => unwrap(api.POST('/api/users', { body })),
    onSuccess: invalidate,
  });
}

export function useSetUserActive() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) => unwrap(api.PATCH('/api/users/{id}', { ...withId(id), body: { active } })),
    onSuccess: invalidate,
  });
}

/** An admin changes a user's name, role or organisation; the answer is the user as saved. Their own: the header follows. */
export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  const session = useSession();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'UpdateUserRequest'> }) => unwrap(api.PATCH('/api/users/{id}', { ...withId(id), body })),
    onSuccess: async (_saved, { id }) => {
      await invalidate();
      if (id === session.user?.id) await session.refresh();
    },
  });
}

/** A lost phone: the user's two-step verification is turned off (audited) and their sessions end. */
export function useResetMfa() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/users/{id}/mfa/reset', withId(id))),
    onSuccess: invalidate,
  });
}
