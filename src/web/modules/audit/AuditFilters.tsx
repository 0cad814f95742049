import { JalaliDateField } from '../../components/JalaliDateField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { actionLabel, auditActions, auditEntities, entityLabel } from './audit-labels.ts';

export interface AuditFilterValues {
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  from: string;
  to: string;
}

interface AuditFiltersProps {
  values: AuditFilterValues;
  onChange(changes: Partial<AuditFilterValues>): void;
}

/** Who, what, which record and when (Jalali dates, inclusive). */
export function AuditFilters({ values, onChange }: AuditFiltersProps) {
  const { t } = useI18n();
  return (
    <div className="filter-bar">
      <TextField label={t('audit.actor')} value={values.actor} onChange={(actor) => onChange({ actor })} ltr hint={t('audit.actorHint')} />
      <SelectField label={t('audit.action')} value={values.action} emptyLabel={t('audit.anyAction')} options={auditActions.map((a) => ({ value: a, label: actionLabel(t, a) }))} onChange={(action) => onChange({ action })} />
      <SelectField label={t('audit.entity')} value={values.entity} emptyLabel={t('audit.anyEntity')} options={auditEntities.map((e) => ({ value: e, label: entityLabel(t, e) }))} onChange={(entity) => onChange({ entity })} />
      <TextField label={t('audit.entityId')} value={values.entityId} onChange={(entityId) => onChange({ entityId })} ltr />
      <JalaliDateField label={t('audit.from')} value={values.from || null} onChange={(from) => onChange({ from: from ?? '' })} />
      <JalaliDateField label={t('audit.to')} value={values.to || null} onChange={(to) => onChange({ to: to ?? '' })} />
    </div>
  );
}
