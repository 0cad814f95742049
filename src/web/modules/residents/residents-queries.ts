import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateHouseholdBody,
  Household,
  MoveHouseholdBody,
  NeighborhoodResidentStats,
  Person,
  PersonList,
  RegisterPersonBody,
  RegisterPersonResult,
  UpdateHouseholdBody,
  UpdatePersonBody,
} from '../../../modules/residents/residents.schemas.ts';
import { api, type QueryValues } from '../../api/client.ts';
import { ApiError } from '../../api/problem.ts';

export const residentKeys = {
  all: ['residents'] as const,
  personList: (query: QueryValues) => ['residents', 'persons', query] as const,
  person: (id: string) => ['residents', 'person', id] as const,
  household: (id: string) => ['residents', 'household', id] as const,
  stats: (neighborhoodId: number) => ['residents', 'stats', neighborhoodId] as const,
};

// Opening a person's record is audited on the server: one read per visit, not one per re-render or tab focus.
const RECORD_STALE_MS = 5 * 60 * 1000;

const isId = (id: string) => /^\d{1,18}$/.test(id);

/** Someone saved the record since it was loaded (the version sent is no longer the latest). */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.problem.code === 'record.version_conflict';
}

/** A page of the people in the user's scope; the previous page stays on screen while the next loads. */
export function usePersonList(query: QueryValues) {
  return useQuery({
    queryKey: residentKeys.personList(query),
    queryFn: ({ signal }) => api.get<PersonList>('/persons', query, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** A person's whole record (the server records who opened it). */
export function usePerson(id: string) {
  return useQuery({
    queryKey: residentKeys.person(id),
    queryFn: ({ signal }) => api.get<Person>(`/persons/${id}`, undefined, { signal }),
    enabled: isId(id),
    staleTime: RECORD_STALE_MS,
  });
}

/** A household with its members and moves; idle without an id. */
export function useHousehold(id: string) {
  return useQuery({
    queryKey: residentKeys.household(id),
    queryFn: ({ signal }) => api.get<Household>(`/households/${id}`, undefined, { signal }),
    enabled: isId(id),
    staleTime: RECORD_STALE_MS,
  });
}

/** A neighbourhood's numbers from the registry (counts only: anyone who sees the neighbourhood sees them). */
export function useNeighborhoodResidentStats(neighborhoodId: number) {
  return useQuery({
    queryKey: residentKeys.stats(neighborhoodId),
    queryFn: ({ signal }) => api.get<NeighborhoodResidentStats>(`/neighborhoods/${neighborhoodId}/residents/stats`, undefined, { signal }),
    enabled: Number.isInteger(neighborhoodId) && neighborhoodId > 0,
    staleTime: 60_000,
  });
}

/**
 * After any write to a person or household: lists, counts and the household pages may all have
 * changed. Records are invalidated, not refetched at once, so no read is audited needlessly.
 */
function useInvalidateResidents() {
  const queryClient = useQueryClient();
  return (saved?: { person?: Person; household?: Household }) => {
    if (saved?.person) queryClient.setQueryData(residentKeys.person(saved.person.id), saved.person);
    if (saved?.household) queryClient.setQueryData(residentKeys.household(saved.household.id), saved.household);
    void queryClient.invalidateQueries({
      queryKey: residentKeys.all,
      predicate: (query) => {
        const [, kind, id] = query.queryKey;
        return !((kind === 'person' && id === saved?.person?.id) || (kind === 'household' && id === saved?.household?.id));
      },
      refetchType: 'active',
    });
  };
}

export function useRegisterPerson() {
  const invalidate = useInvalidateResidents();
  return useMutation({
    mutationFn: (body: RegisterPersonBody) => api.post<RegisterPersonResult>('/persons', body),
    onSuccess: (result) => invalidate({ person: result.person }),
  });
}

export function useUpdatePerson(id: string) {
  const invalidate = useInvalidateResidents();
  return useMutation({
    mutationFn: (body: UpdatePersonBody) => api.patch<Person>(`/persons/${id}`, body),
    onSuccess: (person) => invalidate({ person }),
  });
}

export function useCreateHousehold() {
  const invalidate = useInvalidateResidents();
  return useMutation({
    mutationFn: (body: CreateHouseholdBody) => api.post<Household>('/households', body),
    onSuccess: (household) => invalidate({ household }),
  });
}

export function useUpdateHousehold(id: string) {
  const invalidate = useInvalidateResidents();
  return useMutation({
    mutationFn: (body: UpdateHouseholdBody) => api.patch<Household>(`/households/${id}`, body),
    onSuccess: (household) => invalidate({ household }),
  });
}

export function useMoveHousehold(id: string) {
  const invalidate = useInvalidateResidents();
  return useMutation({
    mutationFn: (body: MoveHouseholdBody) => api.post<Household>(`/households/${id}/move`, body),
    onSuccess: (household) => invalidate({ household }),
  });
}
