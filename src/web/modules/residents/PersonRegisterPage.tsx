import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { registerPersonBodySchema, type Household, type RegisterPersonBody } from '../../../modules/residents/residents.schemas.ts';
import { useSession } from '../../auth/useSession.ts';
import { Alert } from '../../components/Alert.tsx';
import { Card } from '../../components/Card.tsx';
import { DescriptionList } from '../../components/DescriptionList.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormFailure } from '../../forms/useFormFailure.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import '../../styles/residents.css';
import { namedOptions } from '../reference/options.ts';
import { useAgencies } from '../reference/reference-queries.ts';
import { NeighborhoodField } from './NeighborhoodField.tsx';
import { emptyRegisterValues, registerInput } from './person-form-values.ts';
import { FemaleHeadedBadge } from './PersonBadges.tsx';
import { FormSection, PersonFields } from './PersonFields.tsx';
import type { RegisterOutcomeState } from './RegisterOutcome.tsx';
import { useHousehold, useRegisterPerson } from './residents-queries.ts';

function idParam(value: string | null, pattern: RegExp): string {
  return value !== null && pattern.test(value) ? value : '';
}

/**
 * Registers a person for the user's agency (/persons/new?household=ID or ?neighborhood=ID). One
 * person per national ID in the country: someone already known is linked, not registered twice.
 */
export function PersonRegisterPage() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const householdId = idParam(searchParams.get('household'), /^\d{1,18}$/);
  const neighborhoodId = idParam(searchParams.get('neighborhood'), /^[1-9]\d{0,9}$/);
  const household = useHousehold(householdId);

  if (householdId && household.isPending) return <Spinner label={t('app.loading')} />;
  if (householdId && household.isError) return <ErrorNotice error={household.error} onRetry={() => void household.refetch()} />;
  return <RegisterForm household={householdId ? (household.data ?? null) : null} neighborhoodId={neighborhoodId} />;
}

function RegisterForm({ household, neighborhoodId }: { household: Household | null; neighborhoodId: string }) {
  const { t, fmt, locale } = useI18n();
  const navigate = useNavigate();
  const { session } = useSession();
  const agencies = useAgencies();
  // Staff register for their own agency; an admin without one names it.
  const needsAgency = session?.user.role === 'admin' && !session.user.agencyCode;
  const householdId = household?.id ?? null;
  const toInput = useMemo(() => registerInput({ householdId, needsAgency }), [householdId, needsAgency]);
  const form = useZodForm({ initialValues: emptyRegisterValues(neighborhoodId), schema: registerPersonBodySchema, toInput });
  const register = useRegisterPerson();
  const { failure, report, clear } = useFormFailure(form);

  const onSubmit = (body: RegisterPersonBody) => {
    clear();
    register.mutate(body, {
      onSuccess: (result) => {
        const state: RegisterOutcomeState = { outcome: result.outcome };
        void navigate(`/persons/${result.person.id}`, { state });
      },
      onError: report,
    });
  };

  const breadcrumbs = [{ label: t('nav.persons'), to: '/persons' }];
  if (household) breadcrumbs.push({ label: t('residents.householdOf', { name: household.headName ?? fmt.digits(household.id) }), to: `/households/${household.id}` });

  return (
    <div className="page page-narrow">
      <PageHeader title={household ? t('residents.addMemberTitle') : t('residents.registerTitle')} breadcrumbs={breadcrumbs} />
      {household && (
        <Card title={t('residents.joiningHousehold')}>
          <DescriptionList
            items={[
              { term: t('residents.head'), value: household.headName ? <span lang="fa">{household.headName}</span> : <span className="subtle">{t('residents.noHead')}</span> },
              { term: t('residents.neighborhood'), value: <Link to={`/neighborhoods/${household.neighborhoodId}`}>{household.neighborhoodNameFa}</Link> },
              { term: t('residents.address'), value: household.address ? <span lang="fa">{household.address}</span> : '—' },
              {
                term: t('residents.size'),
                value: (
                  <span className="row">
                    <span className="num">{t('residents.memberCount', { count: household.size })}</span>
                    {household.femaleHeaded && <FemaleHeadedBadge />}
                  </span>
                ),
              },
            ]}
          />
        </Card>
      )}
      <form className="record-form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
        <Alert tone="info">{t('residents.registerLinkNote')}</Alert>
        {failure && <Alert tone="danger">{failure}</Alert>}
        {form.submitFailed && <Alert tone="danger">{t('common.fixErrors')}</Alert>}
        <PersonFields
          form={form}
          householdExtra={
            !household && (
              <div className="field-wide">
                <NeighborhoodField
                  value={form.values.neighborhoodId}
                  onChange={(id) => form.setValue('neighborhoodId', id)}
                  error={form.errorOf('neighborhoodId')}
                  hint={t('residents.neighborhoodHint')}
                />
              </div>
            )
          }
        />
        <FormSection title={t('residents.sectionCase')}>
          <TextField label={t('residents.caseNumber')} {...form.field('caseNumber')} ltr maxLength={60} autoComplete="off" hint={t('residents.caseNumberHint')} />
          {needsAgency && (
            <SelectField
              label={t('residents.agency')}
              {...form.field('agencyCode')}
              emptyLabel={t('residents.choose')}
              options={namedOptions(agencies.data, locale)}
              hint={t('residents.agencyAdminHint')}
              required
            />
          )}
        </FormSection>
        <FormActions saving={register.isPending} onCancel={() => void navigate(-1)} submitLabel={t('residents.registerSubmit')} />
      </form>
    </div>
  );
}
