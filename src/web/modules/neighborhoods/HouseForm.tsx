import { useCallback, type FormEvent } from 'react';
import { createHouseBodySchema } from '../../../modules/geography/geography.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
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
          value={form.values.agencyCode}
          onChange={(value) => form.setValue('agencyCode', value)}
          onBlur={() => form.touch('agencyCode')}
          error={form.errorOf('agencyCode')}
          emptyLabel={t('nbh.choose')}
          options={namedOptions(agencies.data, locale)}
          required
        />
        <TextField label={t('house.name')} value={form.values.nameFa} onChange={(value) => form.setValue('nameFa', value)} onBlur={() => form.touch('nameFa')} error={form.errorOf('nameFa')} required persian maxLength={160} />
        <TextField label={t('house.address')} value={form.values.address} onChange={(value) => form.setValue('address', value)} onBlur={() => form.touch('address')} error={form.errorOf('address')} persian maxLength={500} />
        <TextField label={t('house.phone')} value={form.values.phone} onChange={(value) => form.setValue('phone', value)} onBlur={() => form.touch('phone')} error={form.errorOf('phone')} type="tel" inputMode="tel" ltr maxLength={40} />
        <JalaliDateField label={t('house.openedOn')} value={form.values.openedOn} onChange={(value) => form.setValue('openedOn', value)} onBlur={() => form.touch('openedOn')} error={form.errorOf('openedOn')} />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" size="sm" busy={create.isPending}>
          {t('common.save')}
        </Button>
        <Button size="sm" onClick={onDone} disabled={create.isPending}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
