import type { MeetingStatus } from '../../../modules/meetings/meetings.schemas.ts';
import type { ResolutionStatus } from '../../../modules/meetings/resolutions.schemas.ts';
import { Badge } from '../../components/Badge.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

const meetingTone = { planned: 'neutral', held: 'primary', approved: 'success' } as const;

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useI18n();
  return <Badge tone={meetingTone[status]}>{t(`meetings.status.${status}`)}</Badge>;
}

const resolutionTone = { not_started: 'neutral', in_progress: 'primary', done: 'success', stopped: 'warning', cancelled: 'neutral' } as const;

export function ResolutionStatusBadge({ status }: { status: ResolutionStatus }) {
  const { t } = useI18n();
  return <Badge tone={resolutionTone[status]}>{t(`meetings.resStatus.${status}`)}</Badge>;
}

/** "Overdue, 12 days late" for an open resolution past its deadline. */
export function OverdueBadge({ delayDays }: { delayDays: number }) {
  const { t } = useI18n();
  return <Badge tone="danger">{delayDays > 0 ? t('meetings.overdueDays', { days: delayDays }) : t('meetings.overdue')}</Badge>;
}
