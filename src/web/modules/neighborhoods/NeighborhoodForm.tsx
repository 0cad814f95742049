import { useCallback, type ReactNode } from 'react';
import { createNeighborhoodBodySchema, fabrics, neighborhoodStatuses, severities, type CreateNeighborhoodBody } from '../../../modules/geography/geography.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { ZodForm } from '../../forms/useZodForm.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useAgencies, useCities, useCounties, useProvinces } from '../reference/reference-queries.ts';
import { neighborhoodInput, type NeighborhoodFormValues } from './neighborhood-form-values.ts';
import { FormActions } from '../../components/FormActions.tsx';

export type NeighborhoodFormController = ZodForm<NeighborhoodFormValues, CreateNeighborhoodBody>;

/** The form state, validated by the server's create schema as the user types. */
export function useNeighborhoodForm(initialValues: NeighborhoodFormValues): NeighborhoodFormController {
  const toInput = useCallback(neighborhoodInput, []);
  return useZodForm({ initialValues, schema: createNeighborhoodBodySchema, toInput });
}

interface NeighborhoodFormProps {
  form: NeighborhoodFormController;
  onSubmit(body: CreateNeighborhoodBody): void;
  onCancel(): void;
  saving: boolean;
  /** A message above the form (a failed save, an edit conflict). */
  banner?: ReactNode;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>{title}</legend>
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}

/** Every field of a neighbourhood, with cascading place selects and inline errors. */
export function NeighborhoodForm({ form, onSubmit, onCancel, saving, banner }: NeighborhoodFormProps) {
  const { t, locale } = useI18n();
  const { values } = form;
  const provinces = useProvinces();
  const counties = useCounties(values.provinceCode || undefined);
  const cities = useCities(values.provinceCode || undefined, values.countyCode || undefined);
  const agencies = useAgencies();


  return (
    <form className="record-form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {banner}
      {form.submitFailed && <Alert tone="danger">{t('common.fixErrors')}</Alert>}
      <Section title={t('nbh.sectionIdentity')}>
        <TextField label={t('nbh.code')} {...form.field('code')} ltr required hint={t('nbh.codeHint')} maxLength={30} />
        <TextField label={t('nbh.nameFa')} {...form.field('nameFa')} required persian maxLength={120} />
        <TextField label={t('nbh.nameEn')} {...form.field('nameEn')} ltr maxLength={120} />
      </Section>
      <Section title={t('nbh.sectionPlace')}>
        <SelectField
          label={t('nbh.province')}
          value={values.provinceCode}
          emptyLabel={t('nbh.choose')}
          options={namedOptions(provinces.data, locale)}
          onChange={(provinceCode) => {
            form.setValue('provinceCode', provinceCode);
            form.setValue('countyCode', '');
            form.setValue('cityCode', '');
          }}
          required
        />
        <SelectField
          label={t('nbh.county')}
          value={values.countyCode}
          emptyLabel={values.provinceCode ? t('nbh.choose') : t('nbh.chooseProvinceFirst')}
          options={namedOptions(counties.data, locale)}
          disabled={!values.provinceCode}
          onChange={(countyCode) => {
            form.setValue('countyCode', countyCode);
            form.setValue('cityCode', '');
          }}
          required
        />
        <SelectField
          label={t('nbh.city')}
          {...form.field('cityCode')}
          emptyLabel={values.countyCode ? t('nbh.choose') : t('nbh.chooseCountyFirst')}
          options={namedOptions(cities.data, locale)}
          disabled={!values.countyCode}
          required
        />
      </Section>
      <Section title={t('nbh.sectionFigures')}>
        <NumberField label={t('nbh.population')} {...form.field('population')} required />
        <NumberField label={t('nbh.households')} {...form.field('households')} required />
        <NumberField label={t('nbh.areaHectares')} {...form.field('areaHectares')} decimal />
        <SelectField label={t('nbh.fabric')} {...form.field('fabric')} emptyLabel={t('nbh.choose')} options={fabrics.map((value) => ({ value, label: t(`fabric.${value}`) }))} required />
        <SelectField label={t('nbh.severity')} {...form.field('severity')} emptyLabel={t('nbh.choose')} options={severities.map((value) => ({ value, label: t(`severity.${value}`) }))} required />
        <SelectField label={t('nbh.status')} {...form.field('status')} options={neighborhoodStatuses.map((value) => ({ value, label: t(`status.${value}`) }))} required />
        <SelectField label={t('nbh.steward')} {...form.field('stewardAgencyCode')} emptyLabel={t('nbh.noSteward')} options={namedOptions(agencies.data, locale)} />
      </Section>
      <Section title={t('nbh.sectionLocation')}>
        <NumberField label={t('nbh.latitude')} {...form.field('latitude')} decimal hint={t('nbh.coordinatesHint')} />
        <NumberField label={t('nbh.longitude')} {...form.field('longitude')} decimal />
      </Section>
      <Section title={t('nbh.sectionProfile')}>
        <TextAreaField label={t('nbh.profile')} {...form.field('profile')} rows={8} className="field-wide" persian />
      </Section>
      <FormActions saving={saving} onCancel={onCancel} />
    </form>
  );
}
