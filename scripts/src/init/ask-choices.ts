import type { Candidate, ExportAnalysis, MappedField } from '@nps-pages/core/init';

/** Asks a question on the terminal and resolves with the line typed (Enter alone: ''). */
export type Ask = (question: string) => Promise<string>;

/** The fields worth a question when several columns fit: the rest have one candidate or none. */
const ASKED: readonly MappedField[] = ['score', 'date', 'comment', 'id', 'respondent', 'language'];

/** On a terminal, each ambiguous field as a numbered list, the best first: Enter takes it, a number another. */
export async function askChoices(
  analysis: ExportAnalysis,
  ask: Ask,
  say: (text: string) => void,
): Promise<Partial<Record<MappedField, number>>> {
  const picks: Partial<Record<MappedField, number>> = {};
  for (const field of ASKED) {
    const candidates = analysis.candidates[field];
    if (candidates.length < 2) continue;
    say(`\nWhich column is the ${field}?\n`);
    candidates.forEach((candidate, index) => void say(`  ${index + 1}. ${label(candidate)}\n`));
    for (;;) {
      const answer = (await ask(`Choice [1-${candidates.length}, Enter = 1]: `)).trim();
      if (answer === '') break;
      const number = Number(answer);
      if (Number.isInteger(number) && number >= 1 && number <= candidates.length) {
        picks[field] = number - 1;
        break;
      }
      say(`  type a number from 1 to ${candidates.length}, or Enter for 1\n`);
    }
  }
  return picks;
}

function label(candidate: Candidate): string {
  const format = candidate.dateFormat ? ` (${candidate.dateFormat})` : '';
  return `${candidate.headers.map((header) => `"${header}"`).join(' + ')}${format}: ${candidate.reason}`;
}
