import type { Amendment } from '../../../modules/meetings/meetings.schemas.ts';
import { Card } from '../../components/Card.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

/** Every change to the minutes after approval: its number, why, what, by whom and when. */
export function AmendmentsSection({ amendments }: { amendments: Amendment[] }) {
  const { t, fmt } = useI18n();
  const columns: Column<Amendment>[] = [
    { key: 'seq', header: t('meetings.amendmentSeq'), numeric: true, width: '4rem', render: (a) => fmt.number(a.seq) },
    { key: 'reason', header: t('meetings.amendmentReasonShort'), render: (a) => a.reason },
    { key: 'change', header: t('meetings.amendmentChange'), render: (a) => <span className="pre-line">{a.change}</span> },
    { key: 'by', header: t('meetings.amendmentBy'), render: (a) => a.createdByName },
    { key: 'at', header: t('meetings.amendmentAt'), render: (a) => <span className="num">{fmt.dateTime(a.createdAt)}</span> },
  ];
  return (
    <Card title={t('meetings.amendments')} flush>
      <p className="card-inset muted">{t('meetings.amendmentsNote')}</p>
      <DataTable caption={t('meetings.amendments')} columns={columns} rows={amendments} rowKey={(a) => a.id} emptyMessage={t('meetings.amendmentsEmpty')} />
    </Card>
  );
}
