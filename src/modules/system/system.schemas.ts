import { z } from 'zod';

export const systemInfoSchema = z.object({
  /** True when this installation runs on the demo data, which the UI must say. */
  demo: z.boolean(),
  version: z.string(),
  database: z.enum(['embedded', 'postgres']),
});
export type SystemInfo = z.infer<typeof systemInfoSchema>;
