import { axes, sexes } from '../../../modules/residents/residents.schemas.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useAgencies } from '../reference/reference-queries.ts';
// The tracker's neighbourhood type-ahead brings its styles from there.
import '../../styles/resolutions.css';
import { NeighborhoodFilter } from '../resolutions/NeighborhoodFilter.tsx';
import type { PersonFilters as Filters } from './person-list-params.ts';

interface PersonFiltersProps {
  params: Filters;
  onChange(changes: Partial<Filters>): void;
  onClear?: () => void;
}

/** Neighbourhood (typed: there are thousands), agency, sex, axis, and "without national ID". */
export function PersonFilters({ params, onChange, onClear }: PersonFiltersProps) {
  const { t, locale } = useI18n();
  const agencies = useAgencies();
  return (
    <FilterBar onClear={onClear}>
      <NeighborhoodFilter value={params.neighborhood} onChange={(neighborhood) => onChange({ neighborhood })} />
      <SelectField label={t('residents.agency')} value={params.agency} emptyLabel={t('residents.anyAgency')} options={namedOptions(agencies.data, locale)} onChange={(agency) => onChange({ agency })} />
      <SelectField
        label={t('residents.sex')}
        value={params.sex}
        emptyLabel={t('residents.anySex')}
        options={sexes.map((value) => ({ value, label: t(`residents.sex.${value}`) }))}
        onChange={(value) => onChange({ sex: value as Filters['sex'] })}
      />
      <SelectField
        label={t('residents.axisLabel')}
        value={params.axis}
        emptyLabel={t('residents.anyAxis')}
        options={axes.map((value) => ({ value, label: t(`residents.axisLong.${value}`) }))}
        onChange={(value) => onChange({ axis: value as Filters['axis'] })}
      />
      <div className="residents-toggle">
        <CheckboxField label={t('residents.onlyMissingId')} checked={params.missingId} onChange={(missingId) => onChange({ missingId })} />
      </div>
    </FilterBar>
  );
}
