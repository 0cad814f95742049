import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationList } from '../../../modules/notifications/notifications.schemas.ts';
import { api, type QueryValues } from '../../api/client.ts';

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (query: QueryValues) => ['notifications', 'list', query] as const,
  bell: ['notifications', 'bell'] as const,
};

/** How often the bell asks for news while a page is open. */
const BELL_REFRESH_MS = 60_000;

export function useNotificationList(query: QueryValues) {
  return useQuery({
    queryKey: notificationKeys.list(query),
    queryFn: ({ signal }) => api.get<NotificationList>('/notifications', query, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The latest unread notices and the unread count, refreshed every minute. */
export function useBellNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.bell,
    queryFn: ({ signal }) => api.get<NotificationList>('/notifications', { unread: 'true', pageSize: 5 }, { signal }),
    enabled,
    refetchInterval: BELL_REFRESH_MS,
    // A failing bell should not shout: the page has its own errors to show.
    retry: false,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<void>(`/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/notifications/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
