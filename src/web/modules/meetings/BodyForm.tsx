import type { ReactNode } from 'react';
import { bodyKinds, bodyLevels, type BodyLevel } from '../../../modules/meetings/meetings.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { ZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useAgencies, useCounties, useProvinces } from '../reference/reference-queries.ts';
import { CheckboxGrid } from '../users/CheckboxGrid.tsx';
import type { BodyFormValues } from './body-form-values.ts';

interface BodyFormProps<Out> {
  form: ZodForm<BodyFormValues, Out>;
  /** A body's level and place are chosen once, at creation. */
  mode: 'create' | 'edit';
  onSubmit(body: Out): void;
  onCancel(): void;
  saving: boolean;
  banner?: ReactNode;
}

/** Name, kind, place, chair, secretary and member agencies of a headquarters or working group. */
export function BodyForm<Out>({ form, mode, onSubmit, onCancel, saving, banner }: BodyFormProps<Out>) {
  const { t, locale } = useI18n();
  const { values } = form;
  const provinces = useProvinces();
  const counties = useCounties(values.provinceCode || undefined);
  const agencies = useAgencies();
  const toggleMember = (code: string, on: boolean) =>
    form.setValue('memberAgencyCodes', on ? [...new Set([...values.memberAgencyCodes, code])] : values.memberAgencyCodes.filter((c) => c !== code));

  return (
    <form className="body-form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label={mode === 'create' ? t('bodies.createTitle') : t('bodies.editTitle')}>
      {banner}
      {form.submitFailed && <Alert tone="danger">{t('common.fixErrors')}</Alert>}
      <div className="form-grid">
        <TextField label={t('bodies.name')} {...form.field('nameFa')} required persian maxLength={200} className="field-wide" placeholder={t('bodies.namePlaceholder')} />
        <SelectField
          label={t('bodies.kind')}
          {...form.field('kind')}
          onChange={(kind) => form.setValue('kind', kind as BodyFormValues['kind'])}
          emptyLabel={t('meetings.choose')}
          options={bodyKinds.map((kind) => ({ value: kind, label: t(`bodies.kinds.${kind}`) }))}
          required
        />
        {mode === 'create' && (
          <>
            <SelectField
              label={t('bodies.level')}
              value={values.level}
              error={form.errorOf('level')}
              onChange={(level) => {
                form.setValue('level', level as BodyLevel | '');
                if (level === 'national') form.setValue('provinceCode', '');
                if (level !== 'county') form.setValue('countyCode', '');
              }}
              options={bodyLevels.map((level) => ({ value: level, label: t(`bodies.levels.${level}`) }))}
              required
            />
            {values.level !== 'national' && (
              <SelectField
                label={t('bodies.province')}
                value={values.provinceCode}
                error={form.errorOf('provinceCode')}
                onChange={(provinceCode) => {
                  form.setValue('provinceCode', provinceCode);
                  form.setValue('countyCode', '');
                }}
                onBlur={() => form.touch('provinceCode')}
                emptyLabel={t('meetings.choose')}
                options={namedOptions(provinces.data, locale)}
                required
              />
            )}
            {values.level === 'county' && (
              <SelectField
                label={t('bodies.county')}
                {...form.field('countyCode')}
                emptyLabel={values.provinceCode ? t('meetings.choose') : t('bodies.chooseProvinceFirst')}
                options={namedOptions(counties.data, locale)}
                disabled={!values.provinceCode}
                required
              />
            )}
          </>
        )}
        <TextField label={t('bodies.chair')} {...form.field('chair')} persian maxLength={200} hint={t('bodies.chairHint')} />
        <TextField label={t('bodies.secretary')} {...form.field('secretary')} persian maxLength={200} />
      </div>
      <CheckboxGrid legend={t('bodies.members')} options={namedOptions(agencies.data, locale)} selected={values.memberAgencyCodes} onToggle={toggleMember} />
      {form.errorOf('memberAgencyCodes') && <p className="field-error">{form.errorOf('memberAgencyCodes')}</p>}
      <FormActions saving={saving} onCancel={onCancel} size="sm" submitLabel={mode === 'create' ? t('common.create') : undefined} />
    </form>
  );
}
