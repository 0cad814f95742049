import { useCallback, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { createMeetingBodySchema, type CreateMeetingBody } from '../../../modules/meetings/meetings.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useToast } from '../../components/useToast.ts';
import { useFormFailure } from '../../forms/useFormFailure.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { AgendaRowsEditor } from './AgendaRowsEditor.tsx';
import { bodyOptionLabel, createMeetingInput, emptyMeetingValues, type MeetingFormValues } from './meeting-form-values.ts';
import { MeetingHeaderFields } from './MeetingHeaderFields.tsx';
import { useBodies, useCreateMeeting } from './meetings-api.ts';
import '../../styles/meetings.css';

/** A new meeting of a body: its header, its status and its agenda; then the meeting's page. */
export function MeetingCreatePage() {
  const { t, fmt } = useI18n();
  const navigate = useNavigate();
  const toast = useToast();
  const [searchParams] = useSearchParams();
  const bodies = useBodies();
  const create = useCreateMeeting();
  const toInput = useCallback(createMeetingInput, []);
  const [initialValues] = useState<MeetingFormValues>(() => ({ ...emptyMeetingValues, bodyId: /^\d+$/.test(searchParams.get('body') ?? '') ? (searchParams.get('body') ?? '') : '' }));
  const form = useZodForm({ initialValues, schema: createMeetingBodySchema, toInput });
  const { failure, report, clear } = useFormFailure(form);
  const body = bodies.data?.items.find((b) => String(b.id) === form.values.bodyId);
  const nextNumber = body ? (body.lastMeetingNumber ?? 0) + 1 : null;

  const onSubmit = (data: CreateMeetingBody) => {
    clear();
    create.mutate(data, {
      onSuccess: (saved) => {
        toast.success(t('meetings.created', { number: saved.number }));
        void navigate(`/meetings/${saved.id}`);
      },
      onError: report,
    });
  };

  return (
    <div className="page page-narrow">
      <PageHeader title={t('meetings.createTitle')} breadcrumbs={[{ label: t('nav.meetings'), to: '/meetings' }]} />
      <form className="record-form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
        {failure && <Alert tone="danger">{failure}</Alert>}
        {form.submitFailed && <Alert tone="danger">{t('common.fixErrors')}</Alert>}
        <fieldset className="form-section">
          <legend>{t('meetings.sectionBody')}</legend>
          <div className="form-grid">
            <SelectField
              label={t('meetings.body')}
              {...form.field('bodyId')}
              emptyLabel={t('meetings.choose')}
              options={(bodies.data?.items ?? []).map((b) => ({ value: String(b.id), label: bodyOptionLabel(b) }))}
              required
              className="field-wide"
            />
            <TextField
              label={t('meetings.number')}
              {...form.field('number')}
              ltr
              inputMode="numeric"
              placeholder={nextNumber !== null ? fmt.number(nextNumber) : undefined}
              hint={nextNumber !== null ? t('meetings.numberHintNext', { number: nextNumber }) : t('meetings.numberHint')}
            />
            <SelectField
              label={t('meetings.statusLabel')}
              {...form.field('status')}
              onChange={(status) => form.setValue('status', status as MeetingFormValues['status'])}
              options={(['planned', 'held'] as const).map((status) => ({ value: status, label: t(`meetings.status.${status}`) }))}
              hint={t('meetings.statusHint')}
            />
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('meetings.sectionHeader')}</legend>
          <div className="form-grid">
            <MeetingHeaderFields form={form} defaults={body ? { chair: body.chair, secretary: body.secretary } : undefined} />
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('meetings.agenda')}</legend>
          <p className="muted form-note">{t('meetings.agendaCreateNote')}</p>
          <AgendaRowsEditor rows={form.values.agenda} onChange={(agenda) => form.setValue('agenda', agenda)} error={form.errorOf('agenda')} />
        </fieldset>
        <FormActions saving={create.isPending} onCancel={() => void navigate(-1)} submitLabel={t('common.create')} />
      </form>
    </div>
  );
}
