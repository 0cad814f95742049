import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, UpdateUserBody, User } from '../../../modules/users/users.schemas.ts';
import { api, type QueryValues } from '../../api/client.ts';

interface UserList {
  items: User[];
  total: number;
  page: number;
  pageSize: number;
}

export const userKeys = {
  list: (query: QueryValues) => ['users', 'list', query] as const,
  detail: (id: number) => ['users', 'detail', id] as const,
};

export function useUserList(query: QueryValues) {
  return useQuery({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => api.get<UserList>('/users', query, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: number) {
  return useQuery({ queryKey: userKeys.detail(id), queryFn: () => api.get<User>(`/users/${id}`), enabled: Number.isInteger(id) && id > 0 });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => api.post<User>('/users', body),
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
    },
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateUserBody }) => api.patch<User>(`/users/${id}`, body),
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
    },
  });
}
