import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { Link } from 'react-router';
import { useSession } from '../../auth/useSession.ts';
import { BellIcon } from '../../components/icons.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import '../../styles/resolutions.css';
import { useBellNotifications, useMarkAllRead, useMarkRead } from './notification-queries.ts';
import { safeLink, useNotificationText } from './notification-text.ts';

/** Counts above this show as "99+". */
const MAX_SHOWN_COUNT = 99;

/** The top bar's bell: the unread count, and the latest unread notices in a small panel. */
export function NotificationBell() {
  const { t, fmt } = useI18n();
  const { session } = useSession();
  const [open, setOpen] = useState(false);
  const bell = useBellNotifications(session !== null);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const textOf = useNotificationText();
  const unread = bell.data?.unread ?? 0;
  const countText = unread > MAX_SHOWN_COUNT ? t('notifications.manyCount', { count: MAX_SHOWN_COUNT }) : fmt.number(unread);
  const label = unread > 0 ? t('notifications.bellLabelUnread', { count: unread }) : t('notifications.bellLabel');

  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button className="btn btn-ghost btn-icon notification-bell" aria-label={label}>
        <BellIcon />
        {unread > 0 && (
          <span className="notification-count num" aria-hidden="true">
            {countText}
          </span>
        )}
      </Button>
      <Popover className="notification-popover" placement="bottom end" offset={6}>
        <Dialog className="notification-panel">
          <div className="notification-panel-head">
            <Heading slot="title" className="notification-panel-title">
              {t('nav.notifications')}
            </Heading>
            {unread > 0 && (
              <button type="button" className="btn btn-link btn-sm" onClick={() => markAllRead.mutate()} disabled={markAllRead.isPending}>
                {t('notifications.markAllRead')}
              </button>
            )}
          </div>
          {bell.isPending && <p className="notification-panel-empty">{t('app.loading')}</p>}
          {bell.isError && <p className="notification-panel-empty">{t('common.loadError')}</p>}
          {bell.data && bell.data.items.length === 0 && <p className="notification-panel-empty">{t('notifications.noUnread')}</p>}
          {bell.data && bell.data.items.length > 0 && (
            <ul className="notification-panel-list">
              {bell.data.items.map((notification) => {
                const { message } = textOf(notification);
                return (
                  <li key={notification.id}>
                    <Link
                      to={safeLink(notification.link)}
                      className="notification-panel-item"
                      onClick={() => {
                        markRead.mutate(notification.id);
                        setOpen(false);
                      }}
                    >
                      <span className="notification-panel-message">{message}</span>
                      <span className="subtle num notification-panel-time">{fmt.dateTime(notification.createdAt)}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
          <div className="notification-panel-foot">
            <Link to="/notifications" onClick={() => setOpen(false)}>
              {t('notifications.seeAll')}
            </Link>
          </div>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
