import { useNavigate, useSearchParams } from 'react-router';
import type { CreateNeighborhoodBody } from '../../../modules/geography/geography.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useToast } from '../../components/useToast.ts';
import { useFormFailure } from '../../forms/useFormFailure.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { emptyNeighborhoodValues } from './neighborhood-form-values.ts';
import { NeighborhoodForm, useNeighborhoodForm } from './NeighborhoodForm.tsx';
import { useCreateNeighborhood } from './neighborhood-queries.ts';

export function NeighborhoodCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const toast = useToast();
  const [searchParams] = useSearchParams();
  // Coming from a filtered list, start in its province.
  const form = useNeighborhoodForm({ ...emptyNeighborhoodValues, provinceCode: searchParams.get('province') ?? '' });
  const create = useCreateNeighborhood();
  const { failure, report, clear } = useFormFailure(form);

  const onSubmit = (body: CreateNeighborhoodBody) => {
    clear();
    create.mutate(body, {
      onSuccess: (saved) => {
        toast.success(t('nbh.created'));
        void navigate(`/neighborhoods/${saved.id}`);
      },
      onError: report,
    });
  };

  return (
    <div className="page page-narrow">
      <PageHeader title={t('nbh.createTitle')} breadcrumbs={[{ label: t('nav.neighborhoods'), to: '/neighborhoods' }]} />
      <NeighborhoodForm
        form={form}
        onSubmit={onSubmit}
        onCancel={() => void navigate(-1)}
        saving={create.isPending}
        banner={failure ? <Alert tone="danger">{failure}</Alert> : undefined}
      />
    </div>
  );
}
