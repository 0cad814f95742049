import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import type { CreateNeighborhoodBody, Neighborhood } from '../../../modules/geography/geography.schemas.ts';
import { ApiError } from '../../api/problem.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useToast } from '../../components/useToast.ts';
import { useFormFailure } from '../../forms/useFormFailure.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { changesFor, valuesFromNeighborhood } from './neighborhood-form-values.ts';
import { NeighborhoodForm, useNeighborhoodForm } from './NeighborhoodForm.tsx';
import { neighborhoodKeys, useNeighborhood, useUpdateNeighborhood } from './neighborhood-queries.ts';

export function NeighborhoodEditPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const neighborhood = useNeighborhood(id);
  if (neighborhood.isPending) return <Spinner label={t('app.loading')} />;
  if (neighborhood.isError) return <ErrorNotice error={neighborhood.error} onRetry={() => void neighborhood.refetch()} />;
  // Keyed by version: loading a newer version starts the form afresh.
  return <EditForm key={neighborhood.data.version} original={neighborhood.data} />;
}

function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.problem.code === 'record.version_conflict';
}

function EditForm({ original }: { original: Neighborhood }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const toast = useToast();
  const queryClient = useQueryClient();
  const form = useNeighborhoodForm(valuesFromNeighborhood(original, locale));
  const update = useUpdateNeighborhood(original.id);
  const { failure, report, clear } = useFormFailure(form);
  const name = locale === 'en' && original.nameEn ? original.nameEn : original.nameFa;
  const detailPath = `/neighborhoods/${original.id}`;

  const onSubmit = (body: CreateNeighborhoodBody) => {
    clear();
    update.mutate(changesFor(original, body), {
      onSuccess: () => {
        toast.success(t('nbh.saved'));
        void navigate(detailPath);
      },
      onError: report,
    });
  };

  const reload = () => void queryClient.invalidateQueries({ queryKey: neighborhoodKeys.detail(original.id) });

  let banner = null;
  if (isConflict(update.error)) {
    banner = (
      <Alert
        tone="warning"
        title={t('conflict.title')}
        actions={
          <Button variant="primary" size="sm" onClick={reload}>
            {t('conflict.reload')}
          </Button>
        }
      >
        {t('nbh.conflict')}
      </Alert>
    );
  } else if (failure) {
    banner = <Alert tone="danger">{failure}</Alert>;
  }

  return (
    <div className="page page-narrow">
      <PageHeader
        title={t('nbh.editTitle', { name })}
        breadcrumbs={[
          { label: t('nav.neighborhoods'), to: '/neighborhoods' },
          { label: name, to: detailPath },
        ]}
      />
      <NeighborhoodForm form={form} onSubmit={onSubmit} onCancel={() => void navigate(detailPath)} saving={update.isPending} banner={banner} />
    </div>
  );
}
