import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import '../../styles/imports.css';
import { residentKeys } from '../residents/residents-queries.ts';
import { ImportCancelled, ImportCommitted, ImportFailed } from './ImportFinished.tsx';
import { ImportMappingForm } from './ImportMappingForm.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { ImportReview } from './ImportReview.tsx';
import { ImportStatusBadge } from './ImportStatusBadge.tsx';
import type { ImportJobLocationState } from './ImportUploadCard.tsx';
import { useImportJob } from './imports-queries.ts';
import type { ImportJob } from './imports-types.ts';

/** One import, whatever stage it is at: reading, mapping, the dry run, committing, done. */
export function ImportJobPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const location = useLocation();
  const job = useImportJob(id);
  const alreadyImported = job.data?.alreadyImported === true || (location.state as ImportJobLocationState | null)?.alreadyImported === true;
  useRegistryRefreshOnCommit(job.data);

  const breadcrumbs = [
    { label: t('nav.persons'), to: '/persons' },
    { label: t('nav.imports'), to: '/imports' },
  ];
  if (job.isPending && job.fetchStatus !== 'idle') return <Spinner label={t('app.loading')} />;
  if (!job.data) {
    return (
      <div className="page">
        <PageHeader title={t('imports.jobTitle')} breadcrumbs={breadcrumbs} />
        {job.isError ? <ErrorNotice error={job.error} onRetry={() => void job.refetch()} /> : <p>{t('app.notFound')}</p>}
      </div>
    );
  }
  const data = job.data;
  return (
    <div className="page">
      <PageHeader title={<bdi>{data.fileName}</bdi>} subtitle={<JobSubtitle job={data} />} breadcrumbs={breadcrumbs} />
      {/* A failed poll keeps the last answer on screen, with a note. */}
      {job.isError && <ErrorNotice error={job.error} onRetry={() => void job.refetch()} />}
      <JobStage job={data} alreadyImported={alreadyImported} />
    </div>
  );
}

function JobStage({ job, alreadyImported }: { job: ImportJob; alreadyImported: boolean }) {
  switch (job.status) {
    case 'analysing':
    case 'committing':
      return <ImportProgress job={job} />;
    case 'needs_mapping':
      return <ImportMappingForm key={job.version} job={job} />;
    case 'analysed':
      return <ImportReview key={job.version} job={job} />;
    case 'committed':
      return <ImportCommitted job={job} alreadyImported={alreadyImported} />;
    case 'failed':
      return <ImportFailed job={job} />;
    case 'cancelled':
      return <ImportCancelled />;
  }
}

function JobSubtitle({ job }: { job: ImportJob }) {
  const { t, fmt } = useI18n();
  return (
    <span className="import-job-meta">
      <ImportStatusBadge status={job.status} />
      <span>{t('imports.uploadedAt', { date: fmt.dateTime(job.createdAt) })}</span>
      <span className="num">{t('imports.sizeMb', { size: fmt.decimal(job.fileSize / 1024 / 1024, 2) })}</span>
    </span>
  );
}

/** When a commit this page watched ends, the registry's lists and counts cached earlier are out of date. */
function useRegistryRefreshOnCommit(job: ImportJob | undefined) {
  const queryClient = useQueryClient();
  const previous = useRef(job?.status);
  useEffect(() => {
    if (previous.current === 'committing' && job?.status === 'committed') void queryClient.invalidateQueries({ queryKey: residentKeys.all });
    previous.current = job?.status;
  }, [job?.status, queryClient]);
}
