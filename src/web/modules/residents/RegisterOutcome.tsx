import { useLocation } from 'react-router';
import type { RegisterPersonResult } from '../../../modules/residents/residents.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

export type RegisterOutcome = RegisterPersonResult['outcome'];

/** What the registration page hands the person page (router state): what the server did. */
export interface RegisterOutcomeState {
  outcome: RegisterOutcome;
}

function outcomeOf(state: unknown): RegisterOutcome | null {
  if (typeof state !== 'object' || state === null || !('outcome' in state)) return null;
  const { outcome } = state;
  return outcome === 'created' || outcome === 'linked' || outcome === 'already_linked' ? outcome : null;
}

const tone = { created: 'success', linked: 'info', already_linked: 'warning' } as const;

/**
 * Says plainly what a registration did: a new record, an existing person now linked to the
 * user's agency, or nothing new (already linked). Shown on the person page the form leads to.
 */
export function RegisterOutcomeAlert() {
  const { t } = useI18n();
  const outcome = outcomeOf(useLocation().state);
  if (!outcome) return null;
  return (
    <Alert tone={tone[outcome]} title={t(`residents.outcome.${outcome}`)}>
      {t(`residents.outcomeDetail.${outcome}`)}
    </Alert>
  );
}
