import { tenures } from '../../../modules/residents/residents.schemas.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { ZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { deciles, type HouseholdFormValues } from './household-form-values.ts';

/** Address, tenure and welfare decile: the fields a household is created and edited with. */
export function HouseholdFields<V extends HouseholdFormValues, Out>({ form }: { form: ZodForm<V, Out> }) {
  const { t, fmt } = useI18n();
  return (
    <>
      <TextField label={t('residents.address')} {...form.field('address')} persian maxLength={500} className="field-wide" autoComplete="off" />
      <SelectField
        label={t('residents.tenure')}
        {...form.field('tenure')}
        emptyLabel={t('residents.unknown')}
        options={tenures.map((value) => ({ value, label: t(`residents.tenure.${value}`) }))}
      />
      <SelectField
        label={t('residents.welfareDecile')}
        {...form.field('welfareDecile')}
        emptyLabel={t('residents.unknown')}
        options={deciles.map((value) => ({ value, label: t('residents.decileOption', { decile: fmt.digits(value) }) }))}
        hint={t('residents.welfareDecileHint')}
      />
    </>
  );
}
