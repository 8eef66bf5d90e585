import {
  type Candidate,
  MAPPED_FIELDS,
  type MappedField,
  proposeSegments,
  rankComments,
  rankDates,
  rankOthers,
  rankReplied,
  rankScores,
  type SegmentProposal,
} from './choose.ts';
import { type ColumnVerdict, classifyColumn } from './classify.ts';
import { foldHeader, localeVotes } from './cues.ts';
import type { ExportTable } from './table.ts';

/**
 * The first reading of a team's own export, for `nps init`: read, classify each column, rank the
 * candidates of each field, propose segments. Nothing is decided here that the user cannot
 * change: `resolveMapping` takes the best candidates, or the ones picked on a terminal.
 */
export interface ExportAnalysis {
  table: Omit<ExportTable, 'rows'>;
  rowCount: number;
  locale: 'fr' | 'en';
  verdicts: ColumnVerdict[];
  /** Each field's candidates, best first (empty when no column fits). */
  candidates: Record<MappedField, Candidate[]>;
  segments: SegmentProposal[];
}

export function analyzeExport(table: ExportTable): ExportAnalysis {
  const locale = guessLocale(table);
  const verdicts = table.headers.map((header, index) =>
    classifyColumn(
      { index, header, label: table.labels[index] ?? header, cells: table.rows.map((row) => row[index] ?? '') },
      locale,
    ),
  );
  const score = rankScores(verdicts);
  const scoreIndex = score[0] ? table.headers.indexOf(score[0].headers[0] as string) : undefined;
  const { rows, ...meta } = table;
  return {
    table: meta,
    rowCount: rows.length,
    locale,
    verdicts,
    candidates: {
      score,
      date: rankDates(verdicts),
      repliedAt: rankReplied(verdicts),
      comment: rankComments(verdicts, rows, scoreIndex),
      ...rankOthers(verdicts),
    },
    segments: proposeSegments(verdicts),
  };
}

/** French or English, by the words of the headers and question texts; French when tied. */
export function guessLocale(table: Pick<ExportTable, 'headers' | 'labels'>): 'fr' | 'en' {
  let fr = 0;
  let en = 0;
  for (const text of new Set([...table.headers, ...table.labels])) {
    const folded = foldHeader(text);
    const votes = localeVotes(folded);
    fr += votes.fr + (/[éèàùçê]/i.test(text) ? 1 : 0);
    en += votes.en;
  }
  return en > fr ? 'en' : 'fr';
}

/** The mapping written in the config, and what was left aside, with every reason. */
export interface InitMapping {
  columns: Partial<Record<MappedField, string | string[]>>;
  reasons: Partial<Record<MappedField, string>>;
  /** The candidates not taken, per field, to leave as comments. */
  alternatives: Partial<Record<MappedField, Candidate[]>>;
  dateFormat?: string;
  /** The date order was guessed (no day above 12): say so in the config. */
  dateAmbiguous?: boolean;
  /** The zone of the dates, when the export states one (a "(UTC)" header, Qualtrics' ImportId row). */
  timeZone?: string;
  segments: SegmentProposal[];
  /** Columns mapped to nothing, with the reason. */
  leftOut: { header: string; reason: string }[];
}

/** Takes the candidate picked for each field (by index, 0 the best by default). */
export function resolveMapping(analysis: ExportAnalysis, picks: Partial<Record<MappedField, number>> = {}): InitMapping {
  const mapping: InitMapping = { columns: {}, reasons: {}, alternatives: {}, segments: analysis.segments, leftOut: [] };
  const used = new Set<string>();
  for (const field of MAPPED_FIELDS) {
    // The source has one dateFormat: a call-back date written otherwise cannot be read with it.
    const candidates =
      field === 'repliedAt'
        ? analysis.candidates.repliedAt.filter(
            (candidate) => candidate.dateFormat === undefined || candidate.dateFormat === mapping.dateFormat,
          )
        : analysis.candidates[field];
    const pick = candidates[picks[field] ?? 0] ?? candidates[0];
    if (!pick) continue;
    mapping.columns[field] = pick.headers.length === 1 ? (pick.headers[0] as string) : pick.headers;
    mapping.reasons[field] = pick.reason;
    for (const header of pick.headers) used.add(header);
    const others = candidates.filter((candidate) => candidate !== pick);
    if (others.length > 0) mapping.alternatives[field] = others;
    if (field === 'date') {
      if (pick.dateFormat) mapping.dateFormat = pick.dateFormat;
      if (pick.ambiguous) mapping.dateAmbiguous = true;
      const zone = /\bUTC\b/.test(pick.headers[0] as string) ? 'UTC' : analysis.table.timeZone;
      if (zone) mapping.timeZone = zone;
    }
  }
  for (const segment of analysis.segments) used.add(segment.header);
  for (const verdict of analysis.verdicts) {
    if (used.has(verdict.header)) continue;
    const candidateOf = MAPPED_FIELDS.find((field) => analysis.candidates[field].some((c) => c.headers.includes(verdict.header)));
    const reason = candidateOf ? `another column was preferred for ${candidateOf}: ${verdict.reason}` : verdict.reason;
    mapping.leftOut.push({ header: verdict.header, reason });
  }
  return mapping;
}
