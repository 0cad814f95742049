// The minutes (صورتجلسه) of a meeting as a Word document, laid out as the provincial social
// headquarters write them: heading, the header table, agenda, attendance, the account of the
// meeting, the resolutions table, amendments and signatures. Right to left throughout.
import type { Paragraph, Table } from 'docx';
import { todayIso } from '../../lib/dates.ts';
import { formatJalali, numberToPersianWords, persianOrdinalWords, toPersianDigits } from '../../lib/persian/index.ts';
import { documentStyles, fontSize, pageProperties, rtlKit, splitParagraphs, type RtlKit } from './meetings.docx-parts.ts';
import type { Attendee, Meeting } from './meetings.schemas.ts';
import type { DeadlineUnit, Resolution } from './resolutions.schemas.ts';

// ---- The document's words: it is a Persian document, so they are here rather than in the UI's translations.

const subjectLabel = 'موضوع: ';
const minutesWord = 'صورتجلسه';
const draftNote = 'پیش‌نویس: این صورتجلسه هنوز تأیید نشده است.';
const headerLabels = ['تاریخ تشکیل', 'روز', 'ساعت', 'محل تشکیل جلسه', 'شماره دعوتنامه', 'تاریخ دعوتنامه'] as const;
const agendaLabel = 'دستور کار:';
const presentLabel = 'حاضرین:';
const absentLabel = 'غایبین:';
const substitutesLabel = 'نمایندگان جایگزین:';
const guestsLabel = 'مدعوین:';
const insteadOfWord = 'به جای';
const reasonLabel = 'علت:';
const resolutionsIntro = 'در پایان پس از بحث و بررسی و تبادل نظر موارد ذیل مصوب گردید:';
const rowLabel = 'ردیف';
const resolutionsHeading = (ordinal: string, bodyName: string, date: string) => `مصوبات ${ordinal} جلسه ${bodyName} مورخ ${date}`;
const responsibleLabel = 'اقدام کننده';
const deadlineLabel = 'زمان اقدام';
const withCooperationWords = 'با همکاری';
const amendmentsLabel = 'اصلاحیه‌ها';
const amendmentLabels = [rowLabel, 'تاریخ', 'علت اصلاح', 'تغییر'] as const;
const secretaryLabel = 'دبیر جلسه';
const chairLabel = 'رئیس جلسه';
const signatureLabel = 'امضا';
const deadlineUnitWords: Record<DeadlineUnit, string> = { day: 'روز', week: 'هفته', month: 'ماه' };
const separator = ' – ';
const listSeparator = '، ';

// Column widths as fractions of the page's content width.
const headerColumns = [0.15, 0.12, 0.1, 0.29, 0.18, 0.16];
const resolutionColumns = [0.06, 0.62, 0.2, 0.12];
const amendmentColumns = [0.06, 0.14, 0.35, 0.45];

type Block = Paragraph | Table;

/**
 * The minutes of a meeting as a .docx file: A4, right to left, Persian digits and Jalali dates,
 * the resolutions in a table whose header row repeats on every page.
 */
export async function renderMinutesDocx(meeting: Meeting): Promise<Buffer> {
  // docx is large; loading it on the first export keeps it out of the server's start-up.
  const docx = await import('docx');
  const kit = rtlKit(docx);
  const ordinal = persianOrdinalWords(meeting.number);
  const subject = `${subjectLabel}${ordinal} ${minutesWord} ${meeting.bodyNameFa}`;

  const children: Block[] = [
    kit.paragraph(meeting.bodyNameFa, { bold: true, size: fontSize.title, align: 'center', spaceAfter: 160 }),
    kit.paragraph(subject, { bold: true, spaceAfter: meeting.status === 'approved' ? 160 : 40 }),
    ...(meeting.status === 'approved' ? [] : [kit.paragraph(draftNote, { size: fontSize.small, color: '7F7F7F', spaceAfter: 160 })]),
    headerTable(kit, meeting),
    ...agenda(kit, meeting),
    ...attendance(kit, meeting.attendees),
    ...splitParagraphs(meeting.narrative).map((text) => kit.paragraph(emphasised(text), { align: 'justify', spaceAfter: 120 })),
    ...resolutions(kit, meeting, ordinal),
    ...amendments(kit, meeting),
    ...signatures(kit, meeting),
  ];

  const document = new docx.Document({
    creator: 'Tavana',
    title: subject.slice(subjectLabel.length),
    styles: documentStyles(),
    sections: [{ properties: pageProperties(), children }],
  });
  return docx.Packer.toBuffer(document);
}

/** Minutes mark speakers as **name**: those stretches are bold, as the print page shows them. */
function emphasised(text: string): { text: string; style: { bold?: boolean } }[] {
  return text
    .split('**')
    .map((part, index) => ({ text: part, style: index % 2 === 1 ? { bold: true } : {} }))
    .filter((span) => span.text !== '');
}

function headerTable(kit: RtlKit, meeting: Meeting): Table {
  const values = [
    formatJalali(meeting.heldOn),
    meeting.weekdayFa,
    meeting.startTime,
    meeting.place,
    meeting.invitationNumber,
    meeting.invitationDate ? formatJalali(meeting.invitationDate) : '',
  ];
  const widths = kit.columnWidths(headerColumns);
  return kit.table(widths, [
    kit.row(headerLabels.map((label, i) => kit.cell(label, { width: widths[i]!, header: true, align: 'center' }))),
    kit.row(values.map((value, i) => kit.cell(value, { width: widths[i]!, align: 'center' }))),
  ]);
}

function heading(kit: RtlKit, text: string): Paragraph {
  return kit.paragraph(text, { bold: true, spaceBefore: 200, spaceAfter: 80, keepNext: true });
}

/** «۱- …» items; the digits become Persian in the run. */
function numbered(kit: RtlKit, items: readonly string[]): Paragraph[] {
  return items.map((item, i) => kit.paragraph(`${i + 1}- ${item}`, { spaceAfter: 40 }));
}

function agenda(kit: RtlKit, meeting: Meeting): Paragraph[] {
  if (meeting.agenda.length === 0) return [];
  return [heading(kit, agendaLabel), ...numbered(kit, meeting.agenda.map((item) => item.title))];
}

/** Agency – person – position, leaving out what is not known. */
function describe(attendee: Attendee): string {
  const agency = attendee.agencyNameFa ?? attendee.agencyCode ?? '';
  return [agency, attendee.personName, attendee.position].filter((part) => part.trim() !== '').join(separator);
}

function withReason(text: string, reason: string): string {
  return reason.trim() === '' ? text : `${text} (${reasonLabel} ${reason})`;
}

function attendance(kit: RtlKit, attendees: readonly Attendee[]): Paragraph[] {
  const groups: Array<[string, string[]]> = [
    [presentLabel, attendees.filter((a) => a.kind === 'member' && a.presence === 'present').map(describe)],
    [absentLabel, attendees.filter((a) => a.presence === 'absent').map((a) => withReason(describe(a), a.reason))],
    [
      substitutesLabel,
      attendees
        .filter((a) => a.presence === 'substitute')
        .map((a) => withReason(`${a.substituteName} ${insteadOfWord} ${describe(a)}`, a.reason)),
    ],
    [guestsLabel, attendees.filter((a) => a.kind === 'guest' && a.presence === 'present').map(describe)],
  ];
  return groups.filter(([, items]) => items.length > 0).flatMap(([label, items]) => [heading(kit, label), ...numbered(kit, items)]);
}

/** «یک ماه» when the deadline was given as a time from the meeting, otherwise its Jalali date. */
export function deadlineText(resolution: Pick<Resolution, 'deadline' | 'deadlineAmount' | 'deadlineUnit'>): string {
  if (resolution.deadlineAmount !== null && resolution.deadlineUnit !== null) {
    return `${numberToPersianWords(resolution.deadlineAmount)} ${deadlineUnitWords[resolution.deadlineUnit]}`;
  }
  return resolution.deadline ? formatJalali(resolution.deadline) : '';
}

function resolutions(kit: RtlKit, meeting: Meeting, ordinal: string): Block[] {
  if (meeting.resolutions.length === 0) return [];
  const widths = kit.columnWidths(resolutionColumns);
  const [rowWidth, textWidth, agencyWidth, deadlineWidth] = widths as [number, number, number, number];
  const title = resolutionsHeading(ordinal, meeting.bodyNameFa, formatJalali(meeting.heldOn));
  const header = kit.row(
    [
      kit.cell(rowLabel, { width: rowWidth, header: true, align: 'center' }),
      kit.cell(title, { width: textWidth, header: true, align: 'center' }),
      kit.cell(responsibleLabel, { width: agencyWidth, header: true, align: 'center' }),
      kit.cell(deadlineLabel, { width: deadlineWidth, header: true, align: 'center' }),
    ],
    { header: true },
  );
  const rows = [...meeting.resolutions]
    .sort((a, b) => a.rowNumber - b.rowNumber)
    .map((resolution) => {
      const agency = [resolution.leadAgencyNameFa || resolution.leadAgencyCode];
      if (resolution.coAgencyNamesFa.length > 0) agency.push(`${withCooperationWords} ${resolution.coAgencyNamesFa.join(listSeparator)}`);
      const text = splitParagraphs(resolution.text).map((part) => kit.paragraph(part, { size: fontSize.table, align: 'justify', spaceAfter: 40 }));
      return kit.row([
        kit.cell(toPersianDigits(resolution.rowNumber), { width: rowWidth, align: 'center' }),
        kit.cell(text, { width: textWidth }),
        kit.cell(agency.join('\n'), { width: agencyWidth, align: 'center' }),
        kit.cell(deadlineText(resolution), { width: deadlineWidth, align: 'center' }),
      ]);
    });
  return [kit.paragraph(resolutionsIntro, { bold: true, spaceBefore: 200, keepNext: true }), kit.table(widths, [header, ...rows])];
}

function amendments(kit: RtlKit, meeting: Meeting): Block[] {
  if (meeting.amendments.length === 0) return [];
  const widths = kit.columnWidths(amendmentColumns);
  const header = kit.row(
    amendmentLabels.map((label, i) => kit.cell(label, { width: widths[i]!, header: true, align: 'center' })),
    { header: true },
  );
  const rows = [...meeting.amendments]
    .sort((a, b) => a.seq - b.seq)
    .map((amendment) => {
      // The day it was made in Tehran, where a late-evening change is already the next day in UTC's terms.
      const date = formatJalali(todayIso('Asia/Tehran', new Date(amendment.createdAt)));
      const values = [String(amendment.seq), date, amendment.reason, amendment.change];
      return kit.row(values.map((value, i) => kit.cell(value, { width: widths[i]!, align: i < 2 ? 'center' : undefined })));
    });
  return [heading(kit, amendmentsLabel), kit.table(widths, [header, ...rows])];
}

/** Secretary and chair side by side (the secretary on the right), with room to sign under their names. */
function signatures(kit: RtlKit, meeting: Meeting): Block[] {
  const widths = kit.columnWidths([0.5, 0.5]);
  const signer = (role: string, name: string, width: number) =>
    kit.cell(
      [
        kit.paragraph(role, { bold: true, align: 'center', spaceAfter: 40 }),
        kit.paragraph(name, { align: 'center', spaceAfter: 720 }),
        kit.paragraph(signatureLabel, { size: fontSize.small, color: '7F7F7F', align: 'center', spaceAfter: 0 }),
      ],
      { width },
    );
  return [
    kit.paragraph('', { spaceBefore: 240, keepNext: true }),
    kit.table(widths, [kit.row([signer(secretaryLabel, meeting.secretary, widths[0]!), signer(chairLabel, meeting.chair, widths[1]!)])], { borderless: true }),
  ];
}
