import { useMemo, useState } from 'react';
import { updateHouseholdBodySchema, type Household, type UpdateHouseholdBody } from '../../../modules/residents/residents.schemas.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useToast } from '../../components/useToast.ts';
import { useFormFailure } from '../../forms/useFormFailure.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { householdChanges, updateHouseholdInput, valuesFromHousehold } from './household-form-values.ts';
import { HouseholdFields } from './HouseholdFields.tsx';
import { fullName } from './PersonBadges.tsx';
import { isVersionConflict, useUpdateHousehold } from './residents-queries.ts';
import { SaveProblems } from './SaveProblems.tsx';

interface HouseholdEditFormProps {
  household: Household;
  onDone(): void;
  onReload(): void;
}

/** Address, tenure, decile, and the head chosen among the members (female-headed follows from the head). */
export function HouseholdEditForm({ household, onDone, onReload }: HouseholdEditFormProps) {
  const { t } = useI18n();
  const toast = useToast();
  const initialValues = useMemo(() => valuesFromHousehold(household), [household]);
  const toInput = useMemo(() => updateHouseholdInput(household.version), [household.version]);
  const form = useZodForm({ initialValues, schema: updateHouseholdBodySchema, toInput });
  const update = useUpdateHousehold(household.id);
  const { failure, report, clear } = useFormFailure(form);
  const [conflict, setConflict] = useState(false);

  const onSubmit = (body: UpdateHouseholdBody) => {
    clear();
    setConflict(false);
    const changes = householdChanges(household, body);
    if (Object.keys(changes).length === 1) {
      onDone();
      return;
    }
    update.mutate(changes, {
      onSuccess: () => {
        toast.success(t('residents.householdSaved'));
        onDone();
      },
      onError: (error) => {
        if (isVersionConflict(error)) setConflict(true);
        else report(error);
      },
    });
  };

  const memberOptions = household.members.map((member) => ({
    value: member.id,
    label: member.relation ? `${fullName(member)} (${t(`residents.relation.${member.relation}`)})` : fullName(member),
  }));

  return (
    <form className="record-form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <SaveProblems conflict={conflict} conflictMessage={t('residents.householdConflict')} onReload={onReload} failure={failure} submitFailed={form.submitFailed} />
      <div className="form-grid">
        <SelectField
          label={t('residents.head')}
          {...form.field('headPersonId')}
          emptyLabel={t('residents.noHead')}
          options={memberOptions}
          hint={household.members.length === 0 ? t('residents.headNeedsMembers') : t('residents.headHint')}
          disabled={household.members.length === 0}
        />
        <HouseholdFields form={form} />
      </div>
      <FormActions saving={update.isPending} onCancel={onDone} size="sm" />
    </form>
  );
}
