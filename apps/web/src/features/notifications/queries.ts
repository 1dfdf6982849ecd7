import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withId } from '../../api/client';

const notificationKeys = {
  all: ['notifications'] as const,
  list: ['notifications', 'list'] as const,
  unread: ['notifications', 'unread'] as const,
};

/** The header's count looks again now and then, so a notification that arrives while a page stays open shows up. */
const UNREAD_REFRESH_MS = 60_000;

/** The signed-in user's notifications, newest first, with the unread count. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.list,
    queryFn: () => unwrap(api.GET('/api/notifications')),
  });
}

/** How many of the signed-in user's notifications are unread (the header's count). */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: async () => (await unwrap(api.GET('/api/notifications', { params: { query: { unread: true } } }))).unread,
    refetchInterval: UNREAD_REFRESH_MS,
  });
}

/** Fresh after a failure too: a 404 means the notification is not (or no longer) the user's. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/notifications/{id}/read', withId(id))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/notifications/read-all')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
