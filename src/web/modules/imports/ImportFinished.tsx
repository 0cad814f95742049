import { Alert } from '../../components/Alert.tsx';
import { Card } from '../../components/Card.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { ImportCounts } from './ImportCounts.tsx';
import { ReportLink } from './ImportReview.tsx';
import type { ImportJob } from './imports-types.ts';

function StartAgain() {
  const { t } = useI18n();
  return (
    <LinkButton to="/imports" variant="primary">
      {t('imports.startAgain')}
    </LinkButton>
  );
}

/** A committed job: what was written. A re-upload of a committed file lands here too, saying that nothing changed. */
export function ImportCommitted({ job, alreadyImported }: { job: ImportJob; alreadyImported: boolean }) {
  const { t, fmt } = useI18n();
  return (
    <Card title={t('imports.committed.title')} actions={<ReportLink jobId={job.id} />}>
      <div className="stack">
        {alreadyImported ? (
          <Alert tone="info" title={t('imports.already.title')}>
            {t('imports.already.message', { date: fmt.date(job.committedAt ?? job.createdAt) })}
          </Alert>
        ) : (
          <Alert tone="success" title={t('imports.committed.done')}>
            {t('imports.committed.message', { date: fmt.dateTime(job.committedAt), count: job.counts.create + job.counts.link + job.counts.update })}
            {job.counts.rejected > 0 && ` ${t('imports.committed.skipped', { count: job.counts.rejected })}`}
          </Alert>
        )}
        <ImportCounts counts={job.counts} committed />
        <div className="form-actions">
          <LinkButton to="/imports">{t('imports.another')}</LinkButton>
          <LinkButton to="/persons" variant="primary">
            {t('imports.committed.toPersons')}
          </LinkButton>
        </div>
      </div>
    </Card>
  );
}

/** The server could not read or commit the file: its reason, and a way back to the upload. */
export function ImportFailed({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  return (
    <Card title={t('imports.failed.title')}>
      <div className="stack">
        <Alert tone="danger" title={t('imports.failed.title')}>
          {job.error?.message ?? t('imports.failed.unknown')}
        </Alert>
        <p className="subtle">{t('imports.failed.note')}</p>
        <div className="form-actions">
          <StartAgain />
        </div>
      </div>
    </Card>
  );
}

export function ImportCancelled() {
  const { t } = useI18n();
  return (
    <Card title={t('imports.status.cancelled')}>
      <div className="stack">
        <Alert tone="info">{t('imports.cancelled.message')}</Alert>
        <div className="form-actions">
          <StartAgain />
        </div>
      </div>
    </Card>
  );
}
