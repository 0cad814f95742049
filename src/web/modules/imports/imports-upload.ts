import { API_BASE } from '../../api/client.ts';
import { ApiError, NetworkError, toProblem } from '../../api/problem.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ImportJob } from './imports-types.ts';

/**
 * The server's default limit (TAVANA_IMPORT_MAX_MB). The page checks it before sending a large file
 * over a slow line for nothing; an installation with another limit still answers 413, shown inline.
 */
export const IMPORT_MAX_MB = 100;
export const IMPORT_MAX_BYTES = IMPORT_MAX_MB * 1024 * 1024;

export const acceptedExtensions = ['.xlsx', '.csv'] as const;

/** Whether the file's name says spreadsheet; the server decides by the bytes, this only spares a useless upload. */
export function hasAcceptedExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return acceptedExtensions.some((extension) => lower.endsWith(extension));
}

export interface UploadRequest {
  file: File;
  /** Only an admin names it; staff import for their own agency. */
  agencyCode: string | null;
  csrfToken: string | null;
  locale: Locale;
  /** Fraction of the file sent, 0 to 1. */
  onProgress?(fraction: number): void;
}

export interface UploadResult {
  job: ImportJob;
  /** 200: the same file was committed before and nothing changed; 202: a new job. */
  alreadyImported: boolean;
}

/**
 * POST /imports as multipart. XMLHttpRequest rather than fetch: fetch cannot report how much of a
 * 100 MB file has gone, and a bar that does not move for a minute looks like a hung page.
 */
export function uploadImport({ file, agencyCode, csrfToken, locale, onProgress }: UploadRequest): Promise<UploadResult> {
  const form = new FormData();
  if (agencyCode) form.append('agencyCode', agencyCode);
  // Last, so a server that streams the parts knows the agency before the bytes arrive.
  form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}/imports`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', locale);
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new NetworkError(new Error('upload failed')));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      let body: unknown = undefined;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const job = body as ImportJob;
        resolve({ job, alreadyImported: xhr.status === 200 || job.alreadyImported === true });
        return;
      }
      reject(new ApiError(toProblem(body, xhr.status, xhr.statusText || `HTTP ${xhr.status}`)));
    };
    xhr.send(form);
  });
}
