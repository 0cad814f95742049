// The tracker's neighbourhood type-ahead brings its styles from there.
import '../../styles/resolutions.css';
import { NeighborhoodFilter } from '../resolutions/NeighborhoodFilter.tsx';

interface NeighborhoodFieldProps {
  /** The neighbourhood's id as text; '' for none. */
  value: string;
  onChange(id: string): void;
  error?: string | null;
  hint?: string;
}

/**
 * A form's neighbourhood, picked by typing part of its name (the tracker's type-ahead, within the
 * user's scope), with the form's error or hint under it.
 */
export function NeighborhoodField({ value, onChange, error, hint }: NeighborhoodFieldProps) {
  return (
    <div className={error ? 'residents-neighborhood-field field-invalid' : 'residents-neighborhood-field'}>
      <NeighborhoodFilter value={value} onChange={onChange} error={error} hint={hint} />
    </div>
  );
}
