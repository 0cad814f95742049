import type { MeetingStatus } from '../../../modules/meetings/meetings.schemas.ts';
import { Badge } from '../../components/Badge.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

const meetingTone = { planned: 'neutral', held: 'primary', approved: 'success' } as const;

/** برنامه‌ریزی‌شده، برگزارشده، صورتجلسهٔ تأییدشده. A resolution's status badge is the resolutions module's. */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useI18n();
  return <Badge tone={meetingTone[status]}>{t(`meetings.status.${status}`)}</Badge>;
}
