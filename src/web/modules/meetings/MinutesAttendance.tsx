import type { Attendee } from '../../../modules/meetings/meetings.schemas.ts';
import type { Translate } from '../../i18n/translate.ts';

/** «نام (سمت، دستگاه)»: who someone is, as far as the list says. */
function describe(name: string, details: Array<string | null>): string {
  const extra = details.filter((d): d is string => Boolean(d && d.trim()));
  if (!name.trim()) return extra.join('، ');
  return extra.length > 0 ? `${name} (${extra.join('، ')})` : name;
}

function Group({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="minutes-people">
      <h3 className="minutes-label">{title}</h3>
      <p>{items.join('؛ ')}</p>
    </div>
  );
}

/** Present, absent, substitutes (with reasons) and guests, as lines of the minutes. */
export function MinutesAttendance({ attendees, t, digits }: { attendees: Attendee[]; t: Translate; digits(text: string): string }) {
  const members = attendees.filter((a) => a.kind === 'member');
  const present = members.filter((a) => a.presence === 'present').map((a) => describe(a.personName, [a.position, a.agencyNameFa]));
  const substitutes = members
    .filter((a) => a.presence === 'substitute')
    .map((a) => {
      const line = t('minutes.substituteFor', { substitute: a.substituteName || '—', member: describe(a.personName, [a.agencyNameFa]) });
      return a.reason ? `${line} ${t('minutes.because', { reason: a.reason })}` : line;
    });
  const absent = members
    .filter((a) => a.presence === 'absent')
    .map((a) => {
      const who = describe(a.personName, [a.position, a.agencyNameFa]);
      return a.reason ? `${who} ${t('minutes.because', { reason: a.reason })}` : who;
    });
  const guests = attendees.filter((a) => a.kind === 'guest').map((a) => describe(a.personName, [a.position, a.agencyNameFa]));
  if (attendees.length === 0) return null;
  return (
    <section className="minutes-section minutes-attendance">
      <Group title={t('minutes.present')} items={present.map(digits)} />
      <Group title={t('minutes.substitutes')} items={substitutes.map(digits)} />
      <Group title={t('minutes.absent')} items={absent.map(digits)} />
      <Group title={t('minutes.guests')} items={guests.map(digits)} />
    </section>
  );
}
