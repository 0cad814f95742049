import { useEffect, useState } from 'react';
import { createFollowUpBodySchema, type CreateFollowUpBody, type ResolutionDetail } from '../../../modules/meetings/resolutions.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { JalaliDateField } from '../../components/JalaliDateField.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useToast } from '../../components/useToast.ts';
import { numberToInput } from '../../forms/parse.ts';
import { useFormFailure } from '../../forms/useFormFailure.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { AttachmentUploader } from './AttachmentUploader.tsx';
import { followUpInput, followUpStatuses, initialFollowUpValues, type FollowUpStatus } from './follow-up-form-values.ts';
import { useCreateFollowUp } from './resolution-queries.ts';
import { useUploads } from './useUploads.ts';

/** An agency's report on a resolution: what was done, how far along, and documents to show it. */
export function FollowUpForm({ resolution }: { resolution: ResolutionDetail }) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const create = useCreateFollowUp(resolution.id);
  const uploads = useUploads();
  const form = useZodForm({
    initialValues: initialFollowUpValues(resolution, locale),
    schema: createFollowUpBodySchema,
    toInput: followUpInput,
  });
  const { failure, report, clear } = useFormFailure(form);
  const [waitForUploads, setWaitForUploads] = useState(false);
  const { setValue } = form;
  const ids = uploads.ids;

  // The uploaded files' ids are part of the body, so the schema (at most 10) and the server's
  // field errors (an attachment that went missing) land next to the file list.
  useEffect(() => {
    setValue('attachmentIds', ids);
  }, [ids, setValue]);

  const onSubmit = (body: CreateFollowUpBody) => {
    clear();
    if (uploads.busy) {
      setWaitForUploads(true);
      return;
    }
    setWaitForUploads(false);
    create.mutate(body, {
      onSuccess: () => {
        toast.success(t('resolutions.followUpSaved'));
        uploads.clear();
        form.reset(initialFollowUpValues({ progress: body.status === 'done' ? 100 : body.progress }, locale));
      },
      onError: report,
    });
  };

  const cancel = () => {
    clear();
    setWaitForUploads(false);
    uploads.clear();
    form.reset(initialFollowUpValues(resolution, locale));
  };

  return (
    <form className="record-form res-follow-up-form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {failure && <Alert tone="danger">{failure}</Alert>}
      {form.submitFailed && <Alert tone="danger">{t('common.fixErrors')}</Alert>}
      {waitForUploads && uploads.busy && <Alert tone="warning">{t('resolutions.waitForUploads')}</Alert>}
      <div className="form-grid">
        <JalaliDateField label={t('resolutions.reportedOn')} {...form.field('reportedOn')} hint={t('resolutions.reportedOnHint')} />
        <NumberField label={t('resolutions.progressPercent')} {...form.field('progress')} required hint={t('resolutions.progressHint')} />
        <SelectField
          label={t('resolutions.statusAfter')}
          value={form.values.status}
          onChange={(value) => {
            const status = value as FollowUpStatus;
            form.setValue('status', status);
            // Done means all of it: the server records 100 %, so the form says so too.
            if (status === 'done') form.setValue('progress', numberToInput(100, locale));
          }}
          options={followUpStatuses.map((status) => ({ value: status, label: t(`resolutions.status.${status}`) }))}
          error={form.errorOf('status')}
          required
        />
      </div>
      <TextAreaField label={t('resolutions.followUpText')} {...form.field('text')} required rows={5} persian hint={t('resolutions.followUpTextHint')} />
      <AttachmentUploader items={uploads.items} slotsLeft={uploads.slotsLeft} onAdd={uploads.add} onRemove={uploads.remove} error={form.errorOf('attachmentIds')} disabled={create.isPending} />
      <FormActions saving={create.isPending} onCancel={cancel} submitLabel={t('resolutions.submitFollowUp')} className="form-actions res-form-actions" />
    </form>
  );
}
