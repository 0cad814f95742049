import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import { Button } from './Button.tsx';

interface FilterBarProps {
  /** The filter fields. */
  children: ReactNode;
  /** Clears every filter; the link shows only when given (i.e. when something is filtered). */
  onClear?: () => void;
}

/** A row of filter fields that wraps, ending in a "clear filters" link. */
export function FilterBar({ children, onClear }: FilterBarProps) {
  const { t } = useI18n();
  return (
    <div className="filter-bar">
      {children}
      {onClear && (
        <div className="filter-clear">
          <Button variant="link" onClick={onClear}>
            {t('common.clearFilters')}
          </Button>
        </div>
      )}
    </div>
  );
}
