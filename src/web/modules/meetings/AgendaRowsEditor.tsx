import { Button } from '../../components/Button.tsx';
import { PlusIcon, TrashIcon } from '../../components/icons.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { newRowKey, type AgendaRow } from './meeting-form-values.ts';

interface AgendaRowsEditorProps {
  rows: AgendaRow[];
  onChange(rows: AgendaRow[]): void;
  error?: string | null;
  /** Numbers of the rows shown before these (the past-resolutions item). */
  startAt?: number;
}

/** Agenda items as numbered rows: a title and optional notes each; add and remove. */
export function AgendaRowsEditor({ rows, onChange, error, startAt = 1 }: AgendaRowsEditorProps) {
  const { t, fmt } = useI18n();
  const change = (key: number, patch: Partial<AgendaRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <div className="rows-editor">
      {rows.length === 0 && <p className="subtle">{t('meetings.agendaEmpty')}</p>}
      <ol className="agenda-rows" start={startAt}>
        {rows.map((row, index) => {
          const label = t('meetings.agendaItemN', { n: startAt + index });
          return (
            <li key={row.key} className="agenda-row">
              <span className="agenda-row-number num" aria-hidden="true">
                {fmt.number(startAt + index)}-
              </span>
              <div className="agenda-row-fields">
                <input className="input" dir="rtl" lang="fa" value={row.title} maxLength={500} aria-label={`${label}: ${t('meetings.agendaTitle')}`} placeholder={t('meetings.agendaTitle')} onChange={(event) => change(row.key, { title: event.target.value })} />
                <textarea className="input textarea" dir="rtl" lang="fa" rows={2} value={row.notes} aria-label={`${label}: ${t('meetings.agendaNotes')}`} placeholder={t('meetings.agendaNotes')} onChange={(event) => change(row.key, { notes: event.target.value })} />
              </div>
              <Button size="sm" variant="ghost" className="btn-danger-text" aria-label={`${t('common.delete')} ${label}`} onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
                <TrashIcon />
              </Button>
            </li>
          );
        })}
      </ol>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div>
        <Button size="sm" onClick={() => onChange([...rows, { key: newRowKey(), title: '', notes: '' }])}>
          <PlusIcon />
          {t('meetings.agendaAdd')}
        </Button>
      </div>
    </div>
  );
}
