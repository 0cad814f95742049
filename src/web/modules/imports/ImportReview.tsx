import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { API_BASE } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useErrorMessage } from '../../components/ErrorNotice.tsx';
import { DownloadIcon } from '../../components/icons.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { ImportCounts, ImportOutcomeChart } from './ImportCounts.tsx';
import { ImportMappingForm } from './ImportMappingForm.tsx';
import { ImportRowsTabs } from './ImportRowsTable.tsx';
import { importKeys, problemCode, useCancelImport, useCommitImport } from './imports-queries.ts';
import type { ImportJob } from './imports-types.ts';

/** The report's spreadsheet: the numbers and every refused row with its reason, to fix and import again. */
export function ReportLink({ jobId }: { jobId: string }) {
  const { t } = useI18n();
  return (
    <a className="btn btn-secondary" href={`${API_BASE}/imports/${jobId}/report.xlsx`} download>
      <DownloadIcon />
      {t('imports.report.download')}
    </a>
  );
}

/**
 * The dry run: what committing would do, row by row, before anything is written. Committing with
 * refused rows needs a second, explicit yes, which tells the server to skip them.
 */
export function ImportReview({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const commit = useCommitImport(job.id);
  const cancel = useCancelImport(job.id);
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<'commit' | 'cancel' | null>(null);
  const [remapping, setRemapping] = useState(false);
  const { counts } = job;
  const importable = counts.rows - counts.rejected;

  const sendCommit = (skipRejected: boolean) =>
    commit.mutate(
      { version: job.version, skipRejected },
      {
        onSuccess: () => setConfirming(null),
        onError: (error) => {
          // Someone (another tab) changed the job: load what it is now, and say so.
          if (problemCode(error) === 'record.version_conflict' || problemCode(error) === 'import.not_ready') void queryClient.invalidateQueries({ queryKey: importKeys.job(job.id) });
        },
      },
    );
  const onCommit = () => {
    commit.reset();
    if (counts.rejected > 0) setConfirming('commit');
    else sendCommit(false);
  };

  if (remapping) return <ImportMappingForm job={job} onClose={() => setRemapping(false)} />;
  return (
    <>
      <Card
        title={t('imports.review.title')}
        actions={
          <>
            <ReportLink jobId={job.id} />
            <Button size="sm" variant="ghost" onClick={() => setRemapping(true)}>
              {t('imports.review.remap')}
            </Button>
          </>
        }
      >
        <div className="stack">
          <p className="subtle">{t('imports.review.intro')}</p>
          <ImportCounts counts={counts} />
          {counts.rows > 0 && <ImportOutcomeChart counts={counts} />}
          {counts.rejected > 0 && <Alert tone="warning">{t('imports.review.rejectedNote', { count: counts.rejected })}</Alert>}
          {importable === 0 && <Alert tone="danger">{t('imports.review.nothingToImport')}</Alert>}
          {commit.isError && confirming === null && <Alert tone="danger">{messageOf(commit.error)}</Alert>}
          {cancel.isError && <Alert tone="danger">{messageOf(cancel.error)}</Alert>}
          <div className="form-actions">
            <Button variant="danger" onClick={() => setConfirming('cancel')} disabled={commit.isPending}>
              {t('imports.review.cancel')}
            </Button>
            <Button variant="primary" onClick={onCommit} busy={commit.isPending && confirming === null} disabled={importable === 0}>
              {t('imports.review.commit', { count: importable })}
            </Button>
          </div>
        </div>
      </Card>
      <Card title={t('imports.rows.title')} flush>
        <ImportRowsTabs jobId={job.id} counts={counts} />
      </Card>
      <ConfirmDialog
        isOpen={confirming === 'commit'}
        title={t('imports.commit.confirmTitle')}
        message={t('imports.commit.confirmSkip', { skipped: counts.rejected, count: importable })}
        confirmLabel={t('imports.commit.confirmLabel')}
        busy={commit.isPending}
        error={commit.isError ? messageOf(commit.error) : null}
        onConfirm={() => sendCommit(true)}
        onCancel={() => setConfirming(null)}
      />
      <ConfirmDialog
        isOpen={confirming === 'cancel'}
        title={t('imports.cancel.confirmTitle')}
        message={t('imports.cancel.confirmMessage')}
        confirmLabel={t('imports.cancel.confirmLabel')}
        danger
        busy={cancel.isPending}
        error={cancel.isError ? messageOf(cancel.error) : null}
        onConfirm={() => cancel.mutate(undefined, { onSuccess: () => setConfirming(null) })}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}
