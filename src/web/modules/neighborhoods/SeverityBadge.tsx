import type { NeighborhoodStatus, Severity } from '../../../modules/geography/geography.schemas.ts';
import { Badge } from '../../components/Badge.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useI18n();
  return <Badge tone={`sev-${severity}`}>{t(`severity.${severity}`)}</Badge>;
}

const statusTone = { candidate: 'neutral', target: 'primary', graduated: 'success' } as const;

export function StatusBadge({ status }: { status: NeighborhoodStatus }) {
  const { t } = useI18n();
  return <Badge tone={statusTone[status]}>{t(`status.${status}`)}</Badge>;
}
