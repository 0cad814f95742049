import type { Attachment } from '../../../modules/meetings/resolutions.schemas.ts';
import { API_BASE } from '../../api/client.ts';
import { ApiError, NetworkError, toProblem } from '../../api/problem.ts';
import type { Locale } from '../../i18n/locale.ts';

/** The server's limit for one attachment (POST /attachments answers 413 above it). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** What the server accepts; the file chooser offers these first, the server has the last word. */
export const ACCEPTED_ATTACHMENTS = '.pdf,.png,.jpg,.jpeg,.webp,.gif,.docx,.xlsx,.pptx,.doc,.xls,.odt,.ods';

interface UploadOptions {
  /** The session's CSRF token: uploads are writes (api/client.ts keeps its copy private). */
  csrfToken: string | null;
  locale: Locale;
  /** 0 … 1 as the bytes go out. */
  onProgress(fraction: number): void;
}

export interface Upload {
  done: Promise<Attachment>;
  abort(): void;
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends one file to POST /attachments as multipart field `file`. XMLHttpRequest rather than
 * fetch because only it reports upload progress. Failures reject with the same errors as the
 * JSON client (ApiError with the server's problem, NetworkError); an abort rejects with AbortError.
 */
export function uploadFile(file: File, { csrfToken, locale, onProgress }: UploadOptions): Upload {
  const request = new XMLHttpRequest();
  const done = new Promise<Attachment>((resolve, reject) => {
    request.open('POST', `${API_BASE}/attachments`);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', locale);
    if (csrfToken) request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve(body as Attachment);
        return;
      }
      reject(new ApiError(toProblem(body, request.status, request.statusText || `HTTP ${request.status}`)));
    };
    request.onerror = () => reject(new NetworkError(new Error('upload failed')));
    request.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
  return { done, abort: () => request.abort() };
}
