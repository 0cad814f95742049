import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Attachment } from '../../../modules/meetings/resolutions.schemas.ts';
import { useSession } from '../../auth/useSession.ts';
import { useErrorMessage } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { MAX_ATTACHMENT_BYTES, uploadFile } from './upload.ts';

export interface UploadItem {
  key: number;
  fileName: string;
  sizeBytes: number;
  /** 0 … 1. */
  progress: number;
  state: 'uploading' | 'done' | 'failed';
  attachment: Attachment | null;
  error: string | null;
}

/** A report takes at most this many files (createFollowUpBodySchema.attachmentIds). */
export const MAX_ATTACHMENTS = 10;

/**
 * Files chosen for a follow-up: each is uploaded at once, with its progress and the server's
 * refusal (type, size) shown next to it. The report then sends the ids of those that arrived.
 */
export function useUploads() {
  const { session } = useSession();
  const { t, locale } = useI18n();
  const messageOf = useErrorMessage();
  const [items, setItems] = useState<UploadItem[]>([]);
  const nextKey = useRef(1);
  const aborts = useRef(new Map<number, () => void>());

  const patch = useCallback((key: number, changes: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...changes } : item)));
  }, []);

  const add = useCallback(
    (files: readonly File[]) => {
      for (const file of files) {
        const key = nextKey.current++;
        const base: UploadItem = { key, fileName: file.name, sizeBytes: file.size, progress: 0, state: 'uploading', attachment: null, error: null };
        // Sending 50 MB only to hear "too large" wastes a slow line; the server checks again anyway.
        if (file.size > MAX_ATTACHMENT_BYTES) {
          setItems((current) => [...current, { ...base, state: 'failed', error: t('resolutions.attachmentTooLarge', { max: MAX_ATTACHMENT_BYTES / (1024 * 1024) }) }]);
          continue;
        }
        setItems((current) => [...current, base]);
        const upload = uploadFile(file, { csrfToken: session?.csrfToken ?? null, locale, onProgress: (progress) => patch(key, { progress }) });
        aborts.current.set(key, upload.abort);
        void upload.done.then(
          (attachment) => patch(key, { state: 'done', progress: 1, attachment }),
          (error: unknown) => {
            if (error instanceof DOMException && error.name === 'AbortError') return;
            patch(key, { state: 'failed', error: messageOf(error) });
          },
        ).finally(() => aborts.current.delete(key));
      }
    },
    [session, locale, t, messageOf, patch],
  );

  const remove = useCallback((key: number) => {
    aborts.current.get(key)?.();
    aborts.current.delete(key);
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  const clear = useCallback(() => {
    for (const abort of aborts.current.values()) abort();
    aborts.current.clear();
    setItems([]);
  }, []);

  // Leaving the page stops uploads nobody will use.
  useEffect(() => {
    const pending = aborts.current;
    return () => pending.forEach((abort) => abort());
  }, []);

  const ids = useMemo(() => items.flatMap((item) => (item.attachment ? [item.attachment.id] : [])), [items]);
  const busy = items.some((item) => item.state === 'uploading');
  const slotsLeft = MAX_ATTACHMENTS - items.filter((item) => item.state !== 'failed').length;
  return { items, ids, busy, slotsLeft, add, remove, clear };
}
