import type { Axis, PersonSummary } from '../../../modules/residents/residents.schemas.ts';
import { Badge } from '../../components/Badge.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

/** First and last name, as lists and titles show a person. */
export function fullName(person: Pick<PersonSummary, 'firstName' | 'lastName'>): string {
  return `${person.firstName} ${person.lastName}`.trim();
}

const axisTone = { transformation: 'primary', empowerment: 'success' } as const;

/** محور تحول (0–30) or محور توانمندسازی (over 30), derived by the server from the birth date. */
export function AxisBadge({ axis }: { axis: Axis }) {
  const { t } = useI18n();
  return (
    <span title={t(`residents.axisLong.${axis}`)}>
      <Badge tone={axisTone[axis]}>{t(`residents.axis.${axis}`)}</Badge>
    </span>
  );
}

/** Age in years and the axis it puts the person on; a dash when the birth date is unknown. */
export function AgeAxis({ person }: { person: Pick<PersonSummary, 'age' | 'axis'> }) {
  const { t } = useI18n();
  if (person.age === null) return <span className="subtle">{t('residents.ageUnknown')}</span>;
  return (
    <span className="row residents-age">
      <span className="num">{t('residents.ageYears', { age: person.age })}</span>
      {person.axis && <AxisBadge axis={person.axis} />}
    </span>
  );
}

/**
 * The national ID as the server sends it: whole for those allowed to see it, else masked
 * (`******1234`); people without one are flagged with the reason.
 */
export function NationalIdText({ person }: { person: Pick<PersonSummary, 'nationalId' | 'missingIdReason'> }) {
  const { t, fmt } = useI18n();
  if (person.nationalId === null) {
    return (
      <span title={person.missingIdReason ? t(`residents.missingIdReason.${person.missingIdReason}`) : undefined}>
        <Badge tone="warning">{t('residents.noNationalId')}</Badge>
      </span>
    );
  }
  const masked = person.nationalId.includes('*');
  return (
    <span className="ltr num code residents-national-id" title={masked ? t('residents.maskedHint') : undefined}>
      {fmt.digits(person.nationalId)}
    </span>
  );
}

/** «زن‌سرپرست»: the head of the household is a woman. */
export function FemaleHeadedBadge() {
  const { t } = useI18n();
  return <Badge tone="warning">{t('residents.femaleHeaded')}</Badge>;
}
