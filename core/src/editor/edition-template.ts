import type { Period } from '../schema/config.ts';
import { periodKey } from '../stats/periods.ts';

/**
 * The text of a new edition narrative (data/editions/<period>.md), valid against the edition schema
 * as written, in the site's language: the team fills in the summary and highlights.
 */
export interface EditionTemplateInput {
  /** Today, YYYY-MM-DD: the edition comments the period before the current one by default. */
  today: string;
  period: Period;
  locale: 'fr' | 'en';
  author: string;
}

export function editionTemplate(input: EditionTemplateInput): { fileName: string; text: string } {
  const key = previousPeriodKey(input.today, input.period);
  const fr = input.locale === 'fr';
  const lines = [
    '---',
    // Quoted: a French colon (« À compléter : ») would otherwise open a YAML mapping.
    `title: ${JSON.stringify(fr ? `Baromètre NPS — ${key}` : `NPS barometer — ${key}`)}`,
    `period: "${key}"`,
    'status: draft',
    `summary: ${JSON.stringify(fr ? 'À compléter : ce que disent les chiffres de la période.' : 'To do: what the figures of the period say.')}`,
    'highlights:',
    `  - ${JSON.stringify(fr ? 'À compléter' : 'To do')}`,
    `authors: [${JSON.stringify(input.author)}]`,
    '---',
    '',
    fr ? '## Ce qui a changé' : '## What changed',
    '',
    '',
  ];
  return { fileName: `${key}.md`, text: lines.join('\n') };
}

/** The key of the period just before the one holding `today` (the last complete one). */
export function previousPeriodKey(today: string, period: Period): string {
  const current = periodKey(today, period);
  let day = today;
  // Walk back one day at a time out of the current period: at most 366 steps, and no calendar arithmetic to get wrong.
  for (let step = 0; step < 400 && periodKey(day, period) === current; step++) day = previousDay(day);
  return periodKey(day, period);
}

function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
