import { useMemo, useState } from 'react';
import { moveHouseholdBodySchema, type Household, type MoveHouseholdBody } from '../../../modules/residents/residents.schemas.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { JalaliDateField } from '../../components/JalaliDateField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useToast } from '../../components/useToast.ts';
import { useFormFailure } from '../../forms/useFormFailure.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { emptyMoveValues, moveHouseholdInput } from './household-form-values.ts';
import { NeighborhoodField } from './NeighborhoodField.tsx';
import { isVersionConflict, useMoveHousehold } from './residents-queries.ts';
import { SaveProblems } from './SaveProblems.tsx';

interface HouseholdMoveFormProps {
  household: Household;
  onDone(): void;
  onReload(): void;
}

/** Moves the household (and its members) to another neighbourhood on a Jalali date; the move is kept in its history. */
export function HouseholdMoveForm({ household, onDone, onReload }: HouseholdMoveFormProps) {
  const { t } = useI18n();
  const toast = useToast();
  const initialValues = useMemo(emptyMoveValues, []);
  const toInput = useMemo(() => moveHouseholdInput(household), [household]);
  const form = useZodForm({ initialValues, schema: moveHouseholdBodySchema, toInput });
  const move = useMoveHousehold(household.id);
  const { failure, report, clear } = useFormFailure(form);
  const [conflict, setConflict] = useState(false);

  const onSubmit = (body: MoveHouseholdBody) => {
    clear();
    setConflict(false);
    move.mutate(body, {
      onSuccess: (moved) => {
        toast.success(t('residents.moved', { neighborhood: moved.neighborhoodNameFa }));
        onDone();
      },
      onError: (error) => {
        if (isVersionConflict(error)) setConflict(true);
        else report(error);
      },
    });
  };

  return (
    <form className="record-form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <SaveProblems conflict={conflict} conflictMessage={t('residents.householdConflict')} onReload={onReload} failure={failure} submitFailed={form.submitFailed} />
      <p className="subtle residents-note">{t('residents.moveNote', { from: household.neighborhoodNameFa })}</p>
      <NeighborhoodField value={form.values.neighborhoodId} onChange={(id) => form.setValue('neighborhoodId', id)} error={form.errorOf('neighborhoodId')} hint={t('residents.moveToHint')} />
      <JalaliDateField label={t('residents.movedOn')} {...form.field('movedOn')} required />
      <TextField label={t('residents.newAddress')} {...form.field('address')} persian maxLength={500} hint={t('residents.newAddressHint')} autoComplete="off" />
      <FormActions saving={move.isPending} onCancel={onDone} size="sm" submitLabel={t('residents.moveSubmit')} />
    </form>
  );
}
