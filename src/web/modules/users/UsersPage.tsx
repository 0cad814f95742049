import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { roles } from '../../../lib/scope.ts';
import type { User } from '../../../modules/users/users.schemas.ts';
import { useSession } from '../../auth/useSession.ts';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ErrorNotice, useErrorMessage } from '../../components/ErrorNotice.tsx';
import { PlusIcon } from '../../components/icons.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pagination, pageSizes } from '../../components/Pagination.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useToast } from '../../components/useToast.ts';
import { pickName } from '../../i18n/names.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useAgencies } from '../reference/reference-queries.ts';
import { useUpdateUser, useUserList } from './users-queries.ts';

function readParams(search: URLSearchParams) {
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  const role = search.get('role') ?? '';
  const active = search.get('active') ?? '';
  return {
    q: search.get('q') ?? '',
    role: (roles as readonly string[]).includes(role) ? role : '',
    active: active === 'true' || active === 'false' ? active : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: (pageSizes as readonly number[]).includes(pageSize) ? pageSize : 50,
  };
}

/** Administrators' list of accounts: search, filter, page, and (de)activate. */
export function UsersPage() {
  const { t, fmt, locale } = useI18n();
  const { session } = useSession();
  const toast = useToast();
  const messageOf = useErrorMessage();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readParams(searchParams);
  const list = useUserList(params);
  const agencies = useAgencies();
  const update = useUpdateUser();
  const [toDeactivate, setToDeactivate] = useState<User | null>(null);

  const setParams = (changes: Partial<typeof params>) => {
    const next = { ...params, page: 1, ...changes };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) {
      if (value === '' || (key === 'page' && value === 1) || (key === 'pageSize' && value === 50)) continue;
      search.set(key, String(value));
    }
    setSearchParams(search, { replace: changes.q !== undefined });
  };

  const setActive = (user: User, active: boolean) =>
    update.mutate(
      { id: user.id, body: { active } },
      {
        onSuccess: () => {
          setToDeactivate(null);
          toast.success(active ? t('users.activated') : t('users.deactivated'));
        },
        onError: (error) => {
          if (active) toast.error(messageOf(error));
        },
      },
    );

  const agencyName = (code: string | null) => {
    if (!code) return '—';
    const agency = agencies.data?.find((a) => a.code === code);
    return agency ? pickName(agency, locale) : code;
  };

  const columns: Column<User>[] = [
    { key: 'displayName', header: t('users.displayName'), render: (u) => <Link to={`/users/${u.id}`} className="cell-title">{u.displayName}</Link> },
    { key: 'username', header: t('users.username'), render: (u) => <span className="ltr code">{u.username}</span> },
    { key: 'role', header: t('users.role'), render: (u) => t(`role.${u.role}`) },
    {
      key: 'scope',
      header: t('users.scope'),
      secondary: true,
      render: (u) => (u.scope.level === 'country' ? t('scopeLevel.country') : `${t(`scopeLevel.${u.scope.level}`)} (${fmt.number(u.scope.codes.length)})`),
    },
    { key: 'agency', header: t('users.agency'), secondary: true, render: (u) => agencyName(u.agencyCode) },
    { key: 'status', header: t('users.status'), render: (u) => (u.active ? <Badge tone="success">{t('common.active')}</Badge> : <Badge>{t('common.inactive')}</Badge>) },
    { key: 'lastLogin', header: t('users.lastLogin'), secondary: true, render: (u) => <span className="num">{u.lastLoginAt ? fmt.dateTime(u.lastLoginAt) : t('users.never')}</span> },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (u) =>
        u.id === session?.user.id ? null : u.active ? (
          <Button size="sm" variant="ghost" className="btn-danger-text" onClick={() => setToDeactivate(u)}>
            {t('users.deactivate')}
          </Button>
        ) : (
          <Button size="sm" variant="ghost" onClick={() => setActive(u, true)} disabled={update.isPending}>
            {t('users.activate')}
          </Button>
        ),
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('users.title')}
        subtitle={list.data ? t('pager.summary', { from: list.data.total === 0 ? 0 : (list.data.page - 1) * list.data.pageSize + 1, to: Math.min(list.data.total, list.data.page * list.data.pageSize), total: list.data.total }) : ' '}
        actions={
          <LinkButton to="/users/new" variant="primary">
            <PlusIcon />
            {t('users.new')}
          </LinkButton>
        }
      />
      <Card className="filters-card">
        <div className="filter-bar">
          <SearchBox label={t('users.searchLabel')} value={params.q} onSearch={(q) => setParams({ q })} />
          <SelectField label={t('users.role')} value={params.role} emptyLabel={t('users.anyRole')} options={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))} onChange={(role) => setParams({ role })} />
          <SelectField
            label={t('users.activeFilter')}
            value={params.active}
            emptyLabel={t('users.anyActive')}
            options={[
              { value: 'true', label: t('users.onlyActive') },
              { value: 'false', label: t('users.onlyInactive') },
            ]}
            onChange={(active) => setParams({ active })}
          />
        </div>
      </Card>
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      <Card flush>
        <DataTable caption={t('users.title')} columns={columns} rows={list.data?.items} rowKey={(u) => u.id} loading={list.isFetching} rowClassName={(u) => (u.active ? undefined : 'row-muted')} />
        {list.data && list.data.total > 0 && (
          <Pagination total={list.data.total} page={list.data.page} pageSize={list.data.pageSize} onPageChange={(page) => setParams({ page })} onPageSizeChange={(pageSize) => setParams({ pageSize })} />
        )}
      </Card>
      <ConfirmDialog
        isOpen={toDeactivate !== null}
        message={toDeactivate ? t('users.deactivateConfirm', { name: toDeactivate.displayName }) : ''}
        confirmLabel={t('users.deactivate')}
        danger
        busy={update.isPending}
        error={update.isError && toDeactivate ? messageOf(update.error) : null}
        onCancel={() => {
          setToDeactivate(null);
          update.reset();
        }}
        onConfirm={() => toDeactivate && setActive(toDeactivate, false)}
      />
    </div>
  );
}
