import { useState } from 'react';
import { Link } from 'react-router';
import type { DuplicateCandidate, MergeResult } from '../../../modules/residents/duplicates.schemas.ts';
import type { PersonSummary } from '../../../modules/residents/residents.schemas.ts';
import { candidateStatuses } from '../../../modules/residents/duplicates.schemas.ts';
import { useSession } from '../../auth/useSession.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorNotice, useErrorMessage } from '../../components/ErrorNotice.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { ListPager } from '../../components/ListPager.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useToast } from '../../components/useToast.ts';
import { useUrlListParams } from '../../components/useUrlListParams.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import '../../styles/resolutions.css';
import { NeighborhoodFilter } from '../resolutions/NeighborhoodFilter.tsx';
import { fullName } from '../residents/PersonBadges.tsx';
import { PairCard } from './PairCard.tsx';
import { useDetectDuplicates, useDismissDuplicate, useDuplicateList, useMergePersons, useUndoMerge } from './duplicates-queries.ts';
import './duplicates.css';

interface Params {
  neighborhood: string;
  minScore: string;
  status: string;
  page: number;
  pageSize: number;
}

const scores = ['50', '60', '70', '80', '90'];

function readParams(search: URLSearchParams): Params {
  const status = search.get('status') ?? '';
  return {
    neighborhood: search.get('neighborhood') ?? '',
    minScore: scores.includes(search.get('minScore') ?? '') ? search.get('minScore')! : '',
    status: (candidateStatuses as readonly string[]).includes(status) ? status : 'open',
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: [10, 20, 50].includes(Number(search.get('pageSize'))) ? Number(search.get('pageSize')) : 20,
  };
}

function writeParams(params: Params): URLSearchParams {
  const search = new URLSearchParams();
  if (params.neighborhood) search.set('neighborhood', params.neighborhood);
  if (params.minScore) search.set('minScore', params.minScore);
  if (params.status !== 'open') search.set('status', params.status);
  if (params.page > 1) search.set('page', String(params.page));
  if (params.pageSize !== 20) search.set('pageSize', String(params.pageSize));
  return search;
}

/** How much a record holds that the other may not: the fuller one is offered as the one to keep. */
function richness(person: PersonSummary): number {
  return (person.nationalId ? 8 : 0) + (person.householdId ? 4 : 0) + (person.fatherName ? 1 : 0) + (person.birthDate ? 1 : 0) + person.agencyCodes.length;
}

/** The record kept unless the user chooses: the fuller one, the first on a tie. */
function suggestedSurvivor(pair: DuplicateCandidate): string {
  return richness(pair.second) > richness(pair.first) ? pair.second.id : pair.first.id;
}

/** Pairs of records that are probably one person: compare, choose the one to keep, merge (undoable) or dismiss. */
export function DuplicatesPage() {
  const { t, fmt } = useI18n();
  const { can } = useSession();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const { params, update, clear } = useUrlListParams(readParams, writeParams);
  const list = useDuplicateList({ neighborhoodId: params.neighborhood || undefined, minScore: params.minScore || undefined, status: params.status, page: params.page, pageSize: params.pageSize });
  const detect = useDetectDuplicates();
  const dismiss = useDismissDuplicate();
  const merge = useMergePersons();
  const undo = useUndoMerge();
  const [survivors, setSurvivors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<DuplicateCandidate | null>(null);
  const [lastMerge, setLastMerge] = useState<MergeResult | null>(null);
  const mayMerge = can('persons.merge');

  const survivorOf = (pair: DuplicateCandidate) => survivors[pair.id] ?? suggestedSurvivor(pair);
  const sides = (pair: DuplicateCandidate) => {
    const survivor = survivorOf(pair) === pair.first.id ? pair.first : pair.second;
    return { survivor, merged: survivor === pair.first ? pair.second : pair.first };
  };

  const runMerge = () => {
    if (!confirming) return;
    const { survivor, merged } = sides(confirming);
    merge.mutate(
      { survivorId: survivor.id, survivorVersion: survivor.version, mergedId: merged.id, mergedVersion: merged.version },
      {
        onSuccess: (result) => {
          setConfirming(null);
          // The notice below, with its undo, says it: no toast on top.
          setLastMerge(result);
        },
      },
    );
  };

  return (
    <div className="page">
      <PageHeader
        title={t('duplicates.title')}
        subtitle={list.data ? t('duplicates.subtitle', { total: list.data.total }) : ' '}
        actions={
          mayMerge && (
            <Button
              busy={detect.isPending}
              onClick={() => detect.mutate(undefined, { onSuccess: (result) => toast.success(t('duplicates.detected', { found: result.found, open: result.open })), onError: (error) => toast.error(errorMessage(error)) })}
            >
              {t('duplicates.detect')}
            </Button>
          )
        }
      />
      <p className="subtle residents-note">{t('duplicates.note')}</p>
      {lastMerge && (
        <Alert
          tone="success"
          actions={
            <Button
              busy={undo.isPending}
              onClick={() =>
                undo.mutate(lastMerge.mergeId, {
                  onSuccess: () => {
                    setLastMerge(null);
                    toast.success(t('duplicates.undone'));
                  },
                  onError: (error) => toast.error(errorMessage(error)),
                })
              }
            >
              {t('duplicates.undo')}
            </Button>
          }
        >
          {t('duplicates.merged')} <Link to={`/persons/${lastMerge.survivorId}`}>{t('duplicates.openSurvivor')}</Link>
        </Alert>
      )}
      <Card className="filters-card">
        <FilterBar onClear={params.neighborhood || params.minScore || params.status !== 'open' ? clear : undefined}>
          <NeighborhoodFilter value={params.neighborhood} onChange={(neighborhood) => update({ neighborhood })} />
          <SelectField label={t('duplicates.minScore')} value={params.minScore} emptyLabel={t('duplicates.anyScore')} options={scores.map((value) => ({ value, label: fmt.number(Number(value)) }))} onChange={(minScore) => update({ minScore })} />
          <SelectField label={t('duplicates.status')} value={params.status} options={candidateStatuses.map((value) => ({ value, label: t(`duplicates.status.${value}`) }))} onChange={(status) => update({ status })} />
        </FilterBar>
      </Card>
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && <Spinner label={t('app.loading')} />}
      {list.data && list.data.items.length === 0 && <p className="subtle">{t('duplicates.empty')}</p>}
      <div className="dup-list">
        {list.data?.items.map((pair) => (
          <PairCard
            key={pair.id}
            pair={pair}
            actions={
              mayMerge
                ? {
                    survivorId: survivorOf(pair),
                    onChoose: (id) => setSurvivors((current) => ({ ...current, [pair.id]: id })),
                    onMerge: () => setConfirming(pair),
                    onDismiss: () => dismiss.mutate(pair.id, { onSuccess: () => toast.info(t('duplicates.dismissed')), onError: (error) => toast.error(errorMessage(error)) }),
                    busy: dismiss.isPending || merge.isPending,
                  }
                : null
            }
          />
        ))}
      </div>
      <ListPager data={list.data} update={update} />
      <ConfirmDialog
        isOpen={confirming !== null}
        title={t('duplicates.confirmTitle')}
        message={confirming ? t('duplicates.confirmMessage', { survivor: fullName(sides(confirming).survivor), merged: fullName(sides(confirming).merged) }) : ''}
        confirmLabel={t('duplicates.merge')}
        busy={merge.isPending}
        error={merge.error ? errorMessage(merge.error) : null}
        onConfirm={runMerge}
        onCancel={() => {
          setConfirming(null);
          merge.reset();
        }}
      />
    </div>
  );
}
