import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DetectionResult, DuplicateList, MergeBody, MergeResult, PersonMergeList, UndoResult } from '../../../modules/residents/duplicates.schemas.ts';
import { api, type QueryValues } from '../../api/client.ts';

export const duplicateKeys = {
  list: (query: QueryValues) => ['duplicates', 'list', query] as const,
  merges: (personId: string) => ['duplicates', 'merges', personId] as const,
};

export function useDuplicateList(query: QueryValues) {
  return useQuery({ queryKey: duplicateKeys.list(query), queryFn: ({ signal }) => api.get<DuplicateList>('/duplicates', query, { signal }), placeholderData: keepPreviousData });
}

export function usePersonMerges(personId: string) {
  return useQuery({ queryKey: duplicateKeys.merges(personId), queryFn: ({ signal }) => api.get<PersonMergeList>(`/persons/${personId}/merges`, undefined, { signal }) });
}

/** After any of these, lists of pairs and people (and the records involved) are out of date. */
function useRefresh() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: ['duplicates'] }), client.invalidateQueries({ queryKey: ['residents'] })]);
}

export function useDetectDuplicates() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: () => api.post<DetectionResult>('/duplicates/detect'), onSuccess: refresh });
}

export function useDismissDuplicate() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => api.post<null>(`/duplicates/${id}/dismiss`), onSuccess: refresh });
}

export function useMergePersons() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: MergeBody) => api.post<MergeResult>('/persons/merge', body), onSuccess: refresh });
}

export function useUndoMerge() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (mergeId: string) => api.post<UndoResult>(`/person-merges/${mergeId}/undo`), onSuccess: refresh });
}
