import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Body, Meeting, MeetingList } from '../../../modules/meetings/meetings.schemas.ts';
import type {
  CreateFollowUpBody,
  FollowUp,
  Resolution,
  ResolutionDetail,
  Scorecard,
  TrackerList,
  UpdateResolutionBody,
} from '../../../modules/meetings/resolutions.schemas.ts';
import { api, type QueryValues } from '../../api/client.ts';

export const resolutionKeys = {
  all: ['resolutions'] as const,
  list: (query: QueryValues) => ['resolutions', 'list', query] as const,
  count: (query: QueryValues) => ['resolutions', 'count', query] as const,
  mine: (query: QueryValues) => ['resolutions', 'mine', query] as const,
  detail: (id: number) => ['resolutions', 'detail', id] as const,
  scorecard: (query: QueryValues) => ['resolutions', 'scorecard', query] as const,
  bodies: (province: string) => ['bodies', 'list', province] as const,
  meetingsOfBody: (body: string) => ['meetings', 'list', { body, pageSize: 200, sort: '-number' }] as const,
  bodyOfMeeting: (meeting: string) => ['resolutions', 'body-of-meeting', meeting] as const,
};

/** A page of the tracker; the previous page stays on screen while the next loads. */
export function useTrackerList(query: QueryValues) {
  return useQuery({
    queryKey: resolutionKeys.list(query),
    queryFn: ({ signal }) => api.get<TrackerList>('/resolutions', query, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Only the number of resolutions a filter matches (one row is fetched, `total` is read). */
export function useTrackerCount(query: QueryValues) {
  return useQuery({
    queryKey: resolutionKeys.count(query),
    queryFn: async ({ signal }) => (await api.get<TrackerList>('/resolutions', { ...query, page: 1, pageSize: 1 }, { signal })).total,
    placeholderData: keepPreviousData,
  });
}

/** The signed-in agency's open resolutions, nearest deadline first. */
export function useMyResolutions(query: QueryValues) {
  return useQuery({
    queryKey: resolutionKeys.mine(query),
    queryFn: ({ signal }) => api.get<TrackerList>('/resolutions/mine', query, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useResolution(id: number) {
  return useQuery({
    queryKey: resolutionKeys.detail(id),
    queryFn: ({ signal }) => api.get<ResolutionDetail>(`/resolutions/${id}`, undefined, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useScorecard(query: QueryValues) {
  return useQuery({
    queryKey: resolutionKeys.scorecard(query),
    queryFn: ({ signal }) => api.get<Scorecard>('/scorecards/agencies', query, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The bodies (headquarters, working groups) in the user's scope, of one province when given. */
export function useBodies(province: string) {
  return useQuery({
    queryKey: resolutionKeys.bodies(province),
    queryFn: async ({ signal }) => (await api.get<{ items: Body[]; total: number }>('/bodies', { province: province || undefined }, { signal })).items,
    staleTime: 60_000,
  });
}

/** A body's meetings, latest first; idle until a body is chosen. */
export function useMeetingsOfBody(body: string) {
  return useQuery({
    queryKey: resolutionKeys.meetingsOfBody(body),
    queryFn: async ({ signal }) => (await api.get<MeetingList>('/meetings', { body, pageSize: 200, sort: '-number' }, { signal })).items,
    enabled: body !== '',
    staleTime: 60_000,
  });
}

/**
 * The body a meeting belongs to, for a tracker link that names only the meeting (from a meeting's
 * page): the filters show the meeting under its body. Idle unless `enabled`.
 */
export function useBodyOfMeeting(meeting: string, enabled: boolean) {
  return useQuery({
    queryKey: resolutionKeys.bodyOfMeeting(meeting),
    queryFn: async ({ signal }) => (await api.get<Meeting>(`/meetings/${meeting}`, undefined, { signal })).bodyId,
    enabled: enabled && meeting !== '',
    staleTime: Infinity,
  });
}

/**
 * After a write to a resolution: everything that lists or counts resolutions may have changed
 * (tracker, my list, scorecards, a body's dashboard, the meeting that passed it, notifications).
 */
function useInvalidateResolutions() {
  const queryClient = useQueryClient();
  return (id: number) => {
    void queryClient.invalidateQueries({ queryKey: resolutionKeys.all });
    void queryClient.invalidateQueries({ queryKey: resolutionKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: ['bodies'] });
    void queryClient.invalidateQueries({ queryKey: ['meetings'] });
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  };
}

export function useCreateFollowUp(resolutionId: number) {
  const invalidate = useInvalidateResolutions();
  return useMutation({
    mutationFn: (body: CreateFollowUpBody) => api.post<FollowUp>(`/resolutions/${resolutionId}/follow-ups`, body),
    onSuccess: () => invalidate(resolutionId),
  });
}

export function useUpdateResolution(resolutionId: number) {
  const invalidate = useInvalidateResolutions();
  return useMutation({
    mutationFn: (body: UpdateResolutionBody) => api.patch<Resolution>(`/resolutions/${resolutionId}`, body),
    onSuccess: () => invalidate(resolutionId),
  });
}
