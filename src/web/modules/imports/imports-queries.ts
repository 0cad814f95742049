import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { ApiError } from '../../api/problem.ts';
import { useSession } from '../../auth/useSession.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { residentKeys } from '../residents/residents-queries.ts';
import { type ImportField, type ImportJob, type ImportJobList, type ImportOutcome, type ImportRowList, isWorking } from './imports-types.ts';
import { uploadImport, type UploadResult } from './imports-upload.ts';

export const importKeys = {
  all: ['imports'] as const,
  list: (page: number, pageSize: number) => ['imports', 'list', page, pageSize] as const,
  job: (id: string) => ['imports', 'job', id] as const,
  rows: (id: string, outcome: ImportOutcome, page: number, pageSize: number) => ['imports', 'rows', id, outcome, page, pageSize] as const,
};

/** How often a job in the background is asked about (the contract: every second). */
const POLL_MS = 1000;

const isId = (id: string) => /^[\w-]{1,64}$/.test(id);

/** The problem code of a failed call, or null. */
export function problemCode(error: unknown): string | null {
  return error instanceof ApiError ? error.problem.code : null;
}

export function useImportList(page: number, pageSize: number) {
  return useQuery({
    queryKey: importKeys.list(page, pageSize),
    queryFn: ({ signal }) => api.get<ImportJobList>('/imports', { page, pageSize }, { signal }),
    placeholderData: keepPreviousData,
    // A job still running in the list moves on by itself.
    refetchInterval: (query) => (query.state.data?.items.some((job) => isWorking(job.status)) ? POLL_MS * 3 : false),
  });
}

/** One job, polled every second while the server reads, checks or commits it. */
export function useImportJob(id: string) {
  return useQuery({
    queryKey: importKeys.job(id),
    queryFn: ({ signal }) => api.get<ImportJob>(`/imports/${id}`, undefined, { signal }),
    enabled: isId(id),
    refetchInterval: (query) => (query.state.data && isWorking(query.state.data.status) ? POLL_MS : false),
    // A background tab still finishes its import; its page should say so when the user comes back.
    refetchIntervalInBackground: true,
  });
}

/** A page of the dry run's rows with one outcome; only once the job has been analysed (or committed). */
export function useImportRows(id: string, outcome: ImportOutcome, page: number, pageSize: number, enabled: boolean) {
  return useQuery({
    queryKey: importKeys.rows(id, outcome, page, pageSize),
    queryFn: ({ signal }) => api.get<ImportRowList>(`/imports/${id}/rows`, { outcome, page, pageSize }, { signal }),
    enabled: enabled && isId(id),
    placeholderData: keepPreviousData,
  });
}

/** Stores the job the server answered and forgets what its rows and the list said before. */
function useStoreJob() {
  const queryClient = useQueryClient();
  return (job: ImportJob) => {
    queryClient.setQueryData(importKeys.job(job.id), job);
    void queryClient.invalidateQueries({ queryKey: importKeys.all, predicate: (query) => query.queryKey[1] !== 'job' });
  };
}

export function useUploadImport() {
  const store = useStoreJob();
  const { session } = useSession();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (input: { file: File; agencyCode: string | null; onProgress?(fraction: number): void }) =>
      uploadImport({ ...input, csrfToken: session?.csrfToken ?? null, locale }),
    onSuccess: (result: UploadResult) => store(result.job),
  });
}

export function useUpdateMapping(id: string) {
  const store = useStoreJob();
  return useMutation({
    mutationFn: (body: { mapping: Record<ImportField, number | null>; version: number }) => api.put<ImportJob>(`/imports/${id}/mapping`, body),
    onSuccess: store,
  });
}

export function useCommitImport(id: string) {
  const store = useStoreJob();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; skipRejected: boolean }) => api.post<ImportJob>(`/imports/${id}/commit`, body),
    onSuccess: (job) => {
      store(job);
      // The registry is about to change: lists and counts cached before are stale.
      void queryClient.invalidateQueries({ queryKey: residentKeys.all });
    },
  });
}

export function useCancelImport(id: string) {
  const store = useStoreJob();
  return useMutation({
    mutationFn: () => api.post<ImportJob>(`/imports/${id}/cancel`),
    onSuccess: store,
  });
}
