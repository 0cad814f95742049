import type { ReviewDecision } from '../../../modules/meetings/meetings.schemas.ts';
import type { Resolution, ResolutionStatus } from '../../../modules/meetings/resolutions.schemas.ts';
import { Badge, type BadgeTone } from '../../components/Badge.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

const statusTone: Record<ResolutionStatus, BadgeTone> = {
  not_started: 'neutral',
  in_progress: 'primary',
  done: 'success',
  stopped: 'warning',
  cancelled: 'neutral',
};

/** شروع نشده، در حال اقدام، انجام شده، متوقف، لغو شده. */
export function ResolutionStatusBadge({ status }: { status: ResolutionStatus }) {
  const { t } = useI18n();
  return <Badge tone={statusTone[status]}>{t(`resolutions.status.${status}`)}</Badge>;
}

/** معوق, with the days of delay when there are any. */
export function OverdueBadge({ delayDays }: { delayDays: number }) {
  const { t } = useI18n();
  return <Badge tone="danger">{delayDays > 0 ? t('resolutions.overdueDays', { days: delayDays }) : t('resolutions.overdue')}</Badge>;
}

const decisionTone: Record<ReviewDecision, BadgeTone> = {
  closed: 'success',
  extended: 'warning',
  reassigned: 'primary',
  continued: 'neutral',
  cancelled: 'danger',
};

/** What a later meeting decided about the resolution: مختومه، تمدید مهلت، واگذاری، ادامهٔ اقدام، لغو. */
export function ReviewDecisionBadge({ decision }: { decision: ReviewDecision }) {
  const { t } = useI18n();
  return <Badge tone={decisionTone[decision]}>{t(`resolutions.decision.${decision}`)}</Badge>;
}

/** Within this many days of the deadline an open resolution is "due soon". */
export const DUE_SOON_DAYS = 7;

type DeadlineFacts = Pick<Resolution, 'status' | 'overdue' | 'delayDays' | 'daysLeft'>;

/** How a resolution stands against its deadline, for row highlighting. */
export function deadlineState(r: DeadlineFacts): 'overdue' | 'due_soon' | 'late_done' | 'on_time' | 'open' | 'closed' {
  if (r.overdue) return 'overdue';
  if (r.status === 'done') return r.delayDays > 0 ? 'late_done' : 'on_time';
  if (r.status === 'stopped' || r.status === 'cancelled') return 'closed';
  if (r.daysLeft !== null && r.daysLeft <= DUE_SOON_DAYS) return 'due_soon';
  return 'open';
}

/** معوق with the days of delay, or the days left, or how a done resolution met its deadline. */
export function DeadlineBadge({ resolution }: { resolution: DeadlineFacts }) {
  const { t } = useI18n();
  const state = deadlineState(resolution);
  switch (state) {
    case 'overdue':
      return <OverdueBadge delayDays={resolution.delayDays} />;
    case 'late_done':
      return <Badge tone="warning">{t('resolutions.doneLate', { days: resolution.delayDays })}</Badge>;
    case 'on_time':
      return <Badge tone="success">{t('resolutions.doneOnTime')}</Badge>;
    case 'closed':
      return <span className="subtle">—</span>;
    case 'due_soon':
    case 'open': {
      const days = resolution.daysLeft;
      if (days === null) return <span className="subtle">—</span>;
      const label = days === 0 ? t('resolutions.dueToday') : t('resolutions.daysLeft', { days });
      return <Badge tone={state === 'due_soon' ? 'warning' : 'neutral'}>{label}</Badge>;
    }
  }
}

/** A thin bar and the percentage (0–100). */
export function ProgressBar({ value, wide = false }: { value: number; wide?: boolean }) {
  const { t, fmt } = useI18n();
  const clamped = Math.min(100, Math.max(0, value));
  return (
    <span className={wide ? 'res-progress res-progress-wide' : 'res-progress'}>
      <span className="res-progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={clamped} aria-label={t('resolutions.progress')}>
        <span className={clamped >= 100 ? 'res-progress-fill res-progress-full' : 'res-progress-fill'} style={{ inlineSize: `${clamped}%` }} />
      </span>
      <span className="num">{fmt.percent(clamped / 100)}</span>
    </span>
  );
}
