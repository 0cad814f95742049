import { z } from 'zod';
import { fromJalali, toLatinDigits } from './persian/index.ts';

/** A calendar date `YYYY-MM-DD` that exists (2024-02-30 does not; the database would refuse it with a 500). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'field.bad_format', abort: true })
  .refine(
    (value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return value >= '0001-01-01' && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    },
    { error: 'field.bad_format' },
  );

const typedDate = /^(\d{4})[/\-.\u066b](\d{1,2})[/\-.\u066b](\d{1,2})$/;

function toIsoDate(input: string, context: z.RefinementCtx): string {
  const text = toLatinDigits(input.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')).trim();
  const match = typedDate.exec(text);
  if (!match) {
    context.addIssue({ code: 'custom', message: 'field.bad_format' });
    return z.NEVER;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1700) {
    try {
      return fromJalali(year, month, day);
    } catch {
      context.addIssue({ code: 'custom', message: 'date.invalid_jalali', params: { value: `${year}/${month}/${day}` } });
      return z.NEVER;
    }
  }
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  if (!isoDateSchema.safeParse(iso).success) {
    context.addIssue({ code: 'custom', message: 'field.bad_format' });
    return z.NEVER;
  }
  return iso;
}

/**
 * A date as people and spreadsheets send it: ISO Gregorian `2022-10-27`, or Jalali `1401/08/05`,
 * `1401-8-5`, `۱۴۰۱/۰۸/۰۵` (a year below 1700 is read as Jalali). Out comes the ISO date. A Jalali
 * date that does not exist (1401/07/31, 1402/12/30) is refused with `date.invalid_jalali`.
 */
export const dateInputSchema = z.string().describe('A date: ISO 2022-10-27, or Jalali 1401/08/05 (Persian digits accepted)').transform(toIsoDate);
