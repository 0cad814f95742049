import { Link, useSearchParams } from 'react-router';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { ErrorNotice, useErrorMessage } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pagination, pageSizes } from '../../components/Pagination.tsx';
import { useToast } from '../../components/useToast.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import '../../styles/resolutions.css';
import { useMarkAllRead, useMarkRead, useNotificationList } from './notification-queries.ts';
import { kindTone, safeLink, useNotificationText } from './notification-text.ts';

const DEFAULT_PAGE_SIZE = 20;

function readParams(search: URLSearchParams) {
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  return {
    unread: search.get('unread') === 'true',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: (pageSizes as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}
type Params = ReturnType<typeof readParams>;

/** The user's notices, newest first: all or unread only, each marked read when opened. */
export function NotificationsPage() {
  const { t, fmt } = useI18n();
  const toast = useToast();
  const messageOf = useErrorMessage();
  const textOf = useNotificationText();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readParams(searchParams);
  const list = useNotificationList({ unread: params.unread ? 'true' : undefined, page: params.page, pageSize: params.pageSize });
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();

  const setParams = (changes: Partial<Params>) => {
    const next = { ...params, page: 1, ...changes };
    const search = new URLSearchParams();
    if (next.unread) search.set('unread', 'true');
    if (next.page > 1) search.set('page', String(next.page));
    if (next.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(next.pageSize));
    setSearchParams(search);
  };
  const read = (id: string) => markRead.mutate(id, { onError: (error) => toast.error(messageOf(error)) });
  const unread = list.data?.unread ?? 0;

  return (
    <div className="page page-narrow">
      <PageHeader
        title={t('nav.notifications')}
        subtitle={list.data ? t('notifications.unreadCount', { count: unread }) : ' '}
        actions={
          <Button
            onClick={() => markAllRead.mutate(undefined, { onSuccess: () => toast.success(t('notifications.allMarked')), onError: (error) => toast.error(messageOf(error)) })}
            disabled={unread === 0}
            busy={markAllRead.isPending}
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <div className="res-tabs" role="group" aria-label={t('notifications.show')}>
        <button type="button" className={params.unread ? 'res-tab' : 'res-tab res-tab-active'} aria-pressed={!params.unread} onClick={() => setParams({ unread: false })}>
          {t('notifications.all')}
        </button>
        <button type="button" className={params.unread ? 'res-tab res-tab-active' : 'res-tab'} aria-pressed={params.unread} onClick={() => setParams({ unread: true })}>
          {t('notifications.unreadOnly')}
        </button>
      </div>
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      <Card flush>
        {list.isPending && <p className="res-list-state">{t('app.loading')}</p>}
        {list.data && list.data.items.length === 0 && <p className="res-list-state">{params.unread ? t('notifications.noUnread') : t('notifications.empty')}</p>}
        {list.data && list.data.items.length > 0 && (
          <ul className={list.isFetching ? 'notification-list notification-list-refreshing' : 'notification-list'}>
            {list.data.items.map((notification) => {
              const { message, excerpt } = textOf(notification);
              const isUnread = notification.readAt === null;
              return (
                <li key={notification.id} className={isUnread ? 'notification notification-unread' : 'notification'}>
                  <div className="notification-main">
                    <div className="row">
                      <Badge tone={kindTone[notification.kind]}>{t(`notifications.kind.${notification.kind}`)}</Badge>
                      {isUnread && <span className="notification-dot" aria-label={t('notifications.unreadMark')} />}
                      <span className="subtle num">{fmt.dateTime(notification.createdAt)}</span>
                    </div>
                    <Link to={safeLink(notification.link)} className="notification-message" onClick={() => isUnread && read(notification.id)}>
                      {message}
                    </Link>
                    {excerpt && (
                      <p className="notification-excerpt subtle" lang="fa" dir="rtl">
                        {excerpt}
                      </p>
                    )}
                  </div>
                  {isUnread && (
                    <Button size="sm" variant="ghost" onClick={() => read(notification.id)} disabled={markRead.isPending && markRead.variables === notification.id}>
                      {t('notifications.markRead')}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {list.data && list.data.total > 0 && (
          <Pagination
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            onPageChange={(page) => setParams({ page })}
            onPageSizeChange={(pageSize) => setParams({ pageSize })}
          />
        )}
      </Card>
    </div>
  );
}
