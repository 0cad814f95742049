import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DuplicateCandidate } from '../../../modules/residents/duplicates.schemas.ts';
import type { PersonSummary } from '../../../modules/residents/residents.schemas.ts';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { useAgencyName } from '../resolutions/resolution-names.ts';

interface PairCardProps {
  pair: DuplicateCandidate;
  /** Null for readers who may not merge: the pair is shown without actions. */
  actions: null | { survivorId: string; onChoose(id: string): void; onMerge(): void; onDismiss(): void; busy: boolean };
}

/** Two records side by side, the fields where they differ highlighted, with the score and its reasons. */
export function PairCard({ pair, actions }: PairCardProps) {
  const { t, fmt } = useI18n();
  const agencyName = useAgencyName();
  const dash = '—';
  const rows: { label: string; value(person: PersonSummary): string }[] = [
    { label: t('residents.firstName'), value: (p) => p.firstName },
    { label: t('residents.lastName'), value: (p) => p.lastName },
    { label: t('residents.fatherName'), value: (p) => p.fatherName || dash },
    { label: t('residents.nationalId'), value: (p) => (p.nationalId ? fmt.digits(p.nationalId) : p.missingIdReason ? t(`residents.missingIdReason.${p.missingIdReason}`) : dash) },
    { label: t('residents.birthDate'), value: (p) => (p.birthDate ? fmt.date(p.birthDate) : dash) },
    { label: t('residents.sex'), value: (p) => t(`residents.sex.${p.sex}`) },
    { label: t('residents.neighborhood'), value: (p) => p.neighborhoodNameFa ?? dash },
    { label: t('residents.household'), value: (p) => (p.householdId ? fmt.digits(p.householdId) : t('residents.noHousehold')) },
    { label: t('residents.agency'), value: (p) => p.agencyCodes.map((code) => agencyName(code)).join(t('residents.listSeparator')) || dash },
  ];
  const people = [pair.first, pair.second];
  // Dismissed and merged pairs are shown for the record: nothing left to choose.
  const choosing = actions && pair.status === 'open' ? actions : null;
  const cell = (content: ReactNode, differs: boolean, key: string) => (
    <td key={key} className={differs ? 'dup-diff' : undefined} lang="fa">
      {content}
    </td>
  );
  const title = (
    <span className="dup-reasons">
      <Badge tone={pair.score >= 80 ? 'danger' : pair.score >= 65 ? 'warning' : 'neutral'}>{t('duplicates.score', { score: pair.score })}</Badge>
      {pair.reasons.map((reason) => (
        <Badge key={reason} tone="primary">
          {t(`duplicates.reason.${reason}`, { similarity: fmt.decimal(pair.nameSimilarity ?? 0, 2) })}
        </Badge>
      ))}
    </span>
  );
  return (
    <Card title={title}>
      <table className="dup-pair-table" aria-label={t('duplicates.pairTable', { first: fmt.digits(pair.first.id), second: fmt.digits(pair.second.id) })}>
        <colgroup>
          <col className="dup-col-field" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('duplicates.field')}</th>
            {people.map((person) => {
              const record = t('duplicates.record', { id: fmt.digits(person.id) });
              const kept = choosing?.survivorId === person.id;
              return (
                <th scope="col" key={person.id}>
                  <div className="dup-person-head">
                    <Link to={`/persons/${person.id}`}>{record}</Link>
                    {choosing && (
                      <>
                        <label className="row dup-keep">
                          <input type="radio" name={`survivor-${pair.id}`} checked={kept} aria-label={t('duplicates.keepRecord', { id: fmt.digits(person.id) })} onChange={() => choosing.onChoose(person.id)} />
                          <span>{t('duplicates.keep')}</span>
                        </label>
                        <Badge tone={kept ? 'success' : 'neutral'}>{kept ? t('duplicates.kept') : t('duplicates.mergedAway')}</Badge>
                      </>
                    )}
                  </div>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const values = people.map(row.value);
            return (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {values.map((value, index) => cell(value, values[0] !== values[1], String(index)))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {choosing && (
        <div className="dup-actions">
          <Button onClick={choosing.onDismiss} disabled={choosing.busy}>
            {t('duplicates.dismiss')}
          </Button>
          <Button variant="primary" onClick={choosing.onMerge} disabled={choosing.busy}>
            {t('duplicates.merge')}
          </Button>
        </div>
      )}
    </Card>
  );
}
