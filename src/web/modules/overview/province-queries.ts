import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProvinceDetail, ProvinceSummary } from '../../../modules/geography/geography.schemas.ts';
import { api } from '../../api/client.ts';
import { referenceKeys } from '../reference/reference-queries.ts';

export function useProvince(code: string) {
  return useQuery({
    queryKey: referenceKeys.province(code),
    queryFn: () => api.get<ProvinceDetail>(`/provinces/${encodeURIComponent(code)}`),
  });
}

/** Saves a province's quota and refreshes the national figures. */
export function useUpdateQuota(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (quota: number) => api.patch<ProvinceSummary | ProvinceDetail>(`/provinces/${encodeURIComponent(code)}`, { quota }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referenceKeys.provinces }),
  });
}
