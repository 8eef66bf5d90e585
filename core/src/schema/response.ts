import { z } from 'zod';

/**
 * A validated, normalised response: what every parser produces and every statistic reads.
 * `day` is the calendar day in the configured time zone; `at` the instant (epoch ms) when the
 * source gave a time. The hot ingestion path validates cells with dedicated fast checks; tests
 * prove that they accept exactly what this schema accepts.
 */
export const responseSchema = z.strictObject({
  id: z.string().min(1).optional(),
  day: z.iso.date(),
  at: z.number().int().optional(),
  score: z.int().min(0).max(10),
  comment: z.string().optional(),
  language: z.string().min(1).optional(),
  respondent: z.string().min(1).optional(),
  weight: z.number().positive().optional(),
  repliedAt: z.number().int().optional(),
  segments: z.record(z.string(), z.string()),
});

export type NpsResponse = z.output<typeof responseSchema>;
