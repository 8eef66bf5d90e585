import { z } from 'zod';
import { isoDaySchema } from './action.ts';

/**
 * The front matter of an edition narrative, data/editions/<slug>.md: the text a CX team publishes
 * with a period's figures (a monthly or quarterly "baromètre").
 *
 * ```yaml
 * ---
 * title: Baromètre NPS — mars 2026
 * period: 2026-03          # the period it comments: 2026, 2026-Q1, 2026-03, 2026-W12 or 2026-08-01/2026-10-31
 * status: draft            # draft | published: drafts are left out of the site
 * published: 2026-04-05    # optional, YYYY-MM-DD
 * summary: Le NPS remonte grâce aux caisses supplémentaires.
 * highlights:              # optional: one line each, shown as bullet points
 *   - Attente en caisse en baisse de moitié.
 * authors: [Camille Martin]
 * ---
 * ```
 *
 * The period is a period key as the statistics write it (core/src/stats/periods.ts), so an edition
 * finds its figures by string equality, whatever the site's default period.
 */
export const EDITION_STATUSES = ['draft', 'published'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

/** Year, quarter, month or ISO week: the four period kinds of the config. */
export const PERIOD_KEY = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])|-W(0[1-9]|[1-4]\d|5[0-3]))?$/;

/** Any other span of days, as its two dates (ISO 8601 interval): 2026-08-01/2026-10-31. */
export const PERIOD_RANGE = /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/;

const text = z.string().min(1);

export const editionFrontMatterSchema = z.strictObject({
  title: text.describe('The heading of the edition.'),
  period: z
    .string()
    .refine(
      (period) => PERIOD_KEY.test(period) || PERIOD_RANGE.test(period),
      'write a period as 2026, 2026-Q1, 2026-03, 2026-W12, or as its two dates 2026-08-01/2026-10-31',
    )
    .describe('The period the edition comments: a period key (2026-Q3), or its two dates (2026-08-01/2026-10-31).'),
  status: z.enum(EDITION_STATUSES).describe('draft (not published) or published.'),
  published: isoDaySchema.optional().describe('The day it was published, YYYY-MM-DD.'),
  summary: text.describe('One paragraph shown on the home page.'),
  highlights: z.array(text).default([]).describe('Key facts, one line each.'),
  authors: z
    .array(text.meta({ title: 'author' }))
    .min(1)
    .meta({ examples: [['Camille Martin']] })
    .describe('Who wrote it: people or teams.'),
});

export type EditionFrontMatter = z.output<typeof editionFrontMatterSchema>;

/** A path of the data folder (posix, relative) that holds an edition narrative: editions/<name>.md. */
export function isEditionPath(path: string): boolean {
  return /^editions\/[^/]+\.md$/i.test(path);
}
