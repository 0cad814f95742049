import type { ReactNode } from 'react';
import { roles, scopeLevels, type ScopeLevel } from '../../../lib/scope.ts';
import { Alert } from '../../components/Alert.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { ZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useAgencies } from '../reference/reference-queries.ts';
import { ScopePicker } from './ScopePicker.tsx';
import { rolesWithAgency, type UserFormValues } from './user-form-values.ts';
import { FormActions } from '../../components/FormActions.tsx';

interface UserFormProps<Out> {
  form: ZodForm<UserFormValues, Out>;
  mode: 'create' | 'edit';
  onSubmit(body: Out): void;
  onCancel(): void;
  saving: boolean;
  banner?: ReactNode;
}

/** Account, role, agency and scope of a user; the same form creates and edits. */
export function UserForm<Out>({ form, mode, onSubmit, onCancel, saving, banner }: UserFormProps<Out>) {
  const { t, locale } = useI18n();
  const agencies = useAgencies();
  const { values } = form;

  return (
    <form className="record-form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {banner}
      {form.submitFailed && <Alert tone="danger">{t('common.fixErrors')}</Alert>}
      <fieldset className="form-section">
        <legend>{t('users.sectionAccount')}</legend>
        <div className="form-grid">
          <TextField label={t('users.username')} {...form.field('username')} ltr required autoComplete="off" disabled={mode === 'edit'} maxLength={64} />
          <TextField label={t('users.displayName')} {...form.field('displayName')} required maxLength={120} />
          <TextField
            label={mode === 'create' ? t('users.password') : t('users.newPassword')}
            {...form.field('password')}
            type="password"
            ltr
            required={mode === 'create'}
            autoComplete="new-password"
            hint={mode === 'create' ? t('users.passwordHint') : t('users.newPasswordHint')}
          />
          {mode === 'edit' && <CheckboxField label={t('users.active')} checked={values.active} onChange={(active) => form.setValue('active', active)} />}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('users.sectionAccess')}</legend>
        <div className="form-grid">
          <SelectField
            label={t('users.role')}
            value={values.role}
            onChange={(role) => form.setValue('role', role as UserFormValues['role'])}
            onBlur={() => form.touch('role')}
            error={form.errorOf('role')}
            emptyLabel={t('nbh.choose')}
            options={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            required
          />
          <SelectField
            label={t('users.agency')}
            value={values.agencyCode}
            onChange={(agencyCode) => form.setValue('agencyCode', agencyCode)}
            onBlur={() => form.touch('agencyCode')}
            error={form.errorOf('agencyCode')}
            emptyLabel={t('users.noAgency')}
            options={namedOptions(agencies.data, locale)}
            required={values.role !== '' && rolesWithAgency.includes(values.role)}
          />
          <SelectField
            label={t('users.scopeLevel')}
            value={values.scopeLevel}
            onChange={(level) => {
              form.setValue('scopeLevel', level as ScopeLevel);
              form.setValue('scopeCodes', []);
            }}
            error={form.errorOf('scopeLevel')}
            options={scopeLevels.map((level) => ({ value: level, label: t(`scopeLevel.${level}`) }))}
            required
          />
        </div>
        <ScopePicker level={values.scopeLevel} codes={values.scopeCodes} onChange={(codes) => form.setValue('scopeCodes', codes)} error={form.errorOf('scopeCodes')} />
      </fieldset>
      <FormActions saving={saving} onCancel={onCancel} submitLabel={mode === 'create' ? t('common.create') : undefined} />
    </form>
  );
}
