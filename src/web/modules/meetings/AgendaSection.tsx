import type { FieldError } from '../../../lib/errors/index.ts';
import type { Meeting } from '../../../modules/meetings/meetings.schemas.ts';
import { Badge } from '../../components/Badge.tsx';
import type { FormInput } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { AgendaRowsEditor } from './AgendaRowsEditor.tsx';
import { EditableSection } from './EditableSection.tsx';
import { agendaInput, amendmentInput, newRowKey, type AgendaRow } from './meeting-form-values.ts';
import type { MeetingEditing } from './meeting-editing.ts';
import { SectionForm } from './SectionForm.tsx';
import { useMeetingSectionSave } from './useMeetingSectionSave.ts';

interface AgendaValues {
  agenda: AgendaRow[];
  amendmentReason: string;
}

/** The typed items only: the past-resolutions item is the server's. */
const agendaValues = (meeting: Meeting): AgendaValues => ({
  agenda: meeting.agenda.filter((item) => item.kind === 'item').map((item) => ({ key: newRowKey(), title: item.title, notes: item.notes })),
  amendmentReason: '',
});

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
  const { form, original, frame } = useMeetingSectionSave(editing, onDone, {
    initialValues: agendaValues,
    toInput: agendaUpdateInput,
    fieldOfPath: agendaFieldOfPath,
    savedMessage: t('meetings.agendaSaved'),
  });
  const fixed = original.agenda.find((item) => item.kind === 'past_resolutions');
  const fixedFirst = fixed !== undefined && original.agenda[0]?.kind === 'past_resolutions';
  const rowCount = form.values.agenda.length;

  const fixedRow = fixed && (
    <p className="agenda-fixed">
      <span className="num">{fixedFirst ? 1 : rowCount + 1}-</span> {fixed.title} <Badge>{t('meetings.agendaAutomatic')}</Badge>
    </p>
  );

  return (
    <SectionForm frame={frame} label={t('meetings.agendaEdit')}>
      {fixedFirst && fixedRow}
      <AgendaRowsEditor rows={form.values.agenda} onChange={(agenda) => form.setValue('agenda', agenda)} error={form.errorOf('agenda')} startAt={fixedFirst ? 2 : 1} />
      {!fixedFirst && fixedRow}
    </SectionForm>
  );
}

/** The agenda (دستور کار) as numbered items. */
export function AgendaSection({ editing }: { editing: MeetingEditing }) {
  const { t, fmt } = useI18n();
  const { agenda } = editing.meeting;
  return (
    <EditableSection editing={editing} title={t('meetings.agenda')} editLabel={t('meetings.agendaEdit')} renderForm={(close) => <AgendaForm editing={editing} onDone={close} />}>
      {agenda.length === 0 ? (
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
    </EditableSection>
  );
}
