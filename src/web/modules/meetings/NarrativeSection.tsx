import { useMemo, useState } from 'react';
import type { FieldError } from '../../../lib/errors/index.ts';
import { updateMeetingBodySchema, type Meeting, type UpdateMeetingBody } from '../../../modules/meetings/meetings.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { EditIcon } from '../../components/icons.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useToast } from '../../components/useToast.ts';
import { useZodForm, type FormInput } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { AmendmentReasonField } from './AmendmentReasonField.tsx';
import { amendmentInput } from './meeting-form-values.ts';
import type { MeetingEditing } from './meeting-editing.ts';
import { useUpdateMeeting } from './meetings-api.ts';
import { NarrativeText } from './NarrativeText.tsx';
import { useWriteFailure, WriteFailureAlert } from './WriteFailure.tsx';

interface NarrativeValues {
  narrative: string;
  amendmentReason: string;
}

const narrativeUpdateInput =
  (original: Meeting) =>
  (values: NarrativeValues): FormInput => {
    const errors: FieldError[] = [];
    return { input: { version: original.version, narrative: values.narrative, amendmentReason: amendmentInput(original.locked, values.amendmentReason, errors) }, errors };
  };

function NarrativeForm({ editing, onDone }: { editing: MeetingEditing; onDone(): void }) {
  const { t } = useI18n();
  const toast = useToast();
  const [original] = useState(editing.meeting);
  const update = useUpdateMeeting(original.id);
  const toInput = useMemo(() => narrativeUpdateInput(original), [original]);
  const form = useZodForm({ initialValues: { narrative: original.narrative, amendmentReason: '' }, schema: updateMeetingBodySchema, toInput });
  const { failure, report, clear } = useWriteFailure(form);

  const onSubmit = (data: UpdateMeetingBody) => {
    clear();
    const version = editing.versionFor(original.version);
    update.mutate(
      { ...data, version },
      {
        onSuccess: (saved) => {
          editing.saved(version, saved.version);
          toast.success(t('meetings.narrativeSaved'));
          onDone();
        },
        onError: report,
      },
    );
  };

  return (
    <form className="section-form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label={t('meetings.narrativeEdit')}>
      <WriteFailureAlert
        failure={failure}
        onReload={() => {
          editing.reload();
          onDone();
        }}
      />
      {form.submitFailed && <Alert tone="danger">{t('common.fixErrors')}</Alert>}
      <div className="form-grid">
        <TextAreaField label={t('meetings.narrative')} {...form.field('narrative')} rows={16} persian hint={t('meetings.narrativeHint')} className="field-wide" />
        {original.locked && <AmendmentReasonField {...form.field('amendmentReason')} />}
      </div>
      <FormActions saving={update.isPending} onCancel={onDone} size="sm" />
    </form>
  );
}

/** The account of the meeting: who reported what, as the minutes tell it. */
export function NarrativeSection({ editing }: { editing: MeetingEditing }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const { narrative, locked } = editing.meeting;
  return (
    <Card
      title={t('meetings.narrative')}
      actions={
        editing.canWrite &&
        !open && (
          <Button size="sm" onClick={() => setOpen(true)}>
            <EditIcon />
            {locked ? t('meetings.amend') : t('meetings.narrativeEdit')}
          </Button>
        )
      }
    >
      {open ? <NarrativeForm editing={editing} onDone={() => setOpen(false)} /> : narrative.trim() ? <NarrativeText text={narrative} className="narrative-text" /> : <p className="subtle">{t('meetings.narrativeEmpty')}</p>}
    </Card>
  );
}
