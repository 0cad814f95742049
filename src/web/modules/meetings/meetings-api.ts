import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Body,
  BodyDashboard,
  CreateBodyBody,
  CreateMeetingBody,
  Meeting,
  MeetingList,
  MeetingStatusBody,
  ReviewDecisionBody,
  UpdateBodyBody,
  UpdateMeetingBody,
} from '../../../modules/meetings/meetings.schemas.ts';
import type { CreateResolutionBody, Resolution, Scorecard } from '../../../modules/meetings/resolutions.schemas.ts';
import { api, type QueryValues } from '../../api/client.ts';

export const bodyKeys = {
  all: ['bodies'] as const,
  // Not 'list': the resolution pages keep their own body lists (other shapes) under that key.
  list: (query: QueryValues) => ['bodies', 'all', query] as const,
  detail: (id: number) => ['bodies', 'detail', id] as const,
  dashboard: (id: number) => ['bodies', 'dashboard', id] as const,
  scorecard: (id: number) => ['bodies', 'scorecard', id] as const,
};

export const meetingKeys = {
  all: ['meetings'] as const,
  // Not 'list': the resolution pages keep their own meeting lists (other shapes) under that key.
  list: (query: QueryValues) => ['meetings', 'pages', query] as const,
  detail: (id: number) => ['meetings', 'detail', id] as const,
};

// ---- Fetchers --------------------------------------------------------------------------------

export const fetchBodies = (query: QueryValues, signal?: AbortSignal) => api.get<{ items: Body[]; total: number }>('/bodies', query, { signal });
export const fetchBody = (id: number) => api.get<Body>(`/bodies/${id}`);
export const fetchBodyDashboard = (id: number) => api.get<BodyDashboard>(`/bodies/${id}/dashboard`);
export const fetchBodyScorecard = (id: number) => api.get<Scorecard>('/scorecards/agencies', { body: id });
export const fetchMeetings = (query: QueryValues, signal?: AbortSignal) => api.get<MeetingList>('/meetings', query, { signal });
export const fetchMeeting = (id: number) => api.get<Meeting>(`/meetings/${id}`);

const validId = (id: number) => Number.isInteger(id) && id > 0;

// ---- Bodies ----------------------------------------------------------------------------------

/** Bodies in the user's scope; small enough to come whole (no paging). */
export function useBodies(query: QueryValues = {}) {
  return useQuery({
    queryKey: bodyKeys.list(query),
    queryFn: ({ signal }) => fetchBodies(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBody(id: number) {
  return useQuery({ queryKey: bodyKeys.detail(id), queryFn: () => fetchBody(id), enabled: validId(id) });
}

export function useBodyDashboard(id: number) {
  return useQuery({ queryKey: bodyKeys.dashboard(id), queryFn: () => fetchBodyDashboard(id), enabled: validId(id) });
}

export function useBodyScorecard(id: number) {
  return useQuery({ queryKey: bodyKeys.scorecard(id), queryFn: () => fetchBodyScorecard(id), enabled: validId(id) });
}

export function useCreateBody() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBodyBody) => api.post<Body>('/bodies', body),
    onSuccess: (saved) => {
      queryClient.setQueryData(bodyKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: bodyKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' });
    },
  });
}

export function useUpdateBody(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateBodyBody) => api.patch<Body>(`/bodies/${id}`, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(bodyKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: bodyKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' });
      // Meetings and minutes show the body's name.
      void queryClient.invalidateQueries({ queryKey: meetingKeys.all });
    },
  });
}

// ---- Meetings --------------------------------------------------------------------------------

/** A page of the filtered list; the previous page stays on screen while the next loads. */
export function useMeetingList(query: QueryValues, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.list(query),
    queryFn: ({ signal }) => fetchMeetings(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMeeting(id: number) {
  return useQuery({ queryKey: meetingKeys.detail(id), queryFn: () => fetchMeeting(id), enabled: validId(id) });
}

/** After any meeting write: the lists, the body's counts and the trackers change with it. */
function useAfterMeetingWrite() {
  const queryClient = useQueryClient();
  return (saved?: Meeting) => {
    if (saved) queryClient.setQueryData(meetingKeys.detail(saved.id), saved);
    // Every list of meetings (this module's and the resolution pages'), not the meeting just stored.
    void queryClient.invalidateQueries({ queryKey: meetingKeys.all, predicate: (query) => !(saved && query.queryKey[1] === 'detail' && query.queryKey[2] === saved.id) });
    void queryClient.invalidateQueries({ queryKey: bodyKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['resolutions'] });
  };
}

export function useCreateMeeting() {
  const after = useAfterMeetingWrite();
  return useMutation({
    mutationFn: (body: CreateMeetingBody) => api.post<Meeting>('/meetings', body),
    onSuccess: (saved) => after(saved),
  });
}

export function useUpdateMeeting(id: number) {
  const after = useAfterMeetingWrite();
  return useMutation({
    mutationFn: (body: UpdateMeetingBody) => api.patch<Meeting>(`/meetings/${id}`, body),
    onSuccess: (saved) => after(saved),
  });
}

export function useMeetingStatus(id: number) {
  const after = useAfterMeetingWrite();
  return useMutation({
    mutationFn: (body: MeetingStatusBody) => api.post<Meeting>(`/meetings/${id}/status`, body),
    onSuccess: (saved) => after(saved),
  });
}

export function useDeleteMeeting(id: number) {
  const queryClient = useQueryClient();
  const after = useAfterMeetingWrite();
  return useMutation({
    mutationFn: () => api.delete(`/meetings/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: meetingKeys.detail(id) });
      after();
    },
  });
}

export function useCreateResolution(meetingId: number) {
  const queryClient = useQueryClient();
  const after = useAfterMeetingWrite();
  return useMutation({
    mutationFn: (body: CreateResolutionBody) => api.post<Resolution>(`/meetings/${meetingId}/resolutions`, body),
    onSuccess: () => {
      // The answer is the resolution; the meeting (its table, its amendments) is read again.
      void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
      after();
    },
  });
}

export function useReviewDecision(meetingId: number) {
  const after = useAfterMeetingWrite();
  return useMutation({
    mutationFn: ({ reviewId, body }: { reviewId: number; body: ReviewDecisionBody }) => api.post<Meeting>(`/meetings/${meetingId}/reviews/${reviewId}`, body),
    onSuccess: (saved) => after(saved),
  });
}
