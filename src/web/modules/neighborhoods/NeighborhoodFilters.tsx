import { fabrics, neighborhoodStatuses, severities } from '../../../modules/geography/geography.schemas.ts';
import { FilterBar } from '../../components/FilterBar.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useAgencies, useCities, useCounties, useProvinces } from '../reference/reference-queries.ts';
import type { FilterKey, NeighborhoodListParams } from './list-params.ts';

interface NeighborhoodFiltersProps {
  params: NeighborhoodListParams;
  onChange(changes: Partial<Pick<NeighborhoodListParams, FilterKey>>): void;
  onClear?: () => void;
}

/** Province → county → city cascade, and the category filters. */
export function NeighborhoodFilters({ params, onChange, onClear }: NeighborhoodFiltersProps) {
  const { t, locale } = useI18n();
  const provinces = useProvinces();
  const counties = useCounties(params.province || undefined);
  const cities = useCities(params.province || undefined, params.county || undefined);
  const agencies = useAgencies();

  return (
    <FilterBar onClear={onClear}>
      <SelectField
        label={t('nbh.province')}
        value={params.province}
        emptyLabel={t('nbh.anyProvince')}
        options={namedOptions(provinces.data, locale)}
        onChange={(province) => onChange({ province, county: '', city: '' })}
      />
      <SelectField
        label={t('nbh.county')}
        value={params.county}
        emptyLabel={t('nbh.anyCounty')}
        options={namedOptions(counties.data, locale)}
        disabled={!params.province}
        onChange={(county) => onChange({ county, city: '' })}
      />
      <SelectField
        label={t('nbh.city')}
        value={params.city}
        emptyLabel={t('nbh.anyCity')}
        options={namedOptions(cities.data, locale)}
        disabled={!params.county}
        onChange={(city) => onChange({ city })}
      />
      <SelectField
        label={t('nbh.severity')}
        value={params.severity}
        emptyLabel={t('nbh.anySeverity')}
        options={severities.map((value) => ({ value, label: t(`severity.${value}`) }))}
        onChange={(value) => onChange({ severity: value as NeighborhoodListParams['severity'] })}
      />
      <SelectField
        label={t('nbh.status')}
        value={params.status}
        emptyLabel={t('nbh.anyStatus')}
        options={neighborhoodStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
        onChange={(value) => onChange({ status: value as NeighborhoodListParams['status'] })}
      />
      <SelectField
        label={t('nbh.steward')}
        value={params.stewardAgency}
        emptyLabel={t('nbh.anySteward')}
        options={namedOptions(agencies.data, locale)}
        onChange={(stewardAgency) => onChange({ stewardAgency })}
      />
      <SelectField
        label={t('nbh.fabric')}
        value={params.fabric}
        emptyLabel={t('nbh.anyFabric')}
        options={fabrics.map((value) => ({ value, label: t(`fabric.${value}`) }))}
        onChange={(value) => onChange({ fabric: value as NeighborhoodListParams['fabric'] })}
      />
    </FilterBar>
  );
}
