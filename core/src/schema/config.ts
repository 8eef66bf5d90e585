import { z } from 'zod';
import { localizedTextSchema as localizedText } from './localized-text.ts';

/** The canonical fields a response can carry, besides the segment fields the config declares. */
export const CANONICAL_FIELDS = [
  'date',
  'score',
  'id',
  'comment',
  'language',
  'respondent',
  'weight',
  'repliedAt',
  'category',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

const fieldName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a field name is a letter followed by letters, digits or _')
  .meta({ examples: ['store'] });

/** Zones already tried: building a DateTimeFormat costs about 0.1 ms, and the editor validates on each keystroke. */
const knownZones = new Map<string, boolean>();

function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

const timeZone = z.string().refine(isTimeZone, {
  message: 'not an IANA time zone (for example Europe/Paris)',
});

/** The encodings a source can force; without one, core detects it (see parse/decode.ts). */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-15'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** The buckets of a trend, finest first. */
export const periodSchema = z.enum(['day', 'week', 'month', 'quarter', 'year']);
/** A bucket, or `auto`: chosen from the span and volume of the data (stats/auto-period.ts). */
export const sitePeriodSchema = z.enum(['auto', ...periodSchema.options]);
export const intervalMethodSchema = z.enum(['wald', 'adjusted-wald', 'score']);

export const sourceSchema = z
  .strictObject({
    name: z.string().min(1).optional().describe('A short name for messages; defaults to the path.'),
    path: z
      .string()
      .min(1)
      .meta({ examples: ['responses.csv'] })
      .describe('A file or a glob (*, **) relative to the data folder.'),
    format: z.enum(['csv', 'json', 'xlsx']).optional().describe('Defaults to the file extension.'),
    encoding: z
      .enum(ENCODINGS)
      .optional()
      .describe('The text encoding; detected when absent (a BOM, else UTF-8, else Windows-1252 with a warning).'),
    sheet: z
      .union([z.string().min(1), z.int().min(1)])
      .optional()
      .describe('Workbooks: the sheet to read, by name or 1-based index; the first sheet by default.'),
    missingScore: z
      .enum(['warning', 'error'])
      .default('warning')
      .describe('A response with no score (a partial answer) is left out with a warning, or is an error.'),
    delimiter: z.enum([',', ';', '\t', '|']).optional().describe('CSV delimiter; detected when absent.'),
    headerRows: z.int().min(1).max(20).default(1).describe('Rows before the data (SurveyMonkey 2, Qualtrics 3).'),
    headerRow: z.int().min(1).max(20).default(1).describe('Which of the header rows holds the column names.'),
    dateFormat: z
      .string()
      .min(1)
      .meta({ examples: ['DD/MM/YYYY', 'X'] })
      .optional()
      .describe(
        'Day.js-style tokens, e.g. DD/MM/YYYY HH:mm:ss; ISO 8601 is always read. X alone: Unix times in seconds; x alone: in milliseconds.',
      ),
    timeZone: timeZone.optional().describe('Overrides the site time zone for this source.'),
    arrayPath: z.string().min(1).optional().describe('JSON: the key holding the array of responses.'),
    columns: z
      .record(fieldName, z.union([z.string().min(1), z.array(z.string().min(1).meta({ title: 'header' })).min(1)]))
      .default({})
      .describe(
        'Canonical or segment field -> header in the file (or key in JSON records); a list of headers takes the first non-empty cell (a follow-up question branched by score).',
      ),
    constants: z
      .record(fieldName, z.string().min(1))
      .default({})
      .describe('Segment values shared by every response of this source.'),
  })
  .refine((source) => source.headerRow <= source.headerRows, {
    message: 'cannot be greater than headerRows (the column names are on one of the header rows)',
    path: ['headerRow'],
  })
  .meta({ title: 'source' });

export const segmentSchema = z.strictObject({
  field: fieldName,
  label: localizedText.optional(),
});

export const themeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a theme id is lower-case letters, digits and dashes'),
  label: localizedText,
  kind: z.enum(['irritant', 'praise', 'neutral']).default('neutral'),
  keywords: z
    .array(z.string().min(1))
    .default([])
    .describe(
      'Words or phrases, accent- and case-insensitive, matched as whole words ("caisse" does not match "caisses"); a trailing * matches a prefix ("rupture*"); the words of a phrase match across any spaces.',
    ),
  patterns: z
    .array(z.string().min(1))
    .default([])
    .describe('Regular expressions (u flag) over the accent-folded, lower-case text, for what keywords cannot say.'),
  effort: z.enum(['low', 'medium', 'high']).optional().describe('How costly a fix is: feeds the priority matrix.'),
});

export const benchmarkSchema = z.strictObject({
  label: localizedText,
  nps: z.number().min(-100).max(100),
  source: z.string().min(1),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a year, year-month or date')
    .meta({ examples: ['2025-06'] }),
  url: z.url().optional(),
});

export const configSchema = z.strictObject({
  site: z
    .strictObject({
      title: localizedText.default('NPS'),
      locale: z.enum(['fr', 'en']).default('fr'),
      timeZone: timeZone.default('Europe/Paris'),
      period: sitePeriodSchema
        .default('auto')
        .describe('The bucket of trends: day, week, month, quarter, year, or auto (chosen from the data).'),
    })
    .prefault({}),
  statistics: z
    .strictObject({
      confidence: z.number().gt(0.5).lt(1).default(0.95),
      interval: intervalMethodSchema.default('adjusted-wald'),
      significance: z.number().gt(0).lt(0.5).default(0.05),
      smallSample: z.int().min(1).default(30).describe('Segments with fewer responses are flagged.'),
      rollingDays: z.int().min(1).max(3650).default(90),
      weighted: z
        .boolean()
        .default(true)
        .describe(
          'Use the response weights (a mapped weight column) in every estimate: NPS, shares, intervals and tests on Kish’s effective n. Responses without a weight count 1; data without weights is unchanged.',
        ),
    })
    .prefault({}),
  sources: z
    .array(sourceSchema)
    .min(1)
    .meta({ examples: [[{ path: 'responses.csv' }]] }),
  ignore: z
    .array(z.string().min(1))
    .default([])
    .meta({ examples: [['notes/*.csv']] })
    .describe('Files of the data folder that no source reads on purpose (globs): they are not reported as unread.'),
  segments: z
    .array(segmentSchema)
    .default([])
    .meta({ examples: [[{ field: 'store' }]] }),
  themes: z
    .array(themeSchema)
    .default([])
    .meta({ examples: [[{ id: 'waiting', label: 'Attente' }]] }),
  benchmarks: z.array(benchmarkSchema).default([]),
  privacy: z
    .strictObject({
      redactEmails: z.boolean().default(true),
      redactPhones: z.boolean().default(true),
    })
    .prefault({}),
  editions: z
    .strictObject({
      allowOverlap: z
        .boolean()
        .default(false)
        .describe('Allow two published editions of the same cadence (month, quarter, year) to cover overlapping days.'),
    })
    .prefault({}),
});

export type NpsConfig = z.output<typeof configSchema>;
export type SourceConfig = z.output<typeof sourceSchema>;
export type ThemeConfig = z.output<typeof themeSchema>;
export type SegmentConfig = z.output<typeof segmentSchema>;
export type Period = z.output<typeof periodSchema>;
export type SitePeriod = z.output<typeof sitePeriodSchema>;
export type IntervalMethod = z.output<typeof intervalMethodSchema>;
