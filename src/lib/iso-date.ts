import { z } from 'zod';

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
