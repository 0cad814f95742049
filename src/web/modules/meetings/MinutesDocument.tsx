import { persianOrdinalWords, toPersianDigits } from '../../../lib/persian/index.ts';
import type { Meeting } from '../../../modules/meetings/meetings.schemas.ts';
import type { Formatter } from '../../format/format.ts';
import type { Translate } from '../../i18n/translate.ts';
import { resolutionDuration } from './deadline-words.ts';
import { MinutesAttendance } from './MinutesAttendance.tsx';
import { MinutesHeaderTable } from './MinutesHeaderTable.tsx';
import { spokenTime } from './minutes-text.ts';
import { NarrativeText } from './NarrativeText.tsx';

interface MinutesDocumentProps {
  meeting: Meeting;
  /** Always Persian: the minutes are the official Persian record, whatever the UI's language. */
  t: Translate;
  fmt: Formatter;
}

/** The minutes on an A4 sheet, laid out as the provincial social headquarters writes them. */
export function MinutesDocument({ meeting, t, fmt }: MinutesDocumentProps) {
  const jalali = fmt.date;
  // Persian digits throughout, however the text was typed.
  const fa = fmt.digits;
  const ordinal = persianOrdinalWords(meeting.number);
  const header: Array<[string, string]> = [
    [t('minutes.heldOn'), jalali(meeting.heldOn)],
    [t('minutes.weekday'), meeting.weekdayFa],
    [t('minutes.time'), meeting.startTime ? spokenTime(meeting.startTime, t) : '—'],
    [t('minutes.place'), fa(meeting.place) || '—'],
    [t('minutes.invitationNumber'), meeting.invitationNumber ? fa(meeting.invitationNumber) : '—'],
    [t('minutes.invitationDate'), jalali(meeting.invitationDate)],
  ];

  return (
    <article className="minutes-sheet" dir="rtl" lang="fa">
      <header className="minutes-top">
        <div className="minutes-org">{meeting.bodyNameFa}</div>
        {meeting.status !== 'approved' && <div className="minutes-draft">{t('minutes.draft')}</div>}
      </header>
      <h1 className="minutes-subject">{t('minutes.subject', { ordinal, body: meeting.bodyNameFa })}</h1>

      <MinutesHeaderTable cells={header} className="minutes-table minutes-header-table" />

      {meeting.agenda.length > 0 && (
        <section className="minutes-section">
          <h2 className="minutes-label">{t('minutes.agenda')}</h2>
          <ol className="minutes-agenda">
            {meeting.agenda.map((item, index) => (
              <li key={item.id}>
                {toPersianDigits(index + 1)}- {fa(item.title)}
              </li>
            ))}
          </ol>
        </section>
      )}

      <MinutesAttendance attendees={meeting.attendees} t={t} digits={fa} />

      {meeting.narrative.trim() && <NarrativeText text={fa(meeting.narrative)} className="minutes-section minutes-narrative" />}

      {meeting.resolutions.length > 0 && (
        <section className="minutes-section">
          <p className="minutes-resolved">{t('minutes.resolved')}</p>
          <table className="minutes-table minutes-resolutions">
            <thead>
              <tr>
                <th scope="col" className="col-row">
                  {t('minutes.row')}
                </th>
                <th scope="col">{t('minutes.resolutionsHeading', { ordinal, body: meeting.bodyNameFa, date: jalali(meeting.heldOn) })}</th>
                <th scope="col" className="col-actor">
                  {t('minutes.actor')}
                </th>
                <th scope="col" className="col-deadline">
                  {t('minutes.deadline')}
                </th>
              </tr>
            </thead>
            <tbody>
              {meeting.resolutions.map((r) => (
                <tr key={r.id}>
                  <td className="col-row">{toPersianDigits(r.rowNumber)}</td>
                  <td className="minutes-resolution-text">{fa(r.text)}</td>
                  <td>
                    {r.leadAgencyNameFa}
                    {r.coAgencyNamesFa.length > 0 && <div className="minutes-co">{t('minutes.withCo', { names: r.coAgencyNamesFa.join('، ') })}</div>}
                  </td>
                  <td>{resolutionDuration(r, t, 'fa') ?? jalali(r.deadline)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <footer className="minutes-signatures">
        <div className="minutes-signature">
          <div className="minutes-signature-role">{t('minutes.secretary')}</div>
          <div className="minutes-signature-name">{meeting.secretary}</div>
          <div className="minutes-signature-line">{t('minutes.signature')}</div>
        </div>
        <div className="minutes-signature">
          <div className="minutes-signature-role">{t('minutes.chair')}</div>
          <div className="minutes-signature-name">{meeting.chair}</div>
          <div className="minutes-signature-line">{t('minutes.signature')}</div>
        </div>
      </footer>

      {meeting.amendments.length > 0 && (
        <section className="minutes-section minutes-amendments">
          <h2 className="minutes-label">{t('minutes.amendments')}</h2>
          <ol>
            {meeting.amendments.map((a) => (
              <li key={a.id}>{t('minutes.amendmentLine', { seq: toPersianDigits(a.seq), date: jalali(a.createdAt), reason: a.reason })}</li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
