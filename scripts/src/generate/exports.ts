import { dayNumber, isoDateTime } from './calendar.ts';
import { csvRow } from './csv.ts';
import { NOW_DAY } from './model.ts';
import type { SampleResponse, SampleSource } from './sample.ts';

/**
 * Each source written as its survey tool exports it, so the sample exercises the column maps,
 * date formats and CSV dialects of data/nps.config.yaml:
 * - magasins: the in-store Google Forms (French) linked sheet, downloaded as CSV: long question
 *   headers, `Horodateur` in DD/MM/YYYY HH:mm:ss, comma, LF, multi-line answers quoted;
 * - digital: the web/app survey tool's JSON envelope, ISO 8601 datetimes with offsets, numbers;
 * - telephone: the phone institute's Excel workbook saved as "CSV UTF-8" on a French Windows:
 *   BOM, `;`, CRLF, DD/MM/YYYY, decimal commas in the weight.
 * The headers here and the column maps of config-template.ts must agree: the test validates both.
 */
export interface FileFraming {
  /** Written before the first row. */
  head: string;
  /** Written after the last row. */
  tail: string;
}

export interface ExportFormat {
  /** The file a response belongs to, relative to the data folder (files roll over by year or quarter). */
  pathOf(response: SampleResponse): string;
  /** What surrounds the rows of the file that starts with this response. */
  framing(response: SampleResponse): FileFraming;
  /** One row (CSV) or one record (JSON); `first` is true for the first row of a file. */
  row(response: SampleResponse, first: boolean): string;
}

export const GOOGLE_FORMS_HEADERS = {
  date: 'Horodateur',
  score: 'Quelle est la probabilité que vous recommandiez Maison Lumière à un proche ?',
  comment: 'Pourquoi cette note ? (facultatif)',
  store: 'Dans quel magasin êtes-vous venu(e) ?',
  respondent: 'Numéro de carte de fidélité (facultatif)',
  region: 'Région',
  language: 'Langue du formulaire',
  repliedAt: 'Rappel client le',
} as const;

export const PHONE_HEADERS = {
  date: "Date de l'appel",
  id: 'Réf. appel',
  score: 'Note (0 à 10)',
  comment: 'Verbatim',
  language: 'Langue',
  respondent: 'N° client',
  region: 'Région',
  repliedAt: 'Rappel effectué le',
  weight: 'Pondération',
} as const;

/** 2026-03-31T14:05:09+02:00 -> 31/03/2026 14:05:09 (the sheet shows Paris wall time). */
function frenchDateTime(iso: string, options: { time: boolean }): string {
  const date = `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return options.time ? `${date} ${iso.slice(11, 19)}` : date;
}

const googleForms: ExportFormat = {
  pathOf: (response) => `magasins/avis-magasins-${response.day.slice(0, 4)}.csv`,
  framing: () => ({ head: csvRow(Object.values(GOOGLE_FORMS_HEADERS), { delimiter: ',', newline: '\n' }), tail: '' }),
  row(response) {
    const values = [
      frenchDateTime(response.at, { time: true }),
      String(response.score),
      response.comment ?? '',
      response.store ?? '',
      response.respondent ?? '',
      response.region,
      response.language,
      response.repliedAt ? frenchDateTime(response.repliedAt, { time: true }) : '',
    ];
    return csvRow(values, { delimiter: ',', newline: '\n' });
  },
};

function quarterOf(day: string): { year: number; quarter: number } {
  return { year: Number(day.slice(0, 4)), quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 };
}

const surveyTool: ExportFormat = {
  pathOf(response) {
    const { year, quarter } = quarterOf(response.day);
    return `digital/export-${year}-T${quarter}.json`;
  },
  framing(response) {
    const { year, quarter } = quarterOf(response.day);
    // Exported the morning after the quarter, or on the data set's "now" for the running quarter.
    const nextQuarter = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`;
    const exportDay = Math.min(dayNumber(nextQuarter), NOW_DAY);
    const envelope = [
      '{',
      '  "survey": "Maison Lumière — satisfaction après commande (web et application)",',
      `  "exportedAt": "${isoDateTime({ day: exportDay, seconds: 7 * 3600 + 30 * 60 })}",`,
      '  "responses": [',
    ].join('\n');
    return { head: envelope, tail: '\n  ]\n}\n' };
  },
  row(response, first) {
    const record = {
      responseId: response.id,
      submittedAt: response.at,
      channel: response.channel,
      npsScore: response.score,
      feedback: response.comment ?? null,
      language: response.language,
      customerId: response.respondent ?? null,
      deliveryRegion: response.region,
      followedUpAt: response.repliedAt ?? null,
    };
    return `${first ? '\n' : ',\n'}    ${JSON.stringify(record)}`;
  },
};

const phoneSurvey: ExportFormat = {
  pathOf: (response) => `telephone/enquete-telephonique-${response.day.slice(0, 4)}.csv`,
  framing: () => ({ head: `\uFEFF${csvRow(Object.values(PHONE_HEADERS), { delimiter: ';', newline: '\r\n' })}`, tail: '' }),
  row(response) {
    const values = [
      frenchDateTime(response.at, { time: false }),
      response.id.replace('R-', 'TEL-'),
      String(response.score),
      // Excel keeps line feeds inside a cell and ends rows with CRLF.
      response.comment ?? '',
      response.language,
      response.respondent ?? '',
      response.region,
      response.repliedAt ? frenchDateTime(response.repliedAt, { time: false }) : '',
      response.weight === undefined ? '' : response.weight.toFixed(4).replace('.', ','),
    ];
    return csvRow(values, { delimiter: ';', newline: '\r\n' });
  },
};

export const EXPORT_FORMATS: Record<SampleSource, ExportFormat> = {
  magasins: googleForms,
  digital: surveyTool,
  telephone: phoneSurvey,
};
