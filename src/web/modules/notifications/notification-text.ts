import { useCallback } from 'react';
import type { Notification } from '../../../modules/notifications/notifications.schemas.ts';
import type { BadgeTone } from '../../components/Badge.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

/** The colour of each kind's label: late is red, soon is amber. */
export const kindTone: Record<Notification['kind'], BadgeTone> = {
  resolution_assigned: 'primary',
  deadline_soon: 'warning',
  resolution_overdue: 'danger',
  daily_digest: 'neutral',
};

export interface NotificationText {
  /** One sentence in the user's language. */
  message: string;
  /** The resolution's own words, cut short, when the notice is about one resolution. */
  excerpt: string | null;
}

type Params = Notification['params'];

function numberParam(params: Params, key: string): number {
  const value = params[key];
  if (typeof value === 'number') return value;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : 0;
}

function textParam(params: Params, key: string): string {
  const value = params[key];
  return value === null || value === undefined ? '' : String(value);
}

const EXCERPT_LENGTH = 120;

function excerptOf(text: string): string | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return null;
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH).trimEnd()}…` : flat;
}

/**
 * The words of a notice, built here from its kind and parameters so that it reads in the
 * user's language (the server stores only the facts).
 */
export function useNotificationText(): (notification: Notification) => NotificationText {
  const { t, fmt } = useI18n();
  return useCallback(
    ({ kind, params }) => {
      if (kind === 'daily_digest') {
        return {
          message: t('notifications.text.daily_digest', {
            date: fmt.date(textParam(params, 'date')),
            open: numberParam(params, 'open'),
            dueSoon: numberParam(params, 'dueSoon'),
            overdue: numberParam(params, 'overdue'),
          }),
          excerpt: null,
        };
      }
      const facts = {
        row: numberParam(params, 'rowNumber'),
        meeting: numberParam(params, 'meetingNumber'),
        body: textParam(params, 'bodyNameFa'),
        deadline: fmt.date(textParam(params, 'deadline')),
      };
      const excerpt = excerptOf(textParam(params, 'text'));
      switch (kind) {
        case 'resolution_assigned':
          return { message: t('notifications.text.resolution_assigned', facts), excerpt };
        case 'deadline_soon': {
          const days = numberParam(params, 'daysLeft');
          return { message: days <= 0 ? t('notifications.text.deadline_today', facts) : t('notifications.text.deadline_soon', { ...facts, days }), excerpt };
        }
        case 'resolution_overdue':
          return { message: t('notifications.text.resolution_overdue', { ...facts, days: numberParam(params, 'delayDays') }), excerpt };
        default:
          return { message: t('notifications.text.unknown'), excerpt: null };
      }
    },
    [t, fmt],
  );
}

/** Only paths inside the app are followed; anything else opens the notifications page. */
export function safeLink(link: string): string {
  return link.startsWith('/') && !link.startsWith('//') && !link.includes('\\') ? link : '/notifications';
}
