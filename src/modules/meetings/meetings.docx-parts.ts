// Right-to-left building blocks for the minutes' Word document: every paragraph bidirectional,
// every run right to left in a font that carries Persian for complex scripts too, every table laid
// out right to left. The document itself (what goes where, in which words) is meetings.docx.ts.
import type { Paragraph, Table, TableCell, TableRow } from 'docx';
import { toPersianDigits } from '../../lib/persian/index.ts';

/** The docx module, loaded lazily by the caller so that the server's start-up does not pay for it. */
export type Docx = typeof import('docx');

/** Tahoma ships with every Windows and carries Persian; Vazirmatn is not on most office PCs. */
export const fontName = 'Tahoma';
// The same font for every script: Word picks the complex-script one (cs) for Persian letters.
const font = { ascii: fontName, hAnsi: fontName, cs: fontName, eastAsia: fontName };
const language = { value: 'fa-IR', bidirectional: 'fa-IR' };
/** Sizes in half-points. */
export const fontSize = { body: 22, table: 20, title: 26, small: 18 } as const;

// A4 in twips, with 2 cm margins all round.
const pageWidth = 11906;
const pageHeight = 16838;
const margin = 1134;
/** The width between the margins, in twips: what tables are laid out in. */
export const contentWidth = pageWidth - 2 * margin;

export interface RunStyle {
  bold?: boolean;
  size?: number;
  color?: string;
}
export interface ParagraphStyle extends RunStyle {
  /** Left out: the leading edge, which is the right in a right-to-left paragraph. */
  align?: 'center' | 'justify';
  spaceBefore?: number;
  spaceAfter?: number;
  keepNext?: boolean;
}
/** A piece of a paragraph with its own style, e.g. a bold label before a plain value. */
export type Span = string | { text: string; style: RunStyle };

/** Splits text into paragraphs on blank lines; a single line break stays a line break inside its paragraph. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

// Characters XML 1.0 does not allow: one pasted from elsewhere would make Word refuse the whole file.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invalidXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** The page: A4 portrait with its margins. */
export function pageProperties() {
  return {
    page: {
      size: { width: pageWidth, height: pageHeight },
      margin: { top: margin, bottom: margin, left: margin, right: margin, header: 567, footer: 567 },
    },
  };
}

/** Document defaults, so that anything without its own properties (paragraph marks too) is Persian and right to left. */
export function documentStyles() {
  return { default: { document: { run: { font, size: fontSize.body, sizeComplexScript: fontSize.body, rightToLeft: true, language } } } };
}

/** Makes the builders for one document, bound to the lazily loaded docx module. */
export function rtlKit(docx: Docx) {

  /** One line of text; `lineBreak` starts it on a new line of the same paragraph. */
  function run(text: string, style: RunStyle = {}, lineBreak = false) {
    const size = style.size ?? fontSize.body;
    return new docx.TextRun({
      // Persian digits everywhere, typed text included: an official Persian document has no other.
      text: toPersianDigits(text.replace(invalidXml, '').replace(/\t/g, ' ')),
      break: lineBreak ? 1 : undefined,
      rightToLeft: true,
      font,
      size,
      sizeComplexScript: size,
      // Left out rather than false when not bold, so the XML says only what is set.
      bold: style.bold || undefined,
      boldComplexScript: style.bold || undefined,
      color: style.color,
      language,
    });
  }

  function paragraph(content: Span | readonly Span[], style: ParagraphStyle = {}): Paragraph {
    const spans = Array.isArray(content) ? (content as readonly Span[]) : [content as Span];
    const runStyle: RunStyle = { bold: style.bold, size: style.size, color: style.color };
    return new docx.Paragraph({
      bidirectional: true,
      alignment: style.align === 'center' ? docx.AlignmentType.CENTER : style.align === 'justify' ? docx.AlignmentType.BOTH : undefined,
      spacing: { before: style.spaceBefore ?? 0, after: style.spaceAfter ?? 80 },
      keepNext: style.keepNext,
      children: spans.flatMap((span) => {
        const [text, own] = typeof span === 'string' ? [span, {}] : [span.text, span.style];
        return text.split('\n').map((line, i) => run(line, { ...runStyle, ...own }, i > 0));
      }),
    });
  }

  interface CellOptions {
    width: number;
    header?: boolean;
    align?: ParagraphStyle['align'];
  }
  /** A cell of text: lines become paragraphs; a header cell is bold and shaded. */
  function cell(content: string | readonly Paragraph[], options: CellOptions): TableCell {
    const style: ParagraphStyle = { size: fontSize.table, bold: options.header, align: options.align, spaceAfter: 0 };
    const children =
      typeof content === 'string' ? content.split(/\r?\n/).map((line) => paragraph(line, style)) : [...content];
    return new docx.TableCell({
      width: { size: options.width, type: docx.WidthType.DXA },
      verticalAlign: docx.VerticalAlignTable.CENTER,
      shading: options.header ? { type: docx.ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
      // Word refuses a cell without a paragraph.
      children: children.length > 0 ? children : [paragraph('', style)],
    });
  }

  /** A row of cells; never split across pages, and repeated on each page when it is a header. */
  function row(cells: TableCell[], options: { header?: boolean } = {}): TableRow {
    return new docx.TableRow({ children: cells, cantSplit: true, tableHeader: options.header || undefined });
  }

  /** A table laid out right to left: its first column is on the right. Widths in twips, in column order. */
  function table(widths: readonly number[], rows: TableRow[], options: { borderless?: boolean } = {}): Table {
    return new docx.Table({
      rows,
      columnWidths: [...widths],
      width: { size: widths.reduce((sum, width) => sum + width, 0), type: docx.WidthType.DXA },
      layout: docx.TableLayoutType.FIXED,
      alignment: docx.AlignmentType.CENTER,
      visuallyRightToLeft: true,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      borders: options.borderless ? docx.TableBorders.NONE : undefined,
    });
  }

  /** Widths in twips from fractions of the content width; the last column takes what rounding left. */
  function columnWidths(fractions: readonly number[]): number[] {
    const widths = fractions.map((fraction) => Math.floor(contentWidth * fraction));
    widths[widths.length - 1]! += contentWidth - widths.reduce((sum, width) => sum + width, 0);
    return widths;
  }

  return { run, paragraph, cell, row, table, columnWidths };
}

export type RtlKit = ReturnType<typeof rtlKit>;
