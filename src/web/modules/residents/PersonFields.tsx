import type { ReactNode } from 'react';
import {
  employmentStatuses,
  insuranceStatuses,
  missingIdReasons,
  relations,
  schoolingStatuses,
  sexes,
} from '../../../modules/residents/residents.schemas.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { JalaliDateField } from '../../components/JalaliDateField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { ZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import type { PersonFormValues } from './person-form-values.ts';

export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>{title}</legend>
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}

interface PersonFieldsProps<V extends PersonFormValues, Out> {
  form: ZodForm<V, Out>;
  /** Under the national ID field (e.g. "shown masked: type a new one to change it"). */
  nationalIdHint?: string;
  /** Editing a record whose ID the reader sees masked: left empty, the ID stays as it is. */
  nationalIdOptional?: boolean;
  /** Extra fields of the household section (the registration's case number). */
  householdExtra?: ReactNode;
}

/**
 * A person's fields, shared by registration and editing: the national ID or the reason there is
 * none, names, sex, Jalali birth date, place in the household, contact, and circumstances.
 */
export function PersonFields<V extends PersonFormValues, Out>({ form, nationalIdHint, nationalIdOptional = false, householdExtra }: PersonFieldsProps<V, Out>) {
  const { t } = useI18n();
  const options = <T extends string>(values: readonly T[], label: (value: T) => string) => values.map((value) => ({ value, label: label(value) }));
  const noId = form.values.noNationalId;

  return (
    <>
      <FormSection title={t('residents.sectionIdentity')}>
        <div className="field-wide residents-id-row">
          {noId ? (
            <SelectField
              label={t('residents.missingIdReason')}
              {...form.field('missingIdReason')}
              emptyLabel={t('residents.choose')}
              options={options(missingIdReasons, (v) => t(`residents.missingIdReason.${v}`))}
              hint={t('residents.missingIdHint')}
              required
            />
          ) : (
            <TextField
              label={t('residents.nationalId')}
              {...form.field('nationalId')}
              ltr
              inputMode="numeric"
              autoComplete="off"
              maxLength={20}
              hint={nationalIdHint ?? t('residents.nationalIdHint')}
              required={!nationalIdOptional}
            />
          )}
          <CheckboxField label={t('residents.noNationalIdCheck')} checked={noId} onChange={(checked) => form.setValue('noNationalId', checked as V['noNationalId'])} />
        </div>
        <TextField label={t('residents.firstName')} {...form.field('firstName')} required persian maxLength={80} autoComplete="off" />
        <TextField label={t('residents.lastName')} {...form.field('lastName')} required persian maxLength={80} autoComplete="off" />
        <TextField label={t('residents.fatherName')} {...form.field('fatherName')} persian maxLength={80} autoComplete="off" hint={noId ? t('residents.fatherNameMatchHint') : undefined} />
        <SelectField label={t('residents.sex')} {...form.field('sex')} emptyLabel={t('residents.choose')} options={options(sexes, (v) => t(`residents.sex.${v}`))} required />
        <JalaliDateField label={t('residents.birthDate')} {...form.field('birthDate')} hint={t('residents.birthDateHint')} />
      </FormSection>
      <FormSection title={t('residents.sectionHousehold')}>
        <SelectField label={t('residents.relation')} {...form.field('relation')} emptyLabel={t('residents.unknown')} options={options(relations, (v) => t(`residents.relation.${v}`))} />
        <TextField label={t('residents.phone')} {...form.field('phone')} type="tel" inputMode="tel" ltr maxLength={20} autoComplete="off" />
        {householdExtra}
      </FormSection>
      <FormSection title={t('residents.sectionCircumstances')}>
        <SelectField label={t('residents.schooling')} {...form.field('schooling')} emptyLabel={t('residents.unknown')} options={options(schoolingStatuses, (v) => t(`residents.schooling.${v}`))} />
        <SelectField label={t('residents.insurance')} {...form.field('insurance')} options={options(insuranceStatuses, (v) => t(`residents.insurance.${v}`))} />
        <SelectField label={t('residents.employment')} {...form.field('employment')} emptyLabel={t('residents.unknown')} options={options(employmentStatuses, (v) => t(`residents.employment.${v}`))} />
        <TextField label={t('residents.disability')} {...form.field('disability')} persian maxLength={200} hint={t('residents.disabilityHint')} />
        <TextAreaField label={t('residents.notes')} {...form.field('notes')} rows={3} className="field-wide" persian />
      </FormSection>
    </>
  );
}
