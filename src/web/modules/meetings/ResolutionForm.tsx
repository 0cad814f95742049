import { useMemo } from 'react';
import { createResolutionBodySchema, type CreateResolutionBody } from '../../../modules/meetings/resolutions.schemas.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useToast } from '../../components/useToast.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useAgencies, usePackages } from '../reference/reference-queries.ts';
import { CheckboxGrid } from '../users/CheckboxGrid.tsx';
import { DeadlineFields } from './DeadlineFields.tsx';
import type { MeetingEditing } from './meeting-editing.ts';
import { useCreateResolution } from './meetings-api.ts';
import { NeighborhoodPicker } from './NeighborhoodPicker.tsx';
import { emptyResolutionValues, resolutionFieldOfPath, resolutionInput } from './resolution-form-values.ts';
import { SectionForm } from './SectionForm.tsx';
import { useWriteFailure } from './WriteFailure.tsx';

const toggle = (list: string[], code: string, on: boolean) => (on ? [...new Set([...list, code])] : list.filter((c) => c !== code));

/** Adds a resolution to the meeting: text, responsible agencies, deadline, neighbourhoods and packages. */
export function ResolutionForm({ editing, onDone }: { editing: MeetingEditing; onDone(): void }) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const meeting = editing.meeting;
  const agencies = useAgencies();
  const packages = usePackages();
  const create = useCreateResolution(meeting.id);
  const toInput = useMemo(() => resolutionInput(meeting.locked), [meeting.locked]);
  const form = useZodForm({ initialValues: emptyResolutionValues, schema: createResolutionBodySchema, toInput, fieldOfPath: resolutionFieldOfPath });
  const { failure, report, clear } = useWriteFailure(form);
  const { values } = form;
  const agencyOptions = namedOptions(agencies.data, locale);

  const onSubmit = (body: CreateResolutionBody) => {
    clear();
    const before = meeting.version;
    create.mutate(body, {
      onSuccess: (saved) => {
        // Adding a resolution moves the meeting's version by one; a version seen by now, not a conflict.
        editing.saved(before, before + 1);
        toast.success(t('meetings.resolutionAdded', { row: saved.rowNumber }));
        onDone();
      },
      onError: report,
    });
  };

  return (
    <SectionForm
      frame={{ editing, form, onValid: onSubmit, failure, saving: create.isPending, locked: meeting.locked, onDone }}
      label={t('meetings.resolutionAdd')}
      title={t('meetings.resolutionAdd')}
      className="resolution-form"
      submitLabel={t('meetings.resolutionSave')}
    >
      <div className="form-grid">
        <TextAreaField label={t('meetings.resolutionText')} {...form.field('text')} rows={4} required persian className="field-wide" hint={t('meetings.resolutionTextHint')} />
        <SelectField
          label={t('meetings.leadAgency')}
          {...form.field('leadAgencyCode')}
          onChange={(code) => {
            form.setValue('leadAgencyCode', code);
            // The lead is not also its own co-agency.
            if (values.coAgencyCodes.includes(code)) form.setValue('coAgencyCodes', values.coAgencyCodes.filter((c) => c !== code));
          }}
          emptyLabel={t('meetings.choose')}
          options={agencyOptions}
          required
        />
        <DeadlineFields form={form} heldOn={meeting.heldOn} />
      </div>
      <CheckboxGrid
        legend={t('meetings.coAgencies')}
        options={agencyOptions.filter((o) => o.value !== values.leadAgencyCode)}
        selected={values.coAgencyCodes}
        onToggle={(code, on) => form.setValue('coAgencyCodes', toggle(values.coAgencyCodes, code, on))}
      />
      {form.errorOf('coAgencyCodes') && <p className="field-error">{form.errorOf('coAgencyCodes')}</p>}
      <NeighborhoodPicker provinceCode={meeting.provinceCode} value={values.neighborhoods} onChange={(neighborhoods) => form.setValue('neighborhoods', neighborhoods)} error={form.errorOf('neighborhoods')} />
      <CheckboxGrid
        legend={t('meetings.packages')}
        options={namedOptions(packages.data?.filter((p) => p.active), locale)}
        selected={values.packageCodes}
        onToggle={(code, on) => form.setValue('packageCodes', toggle(values.packageCodes, code, on))}
      />
      {form.errorOf('packageCodes') && <p className="field-error">{form.errorOf('packageCodes')}</p>}
    </SectionForm>
  );
}
