import { meetingStatuses } from '../../../modules/meetings/meetings.schemas.ts';
import { FilterBar } from '../../components/FilterBar.tsx';
import { JalaliDateField } from '../../components/JalaliDateField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useProvinces } from '../reference/reference-queries.ts';
import { useBodies } from './meetings-api.ts';
import type { MeetingListParams } from './meeting-list-params.ts';

type FilterChanges = Partial<Pick<MeetingListParams, 'body' | 'province' | 'status' | 'from' | 'to'>>;

/** Province → body, status, and a Jalali date range. */
export function MeetingFilters({ params, onChange, onClear }: { params: MeetingListParams; onChange(changes: FilterChanges): void; onClear?: () => void }) {
  const { t, locale } = useI18n();
  const provinces = useProvinces();
  const bodies = useBodies({ province: params.province || undefined });

  return (
    <FilterBar onClear={onClear}>
      <SelectField
        label={t('meetings.province')}
        value={params.province}
        emptyLabel={t('meetings.anyProvince')}
        options={namedOptions(provinces.data, locale)}
        onChange={(province) => onChange({ province, body: '' })}
      />
      <SelectField
        label={t('meetings.body')}
        value={params.body}
        emptyLabel={t('meetings.anyBody')}
        options={(bodies.data?.items ?? []).map((b) => ({ value: String(b.id), label: b.nameFa }))}
        onChange={(body) => onChange({ body })}
      />
      <SelectField
        label={t('meetings.statusLabel')}
        value={params.status}
        emptyLabel={t('meetings.anyStatus')}
        options={meetingStatuses.map((status) => ({ value: status, label: t(`meetings.status.${status}`) }))}
        onChange={(status) => onChange({ status: status as MeetingListParams['status'] })}
      />
      <JalaliDateField label={t('meetings.from')} value={params.from || null} onChange={(from) => onChange({ from: from ?? '' })} />
      <JalaliDateField label={t('meetings.to')} value={params.to || null} onChange={(to) => onChange({ to: to ?? '' })} />
    </FilterBar>
  );
}
