import { Suspense, useEffect, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { persianOrdinalWords } from '../../../lib/persian/index.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { createFormatter } from '../../format/format.ts';
import { createTranslate } from '../../i18n/translate.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useMeeting } from './meetings-api.ts';
import { MinutesDocument } from './MinutesDocument.tsx';
import '../../styles/minutes.css';

/** The minutes' text is Persian whatever the UI's language: it is the official record. */
function usePersian() {
  return useMemo(() => {
    const fmt = createFormatter('fa');
    return { t: createTranslate('fa', fmt.number), fmt };
  }, []);
}

/** The printable minutes of a meeting, outside the app's frame: an A4 page and a print button. */
export function MinutesPrintPage() {
  const { t } = useI18n();
  const fa = usePersian();
  const id = Number(useParams().id);
  const meeting = useMeeting(id);
  const data = meeting.data;

  // The title names the file when the browser prints to PDF.
  useEffect(() => {
    if (!data) return;
    const previous = document.title;
    document.title = fa.t('minutes.documentTitle', { ordinal: persianOrdinalWords(data.number), body: data.bodyNameFa });
    return () => {
      document.title = previous;
    };
  }, [data, fa]);

  return (
    <div className="minutes-screen">
      <div className="minutes-toolbar" role="toolbar" aria-label={t('minutes.toolbar')}>
        <Button variant="primary" onClick={() => window.print()} disabled={!data}>
          {t('minutes.print')}
        </Button>
        {Number.isInteger(id) && <Link to={`/meetings/${id}`}>{t('minutes.back')}</Link>}
        <span className="minutes-toolbar-hint">{t('minutes.printHint')}</span>
      </div>
      <Suspense fallback={<Spinner label={t('app.loading')} />}>
        {meeting.isPending && <Spinner label={t('app.loading')} />}
        {meeting.isError && <ErrorNotice error={meeting.error} onRetry={() => void meeting.refetch()} />}
        {data && <MinutesDocument meeting={data} t={fa.t} fmt={fa.fmt} />}
      </Suspense>
    </div>
  );
}
