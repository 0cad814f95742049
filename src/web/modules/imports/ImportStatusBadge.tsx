import { Badge, type BadgeTone } from '../../components/Badge.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import type { ImportStatus } from './imports-types.ts';

const statusTone: Record<ImportStatus, BadgeTone> = {
  analysing: 'primary',
  needs_mapping: 'warning',
  analysed: 'primary',
  committing: 'primary',
  committed: 'success',
  failed: 'danger',
  cancelled: 'neutral',
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useI18n();
  return <Badge tone={statusTone[status]}>{t(`imports.status.${status}`)}</Badge>;
}
