import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { bodyLevels, type BodyLevel } from '../../../modules/meetings/meetings.schemas.ts';
import { useSession } from '../../auth/useSession.ts';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { PlusIcon } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useProvinces } from '../reference/reference-queries.ts';
import { BodyCreatePanel } from './BodyCreatePanel.tsx';
import { BodyTable } from './BodyTable.tsx';
import { useBodies } from './meetings-api.ts';
import '../../styles/meetings.css';

interface BodyListParams {
  q: string;
  level: BodyLevel | '';
  province: string;
}

function readParams(search: URLSearchParams): BodyListParams {
  const level = search.get('level') ?? '';
  return {
    q: search.get('q') ?? '',
    level: (bodyLevels as readonly string[]).includes(level) ? (level as BodyLevel) : '',
    province: search.get('province') ?? '',
  };
}

/** The headquarters and working groups in scope, with their meetings and open resolutions. */
export function BodiesPage() {
  const { t, locale } = useI18n();
  const { can } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readParams(searchParams);
  const list = useBodies({ q: params.q.trim() || undefined, level: params.level || undefined, province: params.province || undefined });
  const provinces = useProvinces();
  const [creating, setCreating] = useState(false);
  const canWrite = can('meetings.write');

  const update = (changes: Partial<BodyListParams>) => {
    const next = { ...params, ...changes };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value.trim()) search.set(key, value.trim());
    setSearchParams(search, { replace: changes.q !== undefined });
  };
  const filtered = Boolean(params.q || params.level || params.province);

  return (
    <div className="page">
      <PageHeader
        title={t('bodies.title')}
        subtitle={list.data ? t('bodies.totalCount', { total: list.data.total }) : ' '}
        actions={
          canWrite &&
          !creating && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              <PlusIcon />
              {t('bodies.new')}
            </Button>
          )
        }
      />
      {creating && (
        <Card>
          <BodyCreatePanel onDone={() => setCreating(false)} />
        </Card>
      )}
      <Card className="filters-card">
        <div className="filters-layout">
          <SearchBox label={t('bodies.searchLabel')} placeholder={t('bodies.searchPlaceholder')} value={params.q} onSearch={(q) => update({ q })} />
          <FilterBar onClear={filtered ? () => setSearchParams(new URLSearchParams()) : undefined}>
            <SelectField
              label={t('bodies.level')}
              value={params.level}
              emptyLabel={t('bodies.anyLevel')}
              options={bodyLevels.map((level) => ({ value: level, label: t(`bodies.levels.${level}`) }))}
              onChange={(level) => update({ level: level as BodyLevel | '' })}
            />
            <SelectField label={t('bodies.province')} value={params.province} emptyLabel={t('meetings.anyProvince')} options={namedOptions(provinces.data, locale)} onChange={(province) => update({ province })} />
          </FilterBar>
        </div>
      </Card>
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      <Card flush>
        <BodyTable rows={list.data?.items} loading={list.isFetching} />
      </Card>
    </div>
  );
}
