import { useI18n } from '../../i18n/useI18n.ts';
import { EditableSection } from './EditableSection.tsx';
import { headerUpdateInput, valuesFromMeeting } from './meeting-form-values.ts';
import type { MeetingEditing } from './meeting-editing.ts';
import { MeetingHeaderFields } from './MeetingHeaderFields.tsx';
import { MeetingStatusBadge } from './MeetingStatusBadge.tsx';
import { MinutesHeaderTable } from './MinutesHeaderTable.tsx';
import { SectionForm } from './SectionForm.tsx';
import { useMeetingSectionSave } from './useMeetingSectionSave.ts';
import { weekdayOf } from './weekday.ts';

/** The header of the minutes as a table, the way the printed minutes show it. */
function HeaderView({ editing }: { editing: MeetingEditing }) {
  const { t, fmt, locale } = useI18n();
  const m = editing.meeting;
  const cells: Array<[string, string]> = [
    [t('meetings.heldOn'), fmt.date(m.heldOn)],
    [t('meetings.weekday'), weekdayOf(m.heldOn, locale) || m.weekdayFa],
    [t('meetings.startTime'), m.startTime ? fmt.digits(m.startTime) : '—'],
    [t('meetings.place'), m.place || '—'],
    [t('meetings.invitationNumber'), m.invitationNumber ? fmt.digits(m.invitationNumber) : '—'],
    [t('meetings.invitationDate'), fmt.date(m.invitationDate)],
  ];
  return (
    <div className="stack">
      <div className="table-wrap">
        <MinutesHeaderTable cells={cells} className="header-table" caption={t('meetings.headerCard')} valueClassName="num-cell" />
      </div>
      <dl className="description-list">
        <div className="description">
          <dt>{t('meetings.chair')}</dt>
          <dd>{m.chair || '—'}</dd>
        </div>
        <div className="description">
          <dt>{t('meetings.secretary')}</dt>
          <dd>{m.secretary || '—'}</dd>
        </div>
        <div className="description">
          <dt>{t('meetings.statusLabel')}</dt>
          <dd>
            <MeetingStatusBadge status={m.status} />
            {m.approvedAt && <span className="subtle num"> {t('meetings.approvedAt', { date: fmt.date(m.approvedAt) })}</span>}
          </dd>
        </div>
      </dl>
    </div>
  );
}

/** Edits the header; approved minutes ask for an amendment reason. */
function HeaderForm({ editing, onDone }: { editing: MeetingEditing; onDone(): void }) {
  const { t } = useI18n();
  const { form, frame } = useMeetingSectionSave(editing, onDone, { initialValues: valuesFromMeeting, toInput: headerUpdateInput, savedMessage: t('meetings.saved') });
  return (
    <SectionForm frame={frame} label={t('meetings.editHeader')}>
      <div className="form-grid">
        <MeetingHeaderFields form={form} />
      </div>
    </SectionForm>
  );
}

/** The meeting's header card: the minutes' header table, chair, secretary and status; editable by the secretariat. */
export function MeetingHeader({ editing }: { editing: MeetingEditing }) {
  const { t } = useI18n();
  return (
    <EditableSection editing={editing} title={t('meetings.headerCard')} editLabel={t('common.edit')} renderForm={(close) => <HeaderForm editing={editing} onDone={close} />}>
      <HeaderView editing={editing} />
    </EditableSection>
  );
}
