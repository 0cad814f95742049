import { resolutionStatuses } from '../../../modules/meetings/resolutions.schemas.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { JalaliDateField } from '../../components/JalaliDateField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useAgencies, useProvinces } from '../reference/reference-queries.ts';
import { NeighborhoodFilter } from './NeighborhoodFilter.tsx';
import { useBodies, useMeetingsOfBody } from './resolution-queries.ts';
import type { TrackerFilters as Filters } from './tracker-params.ts';

interface TrackerFiltersProps {
  params: Filters;
  onChange(changes: Partial<Filters>): void;
  onClear?: () => void;
}

/** Province → body → meeting cascade, agency, status, deadline range and neighbourhood. */
export function TrackerFilters({ params, onChange, onClear }: TrackerFiltersProps) {
  const { t, fmt, locale } = useI18n();
  const provinces = useProvinces();
  const bodies = useBodies(params.province);
  const meetings = useMeetingsOfBody(params.body);
  const agencies = useAgencies();
  const collator = new Intl.Collator('fa');

  const bodyOptions = (bodies.data ?? []).map((body) => ({ value: String(body.id), label: body.nameFa })).sort((a, b) => collator.compare(a.label, b.label));
  const meetingOptions = (meetings.data ?? []).map((meeting) => ({
    value: String(meeting.id),
    label: t('resolutions.meetingOption', { number: meeting.number, date: fmt.date(meeting.heldOn) }),
  }));

  return (
    <FilterBar onClear={onClear}>
      <SelectField
        label={t('resolutions.province')}
        value={params.province}
        emptyLabel={t('resolutions.anyProvince')}
        options={namedOptions(provinces.data, locale)}
        onChange={(province) => onChange({ province, body: '', meeting: '' })}
      />
      <SelectField label={t('resolutions.body')} value={params.body} emptyLabel={t('resolutions.anyBody')} options={bodyOptions} onChange={(body) => onChange({ body, meeting: '' })} />
      <SelectField
        label={t('resolutions.meeting')}
        value={params.meeting}
        emptyLabel={params.body ? t('resolutions.anyMeeting') : t('resolutions.chooseBodyFirst')}
        options={meetingOptions}
        disabled={!params.body}
        onChange={(meeting) => onChange({ meeting })}
      />
      <SelectField
        label={t('resolutions.agency')}
        value={params.agency}
        emptyLabel={t('resolutions.anyAgency')}
        hint={t('resolutions.agencyHint')}
        options={namedOptions(agencies.data, locale)}
        onChange={(agency) => onChange({ agency })}
      />
      <SelectField
        label={t('resolutions.statusLabel')}
        value={params.status}
        emptyLabel={t('resolutions.anyStatus')}
        options={resolutionStatuses.map((value) => ({ value, label: t(`resolutions.status.${value}`) }))}
        onChange={(value) => onChange({ status: value as Filters['status'] })}
      />
      <JalaliDateField label={t('resolutions.deadlineFrom')} value={params.deadlineFrom || null} onChange={(value) => onChange({ deadlineFrom: value ?? '' })} />
      <JalaliDateField label={t('resolutions.deadlineTo')} value={params.deadlineTo || null} onChange={(value) => onChange({ deadlineTo: value ?? '' })} />
      <NeighborhoodFilter value={params.neighborhood} province={params.province} onChange={(neighborhood) => onChange({ neighborhood })} />
      <div className="res-toggles" role="group" aria-label={t('resolutions.toggles')}>
        <CheckboxField label={t('resolutions.onlyOpen')} checked={params.open} onChange={(open) => onChange({ open })} />
        <CheckboxField label={t('resolutions.onlyOverdue')} checked={params.overdue} onChange={(overdue) => onChange({ overdue })} />
      </div>
    </FilterBar>
  );
}
