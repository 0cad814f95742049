import type { Attendee } from '../../../modules/meetings/meetings.schemas.ts';
import { Badge } from '../../components/Badge.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { AttendanceEditor } from './AttendanceEditor.tsx';
import { EditableSection } from './EditableSection.tsx';
import type { MeetingEditing } from './meeting-editing.ts';

const presenceTone = { present: 'success', absent: 'danger', substitute: 'warning' } as const;

interface Numbered {
  n: number;
  attendee: Attendee;
}

/** Who attended: members (present, absent, represented by a substitute) and guests. */
export function AttendanceSection({ editing }: { editing: MeetingEditing }) {
  const { t, fmt } = useI18n();
  const { attendees } = editing.meeting;
  const members = attendees.filter((a) => a.kind === 'member').map((attendee, i) => ({ n: i + 1, attendee }));
  const guests = attendees.filter((a) => a.kind === 'guest').map((attendee, i) => ({ n: i + 1, attendee }));
  const countOf = (presence: Attendee['presence']) => members.filter((m) => m.attendee.presence === presence).length;

  const memberColumns: Column<Numbered>[] = [
    { key: 'n', header: '#', numeric: true, render: (r) => fmt.number(r.n) },
    { key: 'agency', header: t('meetings.agency'), render: (r) => r.attendee.agencyNameFa ?? '—' },
    { key: 'name', header: t('meetings.personName'), render: (r) => r.attendee.personName || '—' },
    { key: 'position', header: t('meetings.position'), secondary: true, render: (r) => r.attendee.position || '—' },
    { key: 'presence', header: t('meetings.presence'), render: (r) => <Badge tone={presenceTone[r.attendee.presence]}>{t(`meetings.presences.${r.attendee.presence}`)}</Badge> },
    { key: 'substitute', header: t('meetings.substituteName'), render: (r) => r.attendee.substituteName || '—' },
    { key: 'reason', header: t('meetings.absenceReason'), render: (r) => r.attendee.reason || '—' },
  ];
  const guestColumns: Column<Numbered>[] = [
    { key: 'n', header: '#', numeric: true, render: (r) => fmt.number(r.n) },
    { key: 'name', header: t('meetings.personName'), render: (r) => r.attendee.personName || '—' },
    { key: 'position', header: t('meetings.position'), render: (r) => r.attendee.position || '—' },
    { key: 'agency', header: t('meetings.agency'), render: (r) => r.attendee.agencyNameFa ?? '—' },
  ];

  return (
    <EditableSection editing={editing} title={t('meetings.attendance')} editLabel={t('meetings.attendanceEdit')} renderForm={(close) => <AttendanceEditor editing={editing} onDone={close} />}>
      <div className="stack">
        <p className="muted">
          {t('meetings.attendanceSummary', { present: countOf('present'), absent: countOf('absent'), substitute: countOf('substitute'), guests: guests.length })}
        </p>
        <h3>{t('meetings.members')}</h3>
        <DataTable caption={t('meetings.members')} columns={memberColumns} rows={members} rowKey={(r) => `m${r.n}`} emptyMessage={t('meetings.noMembersYet')} />
        <h3>{t('meetings.guests')}</h3>
        <DataTable caption={t('meetings.guests')} columns={guestColumns} rows={guests} rowKey={(r) => `g${r.n}`} emptyMessage={t('meetings.noGuests')} />
      </div>
    </EditableSection>
  );
}
