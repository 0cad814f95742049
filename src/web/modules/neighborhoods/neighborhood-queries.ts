import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateHouseBody,
  CreateNeighborhoodBody,
  House,
  Neighborhood,
  NeighborhoodList,
  UpdateNeighborhoodBody,
} from '../../../modules/geography/geography.schemas.ts';
import { api, type QueryValues } from '../../api/client.ts';

export const neighborhoodKeys = {
  all: ['neighborhoods'] as const,
  list: (query: QueryValues) => ['neighborhoods', 'list', query] as const,
  detail: (id: number) => ['neighborhoods', 'detail', id] as const,
  houses: (id: number) => ['neighborhoods', 'houses', id] as const,
};

/** A page of the filtered list; the previous page stays on screen while the next loads. */
export function useNeighborhoodList(query: QueryValues) {
  return useQuery({
    queryKey: neighborhoodKeys.list(query),
    queryFn: ({ signal }) => api.get<NeighborhoodList>('/neighborhoods', query, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useNeighborhood(id: number) {
  return useQuery({
    queryKey: neighborhoodKeys.detail(id),
    queryFn: () => api.get<Neighborhood>(`/neighborhoods/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useHouses(id: number) {
  return useQuery({
    queryKey: neighborhoodKeys.houses(id),
    queryFn: async () => (await api.get<{ items: House[] }>(`/neighborhoods/${id}/houses`)).items,
  });
}

function useInvalidateAfterWrite() {
  const queryClient = useQueryClient();
  return (saved?: Neighborhood) => {
    if (saved) queryClient.setQueryData(neighborhoodKeys.detail(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: ['neighborhoods', 'list'] });
    // Counts per province change with every neighbourhood write.
    void queryClient.invalidateQueries({ queryKey: ['provinces'] });
  };
}

export function useCreateNeighborhood() {
  const invalidate = useInvalidateAfterWrite();
  return useMutation({
    mutationFn: (body: CreateNeighborhoodBody) => api.post<Neighborhood>('/neighborhoods', body),
    onSuccess: (saved) => invalidate(saved),
  });
}

export function useUpdateNeighborhood(id: number) {
  const invalidate = useInvalidateAfterWrite();
  return useMutation({
    mutationFn: (body: UpdateNeighborhoodBody) => api.patch<Neighborhood>(`/neighborhoods/${id}`, body),
    onSuccess: (saved) => invalidate(saved),
  });
}

export function useDeleteNeighborhood(id: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterWrite();
  return useMutation({
    mutationFn: () => api.delete(`/neighborhoods/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: neighborhoodKeys.detail(id) });
      invalidate();
    },
  });
}

export function useCreateHouse(neighborhoodId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateHouseBody) => api.post<House>(`/neighborhoods/${neighborhoodId}/houses`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: neighborhoodKeys.houses(neighborhoodId) }),
  });
}

export function useDeleteHouse(neighborhoodId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (houseId: number) => api.delete(`/houses/${houseId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: neighborhoodKeys.houses(neighborhoodId) }),
  });
}
