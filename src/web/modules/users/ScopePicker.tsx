import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { ScopeLevel } from '../../../lib/scope.ts';
import type { County, NeighborhoodList } from '../../../modules/geography/geography.schemas.ts';
import { api } from '../../api/client.ts';
import { SearchBox } from '../../components/SearchBox.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { pickName } from '../../i18n/names.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useCounties, useProvinces } from '../reference/reference-queries.ts';
import { CheckboxGrid } from './CheckboxGrid.tsx';
import { ScopeChips } from './ScopeChips.tsx';

interface ScopePickerProps {
  level: ScopeLevel;
  codes: string[];
  onChange(codes: string[]): void;
  error?: string | null;
}

/** Every county, for naming county codes chosen under other provinces. */
function useAllCounties() {
  return useQuery({
    queryKey: ['counties', '*'],
    queryFn: async () => (await api.get<{ items: County[] }>('/counties')).items,
    staleTime: 10 * 60 * 1000,
  });
}

/** Chooses the provinces, counties or neighbourhoods a user's scope covers. */
export function ScopePicker({ level, codes, onChange, error }: ScopePickerProps) {
  const { t, locale } = useI18n();
  const errorId = useId();
  const toggle = (code: string, on: boolean) => onChange(on ? [...new Set([...codes, code])] : codes.filter((c) => c !== code));

  if (level === 'country') return <p className="muted scope-note">{t('users.scopeCountry')}</p>;
  return (
    <div className={error ? 'scope-picker field-invalid' : 'scope-picker'} aria-describedby={error ? errorId : undefined}>
      {level === 'province' && <ProvincePicker codes={codes} onToggle={toggle} />}
      {level === 'county' && <CountyPicker codes={codes} onToggle={toggle} />}
      {level === 'neighborhood' && <NeighborhoodPicker codes={codes} onToggle={toggle} />}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      <LabelledChips level={level} codes={codes} onRemove={(code) => toggle(code, false)} locale={locale} />
    </div>
  );
}

function LabelledChips({ level, codes, onRemove, locale }: { level: ScopeLevel; codes: string[]; onRemove(code: string): void; locale: 'fa' | 'en' }) {
  const provinces = useProvinces();
  const counties = useAllCounties();
  const names = new Map<string, string>();
  if (level === 'province') for (const p of provinces.data ?? []) names.set(p.code, pickName(p, locale));
  if (level === 'county') for (const c of counties.data ?? []) names.set(c.code, pickName(c, locale));
  return <ScopeChips items={codes.map((code) => ({ code, label: names.get(code) ?? code }))} onRemove={onRemove} />;
}

function ProvincePicker({ codes, onToggle }: { codes: string[]; onToggle(code: string, on: boolean): void }) {
  const { t, locale } = useI18n();
  const provinces = useProvinces();
  return <CheckboxGrid legend={t('users.pickProvinces')} options={namedOptions(provinces.data, locale)} selected={codes} onToggle={onToggle} />;
}

function CountyPicker({ codes, onToggle }: { codes: string[]; onToggle(code: string, on: boolean): void }) {
  const { t, locale } = useI18n();
  const provinces = useProvinces();
  const [province, setProvince] = useState('');
  const counties = useCounties(province || undefined);
  return (
    <div className="stack">
      <SelectField label={t('users.pickCountiesOf')} value={province} onChange={setProvince} emptyLabel={t('nbh.choose')} options={namedOptions(provinces.data, locale)} />
      {province && <CheckboxGrid legend={t('users.pickCounties')} options={namedOptions(counties.data, locale)} selected={codes} onToggle={onToggle} />}
    </div>
  );
}

function NeighborhoodPicker({ codes, onToggle }: { codes: string[]; onToggle(code: string, on: boolean): void }) {
  const { t, locale } = useI18n();
  const [q, setQ] = useState('');
  const results = useQuery({
    queryKey: ['neighborhoods', 'list', { q, pageSize: 20, scope: 'picker' }],
    queryFn: () => api.get<NeighborhoodList>('/neighborhoods', { q, pageSize: 20 }),
    enabled: q.trim().length > 0,
  });
  const options = (results.data?.items ?? []).map((n) => ({
    value: n.code,
    label: `${locale === 'en' && n.nameEn ? n.nameEn : n.nameFa} — ${locale === 'en' ? n.cityNameEn : n.cityNameFa}`,
  }));
  return (
    <div className="stack">
      <SearchBox label={t('users.searchNeighborhood')} value={q} onSearch={setQ} />
      {q.trim() && <CheckboxGrid legend={t('users.pickNeighborhoods')} options={options} selected={codes} onToggle={onToggle} />}
    </div>
  );
}
