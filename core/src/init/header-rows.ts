/**
 * How many rows come before the data. Most exports have one; two survey tools add more:
 * - SurveyMonkey: the question on row 1, the sub-answer under it on row 2 ("Response",
 *   "Open-Ended Response", or the choice of a multiple-choice question), blank under metadata.
 * - Qualtrics: the column ids on row 1 (Q1, StartDate), the question text on row 2, and the
 *   ImportId JSON of each column on row 3 ({"ImportId":"QID1"}).
 * The config keeps row 1 as the names in both: Qualtrics' ids survive a rewording of the question.
 */
export interface HeaderRows {
  headerRows: number;
  headerRow: number;
  reason: string;
  /** The time zone Qualtrics writes in its ImportId row ({"timeZone":"Europe/Paris"}). */
  timeZone?: string;
}

const SUB_ANSWER = /^(response|open-ended response|other \(please specify\)|réponse|réponse ouverte)$/i;

export function detectHeaderRows(rows: readonly (readonly string[])[]): HeaderRows {
  const third = rows[2] ?? [];
  const importIds = third.filter((cell) => /^\{\s*"ImportId"/.test(cell.trim()));
  if (importIds.length > 0 && importIds.length >= third.filter((cell) => cell.trim() !== '').length / 2) {
    const zone = importIds.map((cell) => /"timeZone"\s*:\s*"([^"]+)"/.exec(cell)?.[1]).find(Boolean);
    return {
      headerRows: 3,
      headerRow: 1,
      reason: 'Qualtrics: column ids on row 1, question text on row 2, {"ImportId":...} on row 3',
      ...(zone ? { timeZone: zone } : {}),
    };
  }
  const second = rows[1] ?? [];
  const filled = second.filter((cell) => cell.trim() !== '');
  if (filled.length > 0 && filled.filter((cell) => SUB_ANSWER.test(cell.trim())).length >= filled.length / 2) {
    return {
      headerRows: 2,
      headerRow: 1,
      reason: 'SurveyMonkey: questions on row 1, "Response" / "Open-Ended Response" under them on row 2',
    };
  }
  return { headerRows: 1, headerRow: 1, reason: 'one header row' };
}
