import { presences } from '../../../modules/meetings/meetings.schemas.ts';
import { Button } from '../../components/Button.tsx';
import { TrashIcon } from '../../components/icons.tsx';
import type { SelectOption } from '../../components/SelectField.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import type { AttendeeRow } from './attendance-values.ts';

interface RowsProps {
  rows: AttendeeRow[];
  agencies: SelectOption[];
  onChange(key: number, patch: Partial<AttendeeRow>): void;
  onRemove(key: number): void;
}

/** Members: agency, representative, and present / absent / a substitute (who, and why). */
export function MemberRows({ rows, agencies, onChange, onRemove }: RowsProps) {
  const { t, fmt } = useI18n();
  return (
    <div className="table-wrap">
      <table className="edit-table">
        <caption className="visually-hidden">{t('meetings.members')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('meetings.agency')}</th>
            <th scope="col">{t('meetings.personName')}</th>
            <th scope="col">{t('meetings.position')}</th>
            <th scope="col">{t('meetings.presence')}</th>
            <th scope="col">{t('meetings.substituteName')}</th>
            <th scope="col">{t('meetings.absenceReason')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const n = t('meetings.rowN', { n: index + 1 });
            return (
              <tr key={row.key}>
                <td className="num">{fmt.number(index + 1)}</td>
                <td>
                  <select className="input select input-sm" value={row.agencyCode} aria-label={`${n}: ${t('meetings.agency')}`} onChange={(e) => onChange(row.key, { agencyCode: e.target.value })}>
                    <option value="">{t('meetings.choose')}</option>
                    {agencies.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input className="input input-sm" value={row.personName} maxLength={200} aria-label={`${n}: ${t('meetings.personName')}`} onChange={(e) => onChange(row.key, { personName: e.target.value })} />
                </td>
                <td>
                  <input className="input input-sm" value={row.position} maxLength={200} aria-label={`${n}: ${t('meetings.position')}`} onChange={(e) => onChange(row.key, { position: e.target.value })} />
                </td>
                <td>
                  <select className="input select input-sm" value={row.presence} aria-label={`${n}: ${t('meetings.presence')}`} onChange={(e) => onChange(row.key, { presence: e.target.value as AttendeeRow['presence'] })}>
                    {presences.map((p) => (
                      <option key={p} value={p}>
                        {t(`meetings.presences.${p}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input className="input input-sm" value={row.substituteName} maxLength={200} disabled={row.presence !== 'substitute'} aria-label={`${n}: ${t('meetings.substituteName')}`} onChange={(e) => onChange(row.key, { substituteName: e.target.value })} />
                </td>
                <td>
                  <input className="input input-sm" value={row.reason} maxLength={500} disabled={row.presence === 'present'} aria-label={`${n}: ${t('meetings.absenceReason')}`} onChange={(e) => onChange(row.key, { reason: e.target.value })} />
                </td>
                <td>
                  <Button size="sm" variant="ghost" className="btn-danger-text" aria-label={`${t('common.delete')} ${n}`} onClick={() => onRemove(row.key)}>
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

/** Guests: name, position and (optionally) the agency they came from. */
export function GuestRows({ rows, agencies, onChange, onRemove }: RowsProps) {
  const { t, fmt } = useI18n();
  return (
    <div className="table-wrap">
      <table className="edit-table">
        <caption className="visually-hidden">{t('meetings.guests')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('meetings.personName')}</th>
            <th scope="col">{t('meetings.position')}</th>
            <th scope="col">{t('meetings.agencyOptional')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const n = t('meetings.guestN', { n: index + 1 });
            return (
              <tr key={row.key}>
                <td className="num">{fmt.number(index + 1)}</td>
                <td>
                  <input className="input input-sm" value={row.personName} maxLength={200} aria-label={`${n}: ${t('meetings.personName')}`} onChange={(e) => onChange(row.key, { personName: e.target.value })} />
                </td>
                <td>
                  <input className="input input-sm" value={row.position} maxLength={200} aria-label={`${n}: ${t('meetings.position')}`} onChange={(e) => onChange(row.key, { position: e.target.value })} />
                </td>
                <td>
                  <select className="input select input-sm" value={row.agencyCode} aria-label={`${n}: ${t('meetings.agency')}`} onChange={(e) => onChange(row.key, { agencyCode: e.target.value })}>
                    <option value="">{t('meetings.noAgency')}</option>
                    {agencies.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <Button size="sm" variant="ghost" className="btn-danger-text" aria-label={`${t('common.delete')} ${n}`} onClick={() => onRemove(row.key)}>
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
