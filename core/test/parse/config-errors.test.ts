import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/parse/config.ts';
import { asRead, expectHints, type Mistake } from './user-reads.ts';

/**
 * What a person writing data/nps.config.yaml by hand reads, one realistic mistake per row (every
 * enum, union, shape, range and required key of the schema): the position, the code and the words
 * as the CLI prints them, then the hint. A change of wording shows up here as a diff a reviewer
 * reads the way a user would (as Starlight's config-errors test does).
 */
const SOURCE = 'sources:\n  - path: avis.csv\n';

const MISTAKES: (Mistake & { yaml: string })[] = [
  { mistake: 'a title in one language (accepted)', yaml: `site:\n  title: { en: Our NPS }\n${SOURCE}`, reads: [] },
  {
    mistake: 'a title YAML reads as a number',
    yaml: `site:\n  title: 2026\n${SOURCE}`,
    reads: [
      '2:10 NPS002 site.title must be a text, or { fr, en } with one or both of them, not the number 2026: put it in quotes',
    ],
  },
  {
    mistake: 'a title with neither language',
    yaml: `site:\n  title: {}\n${SOURCE}`,
    reads: ['2:10 NPS002 site.title must be a text, or { fr, en } with one or both of them; got an empty mapping {}'],
  },
  {
    mistake: 'a title in a language the site does not have',
    yaml: `site:\n  title: { de: Unser NPS }\n${SOURCE}`,
    reads: ['2:12 NPS003 unknown key "de" in site.title (keys: fr, en)'],
  },
  {
    mistake: 'a title left empty',
    yaml: `site:\n  title:\n${SOURCE}`,
    reads: ['2:3 NPS002 site.title is empty: write a text, or { fr, en } with one or both of them after the colon'],
  },
  {
    mistake: 'a locale spelled out',
    yaml: `site:\n  locale: english\n${SOURCE}`,
    reads: ['2:11 NPS002 site.locale must be one of fr, en; got "english"'],
  },
  {
    mistake: 'a period as an adjective',
    yaml: `site:\n  period: monthly\n${SOURCE}`,
    reads: ['2:11 NPS002 site.period must be one of auto, day, week, month, quarter, year; got "monthly" (did you mean month?)'],
  },
  {
    mistake: 'a city instead of a time zone',
    yaml: `site:\n  timeZone: Paris\n${SOURCE}`,
    reads: ['2:13 NPS002 site.timeZone "Paris": not an IANA time zone (for example Europe/Paris)'],
  },
  {
    mistake: 'a key in French',
    yaml: `site:\n  periode: month\n${SOURCE}`,
    reads: ['2:3 NPS003 unknown key "periode" in site: did you mean "period"?'],
  },
  {
    mistake: 'a key that is nothing like a known one',
    yaml: `site:\n  colour: blue\n${SOURCE}`,
    reads: ['2:3 NPS003 unknown key "colour" in site (keys: title, locale, timeZone, period)'],
  },
  {
    mistake: 'site written as a list',
    yaml: `site:\n  - title: x\n${SOURCE}`,
    reads: ['2:3 NPS002 site must be key: value lines, not a list'],
  },
  {
    mistake: 'a confidence as a percentage text',
    yaml: `statistics:\n  confidence: 95%\n${SOURCE}`,
    reads: ['2:15 NPS002 statistics.confidence must be a number such as 0.95, not the text "95%" (a share: write 0.95 for 95%)'],
  },
  {
    mistake: 'a confidence as a percentage number',
    yaml: `statistics:\n  confidence: 95\n${SOURCE}`,
    reads: [
      '2:15 NPS002 statistics.confidence must be a number greater than 0.5 and less than 1 such as 0.95; got 95 (a share: write 0.95 for 95%)',
    ],
  },
  {
    mistake: 'an interval method that does not exist',
    yaml: `statistics:\n  interval: wilson\n${SOURCE}`,
    reads: ['2:13 NPS002 statistics.interval must be one of wald, adjusted-wald, score; got "wilson"'],
  },
  {
    mistake: 'a significance at its bound',
    yaml: `statistics:\n  significance: 0.5\n${SOURCE}`,
    reads: ['2:17 NPS002 statistics.significance must be a number greater than 0 and less than 0.5 such as 0.05; got 0.5'],
  },
  {
    mistake: 'a small sample with a fraction',
    yaml: `statistics:\n  smallSample: 2.5\n${SOURCE}`,
    reads: ['2:16 NPS002 statistics.smallSample must be a whole number such as 30, not the number 2.5'],
  },
  {
    mistake: 'a rolling window of zero days',
    yaml: `statistics:\n  rollingDays: 0\n${SOURCE}`,
    reads: ['2:16 NPS002 statistics.rollingDays must be a whole number from 1 to 3650 such as 90; got 0'],
  },
  {
    mistake: 'a number in quotes',
    yaml: `statistics:\n  rollingDays: "90"\n${SOURCE}`,
    reads: ['2:16 NPS002 statistics.rollingDays must be a whole number such as 90, not the text "90": write it without quotes'],
  },
  {
    mistake: 'no sources at all',
    yaml: 'site:\n  locale: en\n',
    reads: ['1:1 NPS002 sources: at least one source is required, e.g. - path: responses.csv'],
  },
  {
    mistake: 'an empty list of sources',
    yaml: 'sources: []\n',
    reads: ['1:10 NPS002 sources: at least one source is required, e.g. - path: responses.csv'],
  },
  {
    mistake: 'one source written without the dash',
    yaml: 'sources:\n  path: avis.csv\n',
    reads: [
      '2:3 NPS002 sources must be a list (one item a line, each starting with -), not key: value lines, e.g. - path: responses.csv',
    ],
  },
  {
    mistake: 'a source written as its path alone',
    yaml: 'sources:\n  - avis.csv\n',
    reads: ['2:5 NPS002 sources[0] must be key: value lines with path, not the text "avis.csv", e.g. - path: responses.csv'],
  },
  {
    mistake: 'a source without a path',
    yaml: 'sources:\n  - name: Magasins\n',
    reads: ['2:5 NPS002 sources[0].path is required: a text such as responses.csv'],
  },
  {
    mistake: 'an empty path',
    yaml: 'sources:\n  - path: ""\n',
    reads: ['2:11 NPS002 sources[0].path must not be empty: write a text such as responses.csv'],
  },
  {
    mistake: 'an old Excel format',
    yaml: 'sources:\n  - path: avis.xls\n    format: xls\n',
    reads: ['3:13 NPS002 sources[0].format must be one of csv, json, xlsx; got "xls" (did you mean xlsx?)'],
  },
  {
    mistake: 'an encoding by its common name',
    yaml: `${SOURCE}    encoding: latin1\n`,
    reads: ['3:15 NPS002 sources[0].encoding must be one of utf-8, utf-16le, utf-16be, windows-1252, iso-8859-15; got "latin1"'],
  },
  {
    mistake: 'a sheet counted from zero',
    yaml: 'sources:\n  - path: avis.xlsx\n    sheet: 0\n',
    reads: ['3:12 NPS002 sources[0].sheet must be a whole number of at least 1; got 0'],
  },
  {
    mistake: 'a sheet that YAML reads as a boolean',
    yaml: 'sources:\n  - path: avis.xlsx\n    sheet: true\n',
    reads: ['3:12 NPS002 sources[0].sheet must be a text, or a whole number of at least 1, not true: put it in quotes'],
  },
  {
    mistake: 'a missingScore that is not a severity',
    yaml: `${SOURCE}    missingScore: skip\n`,
    reads: ['3:19 NPS002 sources[0].missingScore must be one of warning, error; got "skip"'],
  },
  {
    mistake: 'a delimiter spelled out',
    yaml: `${SOURCE}    delimiter: tab\n`,
    reads: ['3:16 NPS002 sources[0].delimiter must be one of ",", ";", "\\t", "|"; got "tab"'],
  },
  {
    mistake: 'too many header rows',
    yaml: `${SOURCE}    headerRows: 25\n`,
    reads: ['3:17 NPS002 sources[0].headerRows must be a whole number from 1 to 20 such as 1; got 25'],
  },
  {
    mistake: 'a header row after the header rows',
    yaml: `${SOURCE}    headerRows: 2\n    headerRow: 3\n`,
    reads: [
      '4:16 NPS002 sources[0].headerRow: cannot be greater than headerRows (the column names are on one of the header rows)',
    ],
  },
  {
    mistake: 'a one-letter date format (X and x alone are Unix times)',
    yaml: `${SOURCE}    dateFormat: D\n`,
    reads: ['3:17 NPS002 dateFormat "D" has no year (YYYY or YY)'],
  },
  {
    mistake: 'a column mapped to a field name with a dash',
    yaml: `${SOURCE}    columns:\n      2nd-store: Magasin\n`,
    reads: ['4:7 NPS002 sources[0].columns "2nd-store": a field name is a letter followed by letters, digits or _'],
  },
  {
    mistake: 'a column mapped to no header',
    yaml: `${SOURCE}    columns:\n      score: []\n`,
    reads: ['4:14 NPS002 sources[0].columns.score: at least one header is required'],
  },
  {
    mistake: 'a column header YAML reads as a number',
    yaml: `${SOURCE}    columns:\n      score: 3\n`,
    reads: [
      '4:14 NPS002 sources[0].columns.score must be a text, or a list (one item a line, each starting with -), not the number 3: put it in quotes',
    ],
  },
  {
    mistake: 'a constant written as a list',
    yaml: `${SOURCE}    constants:\n      channel: [web]\n`,
    reads: ['4:16 NPS002 sources[0].constants.channel must be a text, not a list'],
  },
  {
    mistake: 'ignore written as one text',
    yaml: `${SOURCE}ignore: notes.csv\n`,
    reads: [
      '3:9 NPS002 ignore must be a list (one item a line, each starting with -), not the text "notes.csv", e.g. ignore: [ notes/*.csv ]',
    ],
  },
  {
    mistake: 'a segment without its field',
    yaml: `${SOURCE}segments:\n  - label: Magasin\n`,
    reads: ['4:5 NPS002 segments[0].field is required: a text such as store'],
  },
  {
    mistake: 'a segment field with a space',
    yaml: `${SOURCE}segments:\n  - field: store name\n`,
    reads: ['4:12 NPS002 segments[0].field "store name": a field name is a letter followed by letters, digits or _'],
  },
  {
    mistake: 'a theme id with a capital',
    yaml: `${SOURCE}themes:\n  - id: Attente\n    label: Attente\n`,
    reads: ['4:9 NPS002 themes[0].id "Attente": a theme id is lower-case letters, digits and dashes'],
  },
  {
    mistake: 'a theme without a label',
    yaml: `${SOURCE}themes:\n  - id: attente\n`,
    reads: ['4:5 NPS002 themes[0].label is required: a text, or { fr, en } with one or both of them'],
  },
  {
    mistake: 'a theme kind that does not exist',
    yaml: `${SOURCE}themes:\n  - id: attente\n    label: Attente\n    kind: negative\n`,
    reads: ['6:11 NPS002 themes[0].kind must be one of irritant, praise, neutral; got "negative"'],
  },
  {
    mistake: 'a theme effort that does not exist',
    yaml: `${SOURCE}themes:\n  - id: attente\n    label: Attente\n    effort: huge\n`,
    reads: ['6:13 NPS002 themes[0].effort must be one of low, medium, high; got "huge"'],
  },
  {
    mistake: 'keywords written as one text',
    yaml: `${SOURCE}themes:\n  - id: attente\n    label: Attente\n    keywords: attente\n`,
    reads: ['6:15 NPS002 themes[0].keywords must be a list (one item a line, each starting with -), not the text "attente"'],
  },
  {
    mistake: 'themes written as a mapping',
    yaml: `${SOURCE}themes:\n  attente: Attente\n`,
    reads: [
      '4:3 NPS002 themes must be a list (one item a line, each starting with -), not key: value lines, e.g. - { id: waiting, label: Attente }',
    ],
  },
  {
    mistake: 'a benchmark NPS above 100',
    yaml: `${SOURCE}benchmarks:\n  - { label: Retail, nps: 140, source: Bain, date: "2025" }\n`,
    reads: ['4:27 NPS002 benchmarks[0].nps must be a number from -100 to 100; got 140'],
  },
  {
    mistake: 'a benchmark with its label only',
    yaml: `${SOURCE}benchmarks:\n  - label: Retail\n`,
    reads: [
      '4:5 NPS002 benchmarks[0].nps is required: a number from -100 to 100',
      '4:5 NPS002 benchmarks[0].source is required: a text',
      '4:5 NPS002 benchmarks[0].date is required: a text such as 2025-06',
    ],
  },
  {
    mistake: 'a benchmark date written the French way',
    yaml: `${SOURCE}benchmarks:\n  - { label: Retail, nps: 40, source: Bain, date: 06/2025 }\n`,
    reads: ['4:51 NPS002 benchmarks[0].date "06/2025": a year, year-month or date'],
  },
  {
    mistake: 'a benchmark URL without https://',
    yaml: `${SOURCE}benchmarks:\n  - { label: Retail, nps: 40, source: Bain, date: "2025", url: bain.com }\n`,
    reads: ['4:64 NPS002 benchmarks[0].url must be a web address such as https://example.org/study; got "bain.com"'],
  },
  {
    mistake: 'yes for true',
    yaml: `${SOURCE}privacy:\n  redactEmails: yes\n`,
    reads: ['4:17 NPS002 privacy.redactEmails must be true or false, not the text "yes"'],
  },
  {
    mistake: '1 for true',
    yaml: `${SOURCE}editions:\n  allowOverlap: 1\n`,
    reads: ['4:17 NPS002 editions.allowOverlap must be true or false, not the number 1'],
  },
  {
    mistake: 'a config that is a list',
    yaml: '- sources\n',
    reads: ['1:1 NPS002 the config must be key: value lines with sources, not a list'],
  },
];

describe('config mistakes as a user reads them', () => {
  it.each(MISTAKES)('$mistake', ({ yaml, reads }) => {
    const reading = parseConfig('data/nps.config.yaml', yaml);
    expect(asRead(reading.issues)).toEqual(reads);
    expect(reading.config === undefined).toBe(reads.length > 0);
  });

  it('prints a hint that says what to do under each message', () => {
    expectHints(MISTAKES, {
      NPS002: 'Write a value of the kind the message names; core/schema/nps.config.schema.json describes every key.',
      NPS003: 'Fix the spelling (the message names the nearest key) or remove the key.',
    });
  });
});
