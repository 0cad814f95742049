import { useId } from 'react';
import { Card } from '../../components/Card.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import type { ImportJob } from './imports-types.ts';

interface ProgressBarProps {
  label: string;
  value: number;
  /** null while the amount of work is not known yet: the bar is indeterminate (no aria-valuenow). */
  total: number | null;
  valueText?: string;
}

/** A labelled progress bar; its value is a percentage for assistive technology, with the count as its text. */
export function ImportProgressBar({ label, value, total, valueText }: ProgressBarProps) {
  const labelId = useId();
  const known = total !== null && total > 0;
  const percent = known ? Math.min(100, Math.max(0, Math.round((value / total) * 100))) : null;
  return (
    <div className="import-progress">
      <div className="import-progress-label" id={labelId}>
        <span>{label}</span>
        {valueText && <span className="num">{valueText}</span>}
      </div>
      <div
        className={percent === null ? 'import-progress-track import-progress-indeterminate' : 'import-progress-track'}
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={valueText}
      >
        <div className="import-progress-fill" style={percent === null ? undefined : { inlineSize: `${percent}%` }} />
      </div>
    </div>
  );
}

/** The job while the server works on it: which phase, and rows done of all rows. */
export function ImportProgress({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  const { phase, done, total } = job.progress;
  const phaseLabel = t(`imports.phase.${phase ?? (job.status === 'committing' ? 'committing' : 'reading')}`);
  const valueText = total === null ? t('imports.progress.rowsSoFar', { done }) : t('imports.progress.rowsOf', { done, total });
  return (
    <Card title={job.status === 'committing' ? t('imports.progress.committingTitle') : t('imports.progress.analysingTitle')}>
      <ImportProgressBar label={phaseLabel} value={done} total={total} valueText={valueText} />
      <p className="subtle import-progress-note">{job.status === 'committing' ? t('imports.progress.committingNote') : t('imports.progress.analysingNote')}</p>
    </Card>
  );
}
