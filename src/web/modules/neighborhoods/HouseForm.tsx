import { useCallback, type FormEvent } from 'react';
import { createHouseBodySchema } from '../../../modules/geography/geography.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { JalaliDateField } from '../../components/JalaliDateField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useToast } from '../../components/useToast.ts';
import { useFormFailure } from '../../forms/useFormFailure.ts';
import { useZodForm, type FormInput } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useAgencies } from '../reference/reference-queries.ts';
import { useCreateHouse } from './neighborhood-queries.ts';
import { FormActions } from '../../components/FormActions.tsx';

interface HouseValues {
  agencyCode: string;
  nameFa: string;
  address: string;
  phone: string;
  openedOn: string | null;
}

const initialValues: HouseValues = { agencyCode: '', nameFa: '', address: '', phone: '', openedOn: null };

function houseInput(values: HouseValues): FormInput {
  return { input: { ...values }, errors: values.agencyCode ? [] : [{ path: 'agencyCode', code: 'field.required' }] };
}

/** Adds a house to a neighbourhood; the opening date is picked in the Jalali calendar. */
export function HouseForm({ neighborhoodId, onDone }: { neighborhoodId: number; onDone(): void }) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const agencies = useAgencies();
  const create = useCreateHouse(neighborhoodId);
  const toInput = useCallback(houseInput, []);
  const form = useZodForm({ initialValues, schema: createHouseBodySchema, toInput });
  const { failure, report, clear } = useFormFailure(form);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = form.submit();
    if (!result.ok) return;
    clear();
    create.mutate(result.data, {
      onSuccess: () => {
        toast.success(t('house.created'));
        onDone();
      },
      onError: report,
    });
  };

  return (
    <form className="house-form" onSubmit={onSubmit} noValidate aria-label={t('house.addTitle')}>
      <h3>{t('house.addTitle')}</h3>
      {failure && <Alert tone="danger">{failure}</Alert>}
      <div className="form-grid">
        <SelectField
          label={t('house.agency')}
          {...form.field('agencyCode')}
          emptyLabel={t('nbh.choose')}
          options={namedOptions(agencies.data, locale)}
          required
        />
        <TextField label={t('house.name')} {...form.field('nameFa')} required persian maxLength={160} />
        <TextField label={t('house.address')} {...form.field('address')} persian maxLength={500} />
        <TextField label={t('house.phone')} {...form.field('phone')} type="tel" inputMode="tel" ltr maxLength={40} />
        <JalaliDateField label={t('house.openedOn')} {...form.field('openedOn')} />
      </div>
      <FormActions saving={create.isPending} onCancel={onDone} size="sm" />
    </form>
  );
}
