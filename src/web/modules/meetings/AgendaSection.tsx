import { useMemo, useState } from 'react';
import type { FieldError } from '../../../lib/errors/index.ts';
import { updateMeetingBodySchema, type Meeting, type UpdateMeetingBody } from '../../../modules/meetings/meetings.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { EditIcon } from '../../components/icons.tsx';
import { useToast } from '../../components/useToast.ts';
import { useZodForm, type FormInput } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { AgendaRowsEditor } from './AgendaRowsEditor.tsx';
import { AmendmentReasonField } from './AmendmentReasonField.tsx';
import { agendaInput, amendmentInput, newRowKey, type AgendaRow } from './meeting-form-values.ts';
import type { MeetingEditing } from './meeting-editing.ts';
import { useUpdateMeeting } from './meetings-api.ts';
import { useWriteFailure, WriteFailureAlert } from './WriteFailure.tsx';

interface AgendaValues {
  agenda: AgendaRow[];
  amendmentReason: string;
}

const agendaUpdateInput =
  (original: Meeting) =>
  (values: AgendaValues): FormInput => {
    const errors: FieldError[] = [];
    return { input: { version: original.version, agenda: agendaInput(values.agenda), amendmentReason: amendmentInput(original.locked, values.amendmentReason, errors) }, errors };
  };

const agendaFieldOfPath = (path: string): keyof AgendaValues & string => (path.startsWith('amendmentReason') ? 'amendmentReason' : 'agenda');

/** Edits the typed items; the past-resolutions item is the server's and stays where it is. */
function AgendaForm({ editing, onDone }: { editing: MeetingEditing; onDone(): void }) {
  const { t } = useI18n();
  const toast = useToast();
  const [original] = useState(editing.meeting);
  const update = useUpdateMeeting(original.id);
  const toInput = useMemo(() => agendaUpdateInput(original), [original]);
  const [initialValues] = useState<AgendaValues>(() => ({
    agenda: original.agenda.filter((item) => item.kind === 'item').map((item) => ({ key: newRowKey(), title: item.title, notes: item.notes })),
    amendmentReason: '',
  }));
  const form = useZodForm({ initialValues, schema: updateMeetingBodySchema, toInput, fieldOfPath: agendaFieldOfPath });
  const { failure, report, clear } = useWriteFailure(form);
  const fixed = original.agenda.find((item) => item.kind === 'past_resolutions');
  const fixedFirst = fixed !== undefined && original.agenda[0]?.kind === 'past_resolutions';
  const rowCount = form.values.agenda.length;

  const onSubmit = (data: UpdateMeetingBody) => {
    clear();
    const version = editing.versionFor(original.version);
    update.mutate(
      { ...data, version },
      {
        onSuccess: (saved) => {
          editing.saved(version, saved.version);
          toast.success(t('meetings.agendaSaved'));
          onDone();
        },
        onError: report,
      },
    );
  };

  const fixedRow = fixed && (
    <p className="agenda-fixed">
      <span className="num">{fixedFirst ? 1 : rowCount + 1}-</span> {fixed.title} <Badge>{t('meetings.agendaAutomatic')}</Badge>
    </p>
  );

  return (
    <form className="section-form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label={t('meetings.agendaEdit')}>
      <WriteFailureAlert
        failure={failure}
        onReload={() => {
          editing.reload();
          onDone();
        }}
      />
      {form.submitFailed && <Alert tone="danger">{t('common.fixErrors')}</Alert>}
      {fixedFirst && fixedRow}
      <AgendaRowsEditor rows={form.values.agenda} onChange={(agenda) => form.setValue('agenda', agenda)} error={form.errorOf('agenda')} startAt={fixedFirst ? 2 : 1} />
      {!fixedFirst && fixedRow}
      {original.locked && (
        <div className="form-grid">
          <AmendmentReasonField {...form.field('amendmentReason')} />
        </div>
      )}
      <FormActions saving={update.isPending} onCancel={onDone} size="sm" />
    </form>
  );
}

/** The agenda (دستور کار) as numbered items. */
export function AgendaSection({ editing }: { editing: MeetingEditing }) {
  const { t, fmt } = useI18n();
  const [open, setOpen] = useState(false);
  const { agenda, locked } = editing.meeting;
  return (
    <Card
      title={t('meetings.agenda')}
      actions={
        editing.canWrite &&
        !open && (
          <Button size="sm" onClick={() => setOpen(true)}>
            <EditIcon />
            {locked ? t('meetings.amend') : t('meetings.agendaEdit')}
          </Button>
        )
      }
    >
      {open ? (
        <AgendaForm editing={editing} onDone={() => setOpen(false)} />
      ) : agenda.length === 0 ? (
        <p className="subtle">{t('meetings.agendaEmpty')}</p>
      ) : (
        <ol className="agenda-list">
          {agenda.map((item, index) => (
            <li key={item.id}>
              <span className="agenda-number num">{fmt.number(index + 1)}-</span>
              <div>
                <span className="agenda-title" dir="auto">
                  {item.title}
                </span>
                {item.kind === 'past_resolutions' && (
                  <>
                    {' '}
                    <Badge>{t('meetings.agendaAutomatic')}</Badge>
                  </>
                )}
                {item.notes && (
                  <p className="agenda-notes" dir="auto">
                    {item.notes}
                  </p>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
