import { useNavigate, useSearchParams } from 'react-router';
import { createHouseholdBodySchema, type CreateHouseholdBody } from '../../../modules/residents/residents.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useToast } from '../../components/useToast.ts';
import { useFormFailure } from '../../forms/useFormFailure.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import '../../styles/residents.css';
import { useNeighborhood } from '../neighborhoods/neighborhood-queries.ts';
import { createHouseholdInput, emptyHouseholdValues } from './household-form-values.ts';
import { HouseholdFields } from './HouseholdFields.tsx';
import { NeighborhoodField } from './NeighborhoodField.tsx';
import { FormSection } from './PersonFields.tsx';
import { useCreateHousehold } from './residents-queries.ts';

/**
 * A new household (/households/new?neighborhood=ID, reached from a neighbourhood's page): where it
 * lives and its circumstances. Its members are added next, from the household's page.
 */
export function HouseholdCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const toast = useToast();
  const [searchParams] = useSearchParams();
  const from = searchParams.get('neighborhood') ?? '';
  const neighborhoodId = /^[1-9]\d{0,9}$/.test(from) ? from : '';
  const neighborhood = useNeighborhood(neighborhoodId ? Number(neighborhoodId) : 0);
  const form = useZodForm({ initialValues: emptyHouseholdValues(neighborhoodId), schema: createHouseholdBodySchema, toInput: createHouseholdInput });
  const create = useCreateHousehold();
  const { failure, report, clear } = useFormFailure(form);

  const onSubmit = (body: CreateHouseholdBody) => {
    clear();
    create.mutate(body, {
      onSuccess: (household) => {
        toast.success(t('residents.householdCreated'));
        void navigate(`/households/${household.id}`);
      },
      onError: report,
    });
  };

  const breadcrumbs = [{ label: t('nav.persons'), to: '/persons' }];
  if (neighborhood.data) breadcrumbs.push({ label: neighborhood.data.nameFa, to: `/neighborhoods/${neighborhood.data.id}` });

  return (
    <div className="page page-narrow">
      <PageHeader title={t('residents.newHouseholdTitle')} breadcrumbs={breadcrumbs} />
      <form className="record-form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
        {failure && <Alert tone="danger">{failure}</Alert>}
        {form.submitFailed && <Alert tone="danger">{t('common.fixErrors')}</Alert>}
        <FormSection title={t('residents.sectionHouseholdDetails')}>
          <div className="field-wide">
            <NeighborhoodField value={form.values.neighborhoodId} onChange={(id) => form.setValue('neighborhoodId', id)} error={form.errorOf('neighborhoodId')} />
          </div>
          <HouseholdFields form={form} />
        </FormSection>
        <p className="subtle residents-note">{t('residents.newHouseholdNext')}</p>
        <FormActions saving={create.isPending} onCancel={() => void navigate(-1)} submitLabel={t('residents.createHousehold')} />
      </form>
    </div>
  );
}
