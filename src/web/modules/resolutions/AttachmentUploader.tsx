import { useId, useRef } from 'react';
import { useI18n } from '../../i18n/useI18n.ts';
import { useFileSize } from './resolution-names.ts';
import { ACCEPTED_ATTACHMENTS } from './upload.ts';
import type { UploadItem } from './useUploads.ts';

interface AttachmentUploaderProps {
  items: UploadItem[];
  slotsLeft: number;
  onAdd(files: File[]): void;
  onRemove(key: number): void;
  /** A problem with the attachments as a whole (from the form or the server). */
  error?: string | null;
  disabled?: boolean;
}

/** Choose files for a report; each shows its upload progress, then a tick or the server's refusal. */
export function AttachmentUploader({ items, slotsLeft, onAdd, onRemove, error, disabled }: AttachmentUploaderProps) {
  const { t, fmt } = useI18n();
  const fileSize = useFileSize();
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const input = useRef<HTMLInputElement>(null);

  return (
    <div className={error ? 'field field-invalid res-uploader' : 'field res-uploader'}>
      <span className="field-label">{t('resolutions.attachments')}</span>
      <div className="row">
        <input
          ref={input}
          id={inputId}
          type="file"
          multiple
          accept={ACCEPTED_ATTACHMENTS}
          className="visually-hidden res-file-input"
          disabled={disabled || slotsLeft <= 0}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []).slice(0, Math.max(0, slotsLeft));
            if (files.length > 0) onAdd(files);
            // The same file may be chosen again after removing it.
            if (input.current) input.current.value = '';
          }}
        />
        {/* After the input, so the input's keyboard focus can show on the label (CSS: input:focus-visible + label). */}
        <label htmlFor={inputId} className={disabled || slotsLeft <= 0 ? 'btn btn-secondary btn-sm btn-disabled' : 'btn btn-secondary btn-sm'}>
          {t('resolutions.chooseFiles')}
        </label>
        <span className="field-hint" id={hintId}>
          {t('resolutions.attachmentsHint', { count: slotsLeft > 0 ? slotsLeft : 0 })}
        </span>
      </div>
      {items.length > 0 && (
        <ul className="res-upload-list" aria-live="polite">
          {items.map((item) => (
            <li key={item.key} className={`res-upload res-upload-${item.state}`}>
              <span className="res-upload-name" dir="auto">
                {item.fileName}
              </span>
              <span className="subtle num">{fileSize(item.sizeBytes)}</span>
              {item.state === 'uploading' && (
                <span className="res-progress">
                  <span className="res-progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(item.progress * 100)} aria-label={t('resolutions.uploading', { name: item.fileName })}>
                    <span className="res-progress-fill" style={{ inlineSize: `${Math.round(item.progress * 100)}%` }} />
                  </span>
                  <span className="num">{fmt.percent(item.progress)}</span>
                </span>
              )}
              {item.state === 'done' && <span className="res-upload-ok">{t('resolutions.uploaded')}</span>}
              {item.state === 'failed' && (
                <span className="res-upload-error" role="alert">
                  {item.error}
                </span>
              )}
              <button type="button" className="btn btn-ghost btn-sm btn-danger-text" onClick={() => onRemove(item.key)} aria-label={t('resolutions.removeFile', { name: item.fileName })}>
                {item.state === 'uploading' ? t('resolutions.cancelUpload') : t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
