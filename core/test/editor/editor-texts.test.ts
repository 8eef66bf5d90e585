import { describe, expect, it } from 'vitest';
import { hoverAt } from '../../src/editor/hover.ts';
import { quickFixesFor } from '../../src/editor/quick-fixes.ts';
import { offsetAt, toEditorRange } from '../../src/editor/ranges.ts';
import { rewriteDate } from '../../src/editor/rewrite-date.ts';
import { codeLensTitle, editorLocaleOf, statusBarText, statusBarTooltip } from '../../src/editor/summary-text.ts';
import { validateDocument } from '../../src/editor/validate-document.ts';
import { parseConfig } from '../../src/parse/config.ts';
import type { NpsConfig } from '../../src/schema/config.ts';
import { summarize } from '../../src/stats/summary.ts';
import { addToTally, createTally } from '../../src/stats/tally.ts';

const CONFIG = parseConfig(
  'data/nps.config.yaml',
  [
    'sources:',
    '  - path: "magasins/*.csv"',
    '    dateFormat: DD/MM/YYYY',
    '    columns: { date: Jour, score: Note, id: Ref }',
    '  - path: "web/*.json"',
    '    columns: { score: npsScore, date: submittedAt, id: responseId }',
  ].join('\n'),
).config as NpsConfig;
const CSV = CONFIG.sources[0] as NpsConfig['sources'][number];
const JSON_SOURCE = CONFIG.sources[1] as NpsConfig['sources'][number];

function validate(path: string, text: string) {
  const source = path.endsWith('.csv') ? CSV : JSON_SOURCE;
  const format = path.endsWith('.csv') ? ('csv' as const) : ('json' as const);
  return validateDocument({ kind: { kind: 'responses', source, format }, file: `data/${path}`, path, text, config: CONFIG });
}

function applyFix(text: string, fix: { span: Parameters<typeof toEditorRange>[0]; newText: string }): string {
  const start = offsetAt(text, fix.span.line, fix.span.column);
  const end = offsetAt(text, fix.span.endLine, fix.span.endColumn);
  return text.slice(0, start) + fix.newText + text.slice(end);
}

describe('editor ranges', () => {
  it('turns a 1-based span with an exclusive end into a 0-based range', () => {
    expect(toEditorRange({ line: 3, column: 12, endLine: 3, endColumn: 14 })).toEqual({
      start: { line: 2, character: 11 },
      end: { line: 2, character: 13 },
    });
  });
});

describe('quick fixes', () => {
  it('rewrites a date written with other separators into the configured format, and the file becomes valid', () => {
    const text = 'Jour,Note,Ref\n04-03-2026,9,A1\n';
    const issue = validate('magasins/a.csv', text).issues.find((candidate) => candidate.code === 'NPS211');
    expect(issue).toBeDefined();
    const [fix] = quickFixesFor(issue as NonNullable<typeof issue>, { text, locale: 'en', dateFormat: 'DD/MM/YYYY' });
    expect(fix?.title).toBe('Rewrite the date "04-03-2026" as "04/03/2026"');
    expect(validate('magasins/a.csv', applyFix(text, fix as NonNullable<typeof fix>)).issues).toEqual([]);
  });

  it('never guesses a month-first date or an impossible day', () => {
    expect(rewriteDate('03/04/2026', 'YYYY-MM-DD')).toBeUndefined();
    expect(rewriteDate('31-02-2026', 'DD/MM/YYYY')).toBeUndefined();
    expect(rewriteDate('2026/03/04', 'DD/MM/YYYY')).toBe('04/03/2026');
    expect(rewriteDate('4.3.2026 9:05', 'DD/MM/YYYY HH:mm')).toBe('04/03/2026 09:05');
    expect(rewriteDate('04/03/2026', 'DD MMMM YYYY')).toBeUndefined();
  });

  it('makes a JSON score written as text a number', () => {
    const text = '[{"submittedAt": "2026-03-04", "npsScore": "9", "responseId": "R1"}]';
    const issue = validate('web/a.json', text).issues.find((candidate) => candidate.code === 'NPS205');
    const [fix] = quickFixesFor(issue as NonNullable<typeof issue>, { text, locale: 'fr' });
    expect(fix?.title).toBe('Écrire la note 9 comme un nombre');
    expect(validate('web/a.json', applyFix(text, fix as NonNullable<typeof fix>)).issues).toEqual([]);
  });

  it('trims a padded value and renames a duplicate id, and the file becomes valid', () => {
    const text = 'Jour,Note,Ref\n04/03/2026,9, A1 \n05/03/2026,7,A1\n';
    let current = text;
    for (const code of ['NPS241', 'NPS230'] as const) {
      const issue = validate('magasins/a.csv', current).issues.find((candidate) => candidate.code === code);
      const [fix] = quickFixesFor(issue as NonNullable<typeof issue>, { text: current, locale: 'en' });
      current = applyFix(current, fix as NonNullable<typeof fix>);
    }
    expect(current).toBe('Jour,Note,Ref\n04/03/2026,9,A1\n05/03/2026,7,A1-2\n');
    expect(validate('magasins/a.csv', current).issues).toEqual([]);
  });
});

describe('hover', () => {
  const text = 'Jour,Note,Ref\n04/03/2026,9,A1\n';
  const hover = (needle: string, locale: 'fr' | 'en' = 'en') =>
    hoverAt({ text, offset: text.indexOf(needle) + 1, format: 'csv', source: CSV, config: CONFIG, locale })?.markdown;

  it('names the field of a header, the category of a score and the periods of a date', () => {
    expect(hover('Note')).toBe('Column "Note" → field `score`');
    expect(hover(',9,')).toBe('Score 9: **promoter**');
    expect(hover(',9,', 'fr')).toBe('Note 9 : **promoteur**');
    expect(hover('04/03')).toBe('Day 2026-03-04 · period `auto` · ISO week `2026-W10`');
  });

  it('reads JSON keys and values through the column map', () => {
    const json = '[{"submittedAt": "2026-03-04", "npsScore": 6}]';
    const at = (needle: string) =>
      hoverAt({ text: json, offset: json.indexOf(needle) + 2, format: 'json', source: JSON_SOURCE, config: CONFIG, locale: 'en' })
        ?.markdown;
    expect(at('"npsScore"')).toBe('Column "npsScore" → field `score`');
    expect(at(' 6')).toBe('Score 6: **detractor**');
  });
});

describe('summary texts', () => {
  const tally = createTally();
  for (const score of [10, 10, 9, 9, 9, 8, 7, 6, 3, 0]) addToTally(tally, score);
  const summary = summarize(tally, {});

  it('writes the CodeLens and the status bar in English and in French', () => {
    const margin = Math.round(((summary.ci?.high ?? 0) - (summary.ci?.low ?? 0)) / 2);
    expect(codeLensTitle(summary, 'en')).toBe(`NPS 20 (±${margin}) · 10 responses · Open preview`);
    expect(codeLensTitle(summary, 'fr')).toBe(`NPS 20 (±${margin}) · 10 réponses · Ouvrir l’aperçu`);
    expect(statusBarText({ ...summary, n: 1204 }, 'en')).toBe('NPS 20 · n = 1,204');
    expect(statusBarText({ ...summary, n: 1204 }, 'fr')).toBe('NPS 20 · n = 1\u202f204');
  });

  it('puts the split and the interval in the tooltip', () => {
    const tooltip = statusBarTooltip(summary, 'en', { file: 'data/magasins/a.csv' }).split('\n');
    expect(tooltip[0]).toBe('File: data/magasins/a.csv');
    expect(tooltip[2]).toBe('Promoters 50% · Passives 20% · Detractors 30%');
    expect(tooltip[3]).toMatch(/^95% interval: −?\d+ to \d+$/);
  });

  it('follows VS Code in French or English, else the config', () => {
    expect(editorLocaleOf('fr-ca', 'en')).toBe('fr');
    expect(editorLocaleOf('en', 'fr')).toBe('en');
    expect(editorLocaleOf('de', 'fr')).toBe('fr');
  });
});
