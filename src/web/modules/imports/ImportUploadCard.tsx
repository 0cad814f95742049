import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../auth/useSession.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { useErrorMessage } from '../../components/ErrorNotice.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useAgencies } from '../reference/reference-queries.ts';
import { ImportProgressBar } from './ImportProgress.tsx';
import { useUploadImport } from './imports-queries.ts';
import { acceptedExtensions, hasAcceptedExtension, IMPORT_MAX_BYTES, IMPORT_MAX_MB } from './imports-upload.ts';
import { UploadIcon } from './UploadIcon.tsx';

export interface ImportJobLocationState {
  /** The server answered 200: this very file was imported before, and nothing changed. */
  alreadyImported?: boolean;
}

/** Chooses (or takes a dropped) spreadsheet, checks what can be checked here, and uploads it. */
export function ImportUploadCard() {
  const { t, fmt, locale } = useI18n();
  const navigate = useNavigate();
  const { session } = useSession();
  const agencies = useAgencies();
  const upload = useUploadImport();
  const messageOf = useErrorMessage();
  const inputId = useId();
  // An admin has no agency of their own and names the one the people are imported for.
  const needsAgency = session?.user.role === 'admin' && !session.user.agencyCode;
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [agencyCode, setAgencyCode] = useState('');
  const [agencyError, setAgencyError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [sent, setSent] = useState(0);

  const checkFile = (candidate: File | null): string | null => {
    if (!candidate) return t('imports.upload.noFile');
    if (!hasAcceptedExtension(candidate.name)) return t('imports.upload.wrongType');
    if (candidate.size === 0) return t('imports.upload.empty');
    if (candidate.size > IMPORT_MAX_BYTES) return t('imports.upload.tooLarge', { max: IMPORT_MAX_MB, size: fmt.decimal(candidate.size / 1024 / 1024, 1) });
    return null;
  };

  const choose = (candidate: File | null) => {
    upload.reset();
    setFile(candidate);
    setFileError(candidate ? checkFile(candidate) : null);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files.item(0);
    if (dropped) choose(dropped);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problem = checkFile(file);
    const agencyProblem = needsAgency && !agencyCode ? t('imports.upload.agencyRequired') : null;
    setFileError(problem);
    setAgencyError(agencyProblem);
    if (problem || agencyProblem || !file) return;
    setSent(0);
    upload.mutate(
      { file, agencyCode: needsAgency ? agencyCode : null, onProgress: setSent },
      {
        onSuccess: ({ job, alreadyImported }) => {
          const state: ImportJobLocationState = { alreadyImported };
          void navigate(`/imports/${job.id}`, { state });
        },
      },
    );
  };

  const dropClass = ['import-drop', dragging ? 'import-drop-active' : '', fileError ? 'import-drop-invalid' : ''].filter(Boolean).join(' ');
  return (
    <Card title={t('imports.upload.title')}>
      <form className="import-upload" onSubmit={onSubmit} noValidate>
        <div
          className={dropClass}
          onDragEnter={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragOver={(event) => event.preventDefault()}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <UploadIcon />
          <label className="field-label" htmlFor={inputId}>
            {t('imports.upload.fileLabel')}
          </label>
          <input
            id={inputId}
            type="file"
            className="import-file-input"
            accept={[...acceptedExtensions, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'].join(',')}
            aria-describedby={`${inputId}-hint${fileError ? ` ${inputId}-error` : ''}`}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => choose(event.target.files?.item(0) ?? null)}
          />
          <p className="field-hint" id={`${inputId}-hint`}>
            {t('imports.upload.hint', { max: IMPORT_MAX_MB })}
          </p>
          {file && !fileError && (
            <p className="import-file-chosen">
              <bdi>{file.name}</bdi> <span className="subtle num">({t('imports.sizeMb', { size: fmt.decimal(file.size / 1024 / 1024, 2) })})</span>
            </p>
          )}
          {fileError && (
            <p className="field-error" id={`${inputId}-error`}>
              {fileError}
            </p>
          )}
        </div>
        {needsAgency && (
          <SelectField
            label={t('imports.upload.agency')}
            value={agencyCode}
            onChange={(value) => {
              setAgencyCode(value);
              setAgencyError(null);
            }}
            emptyLabel={t('residents.choose')}
            options={namedOptions(agencies.data, locale)}
            hint={t('imports.upload.agencyHint')}
            error={agencyError}
            required
          />
        )}
        {upload.isError && (
          <Alert tone="danger" title={t('imports.upload.refused')}>
            {messageOf(upload.error)}
          </Alert>
        )}
        {upload.isPending && <ImportProgressBar label={t('imports.upload.sending')} value={sent} total={1} valueText={fmt.percent(sent)} />}
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={upload.isPending}>
            <UploadIcon />
            {t('imports.upload.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
