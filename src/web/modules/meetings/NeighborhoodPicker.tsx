import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { NeighborhoodList } from '../../../modules/geography/geography.schemas.ts';
import { api } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { PlusIcon } from '../../components/icons.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import type { PickedNeighborhood } from './resolution-form-values.ts';

interface NeighborhoodPickerProps {
  /** Only neighbourhoods of this province are offered (the body's). */
  provinceCode: string | null;
  value: PickedNeighborhood[];
  onChange(value: PickedNeighborhood[]): void;
  error?: string | null;
}

/** Finds neighbourhoods by name or code and links them; the chosen ones show as removable chips. */
export function NeighborhoodPicker({ provinceCode, value, onChange, error }: NeighborhoodPickerProps) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const results = useQuery({
    queryKey: ['neighborhoods', 'list', { q, province: provinceCode, pageSize: 20, scope: 'resolution-picker' }],
    queryFn: ({ signal }) => api.get<NeighborhoodList>('/neighborhoods', { q, province: provinceCode ?? undefined, pageSize: 20 }, { signal }),
    enabled: q.trim().length > 0,
  });
  const chosen = new Set(value.map((n) => n.id));
  const offered = (results.data?.items ?? []).filter((n) => !chosen.has(n.id));

  return (
    <fieldset className="picker field-wide">
      <legend className="field-label">{t('meetings.neighborhoods')}</legend>
      <ul className="chip-list" aria-live="polite">
        {value.map((n) => (
          <li key={n.id} className="chip">
            <span>{n.nameFa}</span>
            <button type="button" className="chip-remove" aria-label={t('meetings.removeItem', { name: n.nameFa })} onClick={() => onChange(value.filter((v) => v.id !== n.id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <SearchBox label={t('meetings.searchNeighborhood')} value={q} onSearch={setQ} />
      {q.trim() && (
        <ul className="picker-results">
          {results.isFetching && offered.length === 0 && <li className="subtle">{t('app.loading')}</li>}
          {!results.isFetching && offered.length === 0 && <li className="subtle">{t('table.empty')}</li>}
          {offered.map((n) => (
            <li key={n.id}>
              <Button size="sm" variant="ghost" onClick={() => onChange([...value, { id: n.id, code: n.code, nameFa: n.nameFa }])}>
                <PlusIcon />
                {n.nameFa}
                <span className="subtle">
                  {' '}
                  — {n.cityNameFa}، {n.provinceNameFa}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
