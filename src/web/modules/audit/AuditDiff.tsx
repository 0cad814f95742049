import { useState } from 'react';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

interface AuditDiffProps {
  before: unknown;
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 1);
}

/** Field-by-field before/after of an audit record; changed fields are highlighted. */
export function AuditDiff({ before, after }: AuditDiffProps) {
  const { t } = useI18n();
  const [showUnchanged, setShowUnchanged] = useState(false);
  // Non-object payloads (a bare id, a list) are shown whole.
  const left = isRecord(before) ? before : before === null || before === undefined ? {} : { '': before };
  const right = isRecord(after) ? after : after === null || after === undefined ? {} : { '': after };
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  const rows = keys.map((key) => {
    const a = show(left[key]);
    const b = show(right[key]);
    return { key, before: a, after: b, changed: a !== b };
  });
  const visible = rows.filter((row) => showUnchanged || row.changed);
  const unchangedCount = rows.length - rows.filter((row) => row.changed).length;

  if (rows.length === 0) return <p className="subtle">{t('audit.noChanges')}</p>;
  return (
    <div className="audit-diff">
      <table className="diff-table">
        <thead>
          <tr>
            <th scope="col">{t('audit.field')}</th>
            <th scope="col">{t('audit.before')}</th>
            <th scope="col">{t('audit.after')}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <tr key={row.key} className={row.changed ? 'diff-changed' : 'diff-same'}>
              <th scope="row" className="ltr code">
                {row.key}
              </th>
              <td className="diff-before">
                <pre dir="auto">{row.before}</pre>
              </td>
              <td className="diff-after">
                <pre dir="auto">{row.after}</pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unchangedCount > 0 && <CheckboxField label={`${t('audit.showUnchanged')} (${unchangedCount})`} checked={showUnchanged} onChange={setShowUnchanged} />}
    </div>
  );
}
