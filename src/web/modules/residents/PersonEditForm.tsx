import { useMemo, useState } from 'react';
import { updatePersonBodySchema, type Person, type UpdatePersonBody } from '../../../modules/residents/residents.schemas.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { useToast } from '../../components/useToast.ts';
import { useFormFailure } from '../../forms/useFormFailure.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { personChanges, updateInput, valuesFromPerson } from './person-form-values.ts';
import { PersonFields } from './PersonFields.tsx';
import { isVersionConflict, useUpdatePerson } from './residents-queries.ts';
import { SaveProblems } from './SaveProblems.tsx';

interface PersonEditFormProps {
  person: Person;
  onDone(): void;
  /** Fetches the record again (after someone else changed it). */
  onReload(): void;
}

/**
 * Corrects a person's record. Only what changed is sent, with the version loaded: if someone saved
 * meanwhile, the server answers 409 and the form offers the latest version.
 */
export function PersonEditForm({ person, onDone, onReload }: PersonEditFormProps) {
  const { t, fmt } = useI18n();
  const toast = useToast();
  const initialValues = useMemo(() => valuesFromPerson(person, fmt.digits), [person, fmt]);
  const toInput = useMemo(() => updateInput(person), [person]);
  const form = useZodForm({ initialValues, schema: updatePersonBodySchema, toInput });
  const update = useUpdatePerson(person.id);
  const { failure, report, clear } = useFormFailure(form);
  const [conflict, setConflict] = useState(false);
  const masked = person.nationalId !== null && person.nationalId.includes('*');

  const onSubmit = (body: UpdatePersonBody) => {
    clear();
    setConflict(false);
    const changes = personChanges(person, body);
    if (Object.keys(changes).length === 1) {
      onDone();
      return;
    }
    update.mutate(changes, {
      onSuccess: () => {
        toast.success(t('residents.saved'));
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
      <SaveProblems conflict={conflict} conflictMessage={t('residents.conflict')} onReload={onReload} failure={failure} submitFailed={form.submitFailed} />
      <PersonFields form={form} nationalIdOptional={masked} nationalIdHint={masked ? t('residents.nationalIdMaskedHint', { masked: fmt.digits(person.nationalId ?? '') }) : undefined} />
      <FormActions saving={update.isPending} onCancel={onDone} />
    </form>
  );
}
