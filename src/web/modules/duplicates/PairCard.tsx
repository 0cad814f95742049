import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DuplicateCandidate } from '../../../modules/residents/duplicates.schemas.ts';
import type { PersonSummary } from '../../../modules/residents/residents.schemas.ts';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { fullName } from '../residents/PersonBadges.tsx';

interface PairCardProps {
  pair: DuplicateCandidate;
  /** Null for readers who may not merge: the pair is shown without actions. */
  actions: null | { survivorId: string; onChoose(id: string): void; onMerge(): void; onDismiss(): void; busy: boolean };
}

/** Two records side by side, the fields where they differ highlighted, with the score and its reasons. */
export function PairCard({ pair, actions }: PairCardProps) {
  const { t, fmt } = useI18n();
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
    { label: t('residents.agency'), value: (p) => p.agencyCodes.join('، ') || dash },
  ];
  const people = [pair.first, pair.second];
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
      <table className="dup-pair-table">
        <thead>
          <tr>
            <th scope="col">{t('duplicates.field')}</th>
            {people.map((person) => (
              <th scope="col" key={person.id}>
                {actions ? (
                  <label className="row">
                    <input type="radio" name={`survivor-${pair.id}`} checked={actions.survivorId === person.id} onChange={() => actions.onChoose(person.id)} />
                    <span>{actions.survivorId === person.id ? t('duplicates.kept') : t('duplicates.keep')}</span>
                  </label>
                ) : (
                  <Link to={`/persons/${person.id}`}>{fullName(person)}</Link>
                )}
              </th>
            ))}
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
      {actions && pair.status === 'open' && (
        <div className="dup-actions">
          <Button onClick={actions.onDismiss} disabled={actions.busy}>
            {t('duplicates.dismiss')}
          </Button>
          <Button variant="primary" onClick={actions.onMerge} disabled={actions.busy}>
            {t('duplicates.merge')}
          </Button>
        </div>
      )}
    </Card>
  );
}
