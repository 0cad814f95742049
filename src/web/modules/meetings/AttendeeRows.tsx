import type { ReactNode } from 'react';
import { presences } from '../../../modules/meetings/meetings.schemas.ts';
import { Button } from '../../components/Button.tsx';
import { TrashIcon } from '../../components/icons.tsx';
import type { SelectOption } from '../../components/SelectField.tsx';
import type { MessageKey } from '../../i18n/fa.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import type { AttendeeRow } from './attendance-values.ts';

type AttendeeColumn = 'agency' | 'personName' | 'position' | 'presence' | 'substituteName' | 'reason';

interface GroupLayout {
  title: MessageKey;
  empty: MessageKey;
  /** Names a row for the labels of its inputs: «ردیف ۲», «مدعو ۱». */
  rowLabel: MessageKey;
  agencyHeader: MessageKey;
  /** The agency select's empty choice. */
  noAgency: MessageKey;
  columns: readonly AttendeeColumn[];
}

/**
 * Members: agency, representative, and present / absent / a substitute (who, and why).
 * Guests: name, position and (optionally) the agency they came from.
 */
const layouts: Record<AttendeeRow['kind'], GroupLayout> = {
  member: {
    title: 'meetings.members',
    empty: 'meetings.noMembersYet',
    rowLabel: 'meetings.rowN',
    agencyHeader: 'meetings.agency',
    noAgency: 'meetings.choose',
    columns: ['agency', 'personName', 'position', 'presence', 'substituteName', 'reason'],
  },
  guest: {
    title: 'meetings.guests',
    empty: 'meetings.noGuests',
    rowLabel: 'meetings.guestN',
    agencyHeader: 'meetings.agencyOptional',
    noAgency: 'meetings.noAgency',
    columns: ['personName', 'position', 'agency'],
  },
};

const headerKey: Record<Exclude<AttendeeColumn, 'agency'>, MessageKey> = {
  personName: 'meetings.personName',
  position: 'meetings.position',
  presence: 'meetings.presence',
  substituteName: 'meetings.substituteName',
  reason: 'meetings.absenceReason',
};

interface RowsProps {
  rows: AttendeeRow[];
  agencies: SelectOption[];
  onChange(key: number, patch: Partial<AttendeeRow>): void;
  onRemove(key: number): void;
}

interface CellProps {
  column: AttendeeColumn;
  row: AttendeeRow;
  /** The row's name, before the column's in each input's label. */
  name: string;
  layout: GroupLayout;
  agencies: SelectOption[];
  onChange(patch: Partial<AttendeeRow>): void;
}

function RowSelect({ value, label, options, onChange }: { value: string; label: string; options: SelectOption[]; onChange(value: string): void }) {
  return (
    <select className="input select input-sm" value={value} aria-label={label} onChange={(e) => onChange(e.target.value)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

function AttendeeCell({ column, row, name, layout, agencies, onChange }: CellProps) {
  const { t } = useI18n();
  const label = `${name}: ${t(column === 'agency' ? 'meetings.agency' : headerKey[column])}`;
  switch (column) {
    case 'agency':
      return <RowSelect value={row.agencyCode} label={label} options={[{ value: '', label: t(layout.noAgency) }, ...agencies]} onChange={(agencyCode) => onChange({ agencyCode })} />;
    case 'presence':
      return (
        <RowSelect
          value={row.presence}
          label={label}
          options={presences.map((p) => ({ value: p, label: t(`meetings.presences.${p}`) }))}
          onChange={(presence) => onChange({ presence: presence as AttendeeRow['presence'] })}
        />
      );
    default: {
      // A substitute's name only for a substitute, a reason only for one not there.
      const disabled = (column === 'substituteName' && row.presence !== 'substitute') || (column === 'reason' && row.presence === 'present');
      return (
        <input
          className="input input-sm"
          value={row[column]}
          maxLength={column === 'reason' ? 500 : 200}
          disabled={disabled}
          aria-label={label}
          onChange={(e) => onChange({ [column]: e.target.value })}
        />
      );
    }
  }
}

/** The editable table of one group of attendees, members or guests. */
function AttendeeTable({ layout, rows, agencies, onChange, onRemove }: RowsProps & { layout: GroupLayout }) {
  const { t, fmt } = useI18n();
  return (
    <div className="table-wrap">
      <table className="edit-table">
        <caption className="visually-hidden">{t(layout.title)}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            {layout.columns.map((column) => (
              <th key={column} scope="col">
                {t(column === 'agency' ? layout.agencyHeader : headerKey[column])}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const name = t(layout.rowLabel, { n: index + 1 });
            return (
              <tr key={row.key}>
                <td className="num">{fmt.number(index + 1)}</td>
                {layout.columns.map((column) => (
                  <td key={column}>
                    <AttendeeCell column={column} row={row} name={name} layout={layout} agencies={agencies} onChange={(patch) => onChange(row.key, patch)} />
                  </td>
                ))}
                <td>
                  <Button size="sm" variant="ghost" className="btn-danger-text" aria-label={`${t('common.delete')} ${name}`} onClick={() => onRemove(row.key)}>
                    <TrashIcon />
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** One group of the attendance editor: its heading with the buttons that add to it, then its rows. */
export function AttendeeGroup({ kind, actions, ...rows }: RowsProps & { kind: AttendeeRow['kind']; actions: ReactNode }) {
  const { t } = useI18n();
  const layout = layouts[kind];
  return (
    <>
      <div className="row section-subheader">
        <h3>{t(layout.title)}</h3>
        <span className="spacer" />
        {actions}
      </div>
      {rows.rows.length > 0 ? <AttendeeTable layout={layout} {...rows} /> : <p className="subtle">{t(layout.empty)}</p>}
    </>
  );
}
