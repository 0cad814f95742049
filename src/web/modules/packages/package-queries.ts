import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePackageBody, Package, UpdatePackageBody } from '../../../modules/reference/reference.schemas.ts';
import { api } from '../../api/client.ts';
import { referenceKeys } from '../reference/reference-queries.ts';

export function useSavePackage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { kind: 'create'; body: CreatePackageBody } | { kind: 'update'; code: string; body: UpdatePackageBody }) =>
      request.kind === 'create' ? api.post<Package>('/packages', request.body) : api.patch<Package>(`/packages/${encodeURIComponent(request.code)}`, request.body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referenceKeys.packages }),
  });
}
