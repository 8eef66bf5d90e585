// What a careful reader checks on the sample site: each figure shown is the one the report means
// (one median in the priority matrix, an interval that contains its estimate, the rolling NPS the
// methodology promises), small counts are not dressed as percentages, a planned action is not
// shown as open, the text without JavaScript says what is true, and the methodology covers every
// number. Read from the built HTML and downloads (what a reader and a spreadsheet get).
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow, repositoryRoot } from './harness/build.ts';
import { listPages } from './harness/dist-files.ts';
import { sampleDist } from './harness/sample.ts';

/** The visible text of a built page: no scripts, styles or SVG, tags as spaces, one kind of space. */
function pageText(root: string, page: string): string {
  return readFileSync(join(root, page, 'index.html'), 'utf8')
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** Every row of a CSV download as an object (no quoted commas in the columns read here). */
function csvRows(path: string): Record<string, string>[] {
  const [header = '', ...lines] = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, index) => [names[index], cell])));
}

describe('the sample site, read carefully', () => {
  let dist = '';
  beforeAll(() => {
    dist = sampleDist();
  });

  it('labels the irritants from the median the matrix draws (right of the line: recurrent)', () => {
    const themes = JSON.parse(readFileSync(join(dist, 'downloads/themes.json'), 'utf8')) as {
      themes: { kind: string; priority: { recurrence: number; recurrenceMedian: number; quadrant: string } }[];
    };
    const irritants = themes.themes.filter((theme) => theme.kind === 'irritant');
    expect(irritants.length).toBeGreaterThan(2);
    const median = irritants[0]?.priority.recurrenceMedian ?? Number.NaN;
    for (const theme of irritants) {
      expect(theme.priority.recurrenceMedian).toBe(median);
      const recurrent = theme.priority.quadrant === 'fix-first' || theme.priority.quadrant === 'frequent-minor';
      expect(recurrent, JSON.stringify(theme.priority)).toBe(theme.priority.recurrence >= median);
    }
    const caption = pageText(dist, 'themes/').match(/médiane (\d+,\d) %/)?.[1];
    expect(caption).toBe(median.toFixed(1).replace('.', ','));
  });

  it('shows the rolling NPS the methodology promises: under the headline and as a column of the trend', () => {
    const text = pageText(dist, '');
    expect(text).toMatch(/Sur les 90 derniers jours \([^)]+\) : NPS [+−]?\d+ \(IC 95 % : [+−]?\d+ à [+−]?\d+\), n = [\d ]+/);
    expect(text).toContain('90 j glissants');
    expect(text).toContain('en pointillé, le NPS glissant sur 90 jours');
  });

  it('gives migration counts of a few respondents without percentages, flagged, with plurals right', () => {
    const text = pageText(dist, 'migration/');
    // A row of fewer than 30 repeat respondents is flagged and gives counts only ("1 (100 %)" is gone);
    // a row of 30 or more keeps its row percentages.
    expect(text).toMatch(/Petit échantillon \d+ \d+ \d+ \d+/);
    expect(text).not.toMatch(/Petit échantillon (\d+ ){0,3}\d+ \(/);
    expect(text).not.toMatch(/\b[12] \(100 %\)/);
    expect(text).not.toMatch(/\b1 répondants\b|\b1 restent\b|\b1 montent\b|\b1 descendent\b/);
    expect(text).toMatch(/\b\d+ répondants? présents? en/);
  });

  it('says on the last gallery page what a reader without JavaScript can do', () => {
    const last = listPages(dist)
      .filter((page) => page.startsWith('verbatims/page/'))
      .sort((a, b) => Number(a.split('/')[2]) - Number(b.split('/')[2]))
      .at(-1) as string;
    const text = pageText(dist, last);
    expect(text).not.toContain('ci-dessus');
    expect(text).toMatch(/plus anciens? n’est pas publiés?|plus anciens ne sont pas publiés/);
    expect(text).toContain('qui demandent JavaScript');
  });

  it('shows a planned action with its planned date and no before/after table', () => {
    const section = pageText(dist, 'actions/').split('Réassort quotidien')[1]?.split('Rapport généré')[0] ?? '';
    expect(section).toContain('Prévue le 16 novembre 2026');
    expect(section).not.toContain('Ouverte le');
    expect(section).toContain('Pas encore de comparaison avant / après');
    expect(pageText(dist, 'actions/reassort-quotidien/')).not.toMatch(/n = 0\b/);
  });

  it('shows the "(none)" store line with its interval, as `nps stats --segment store` does', () => {
    expect(pageText(dist, 'segments/store/')).toMatch(
      /\(aucun\) : NPS [+−]?\d+ \(IC 95 % : [+−]?\d+ à [+−]?\d+\), n = [\d ]+ \(n eff\./,
    );
  });

  it('explains every number in the methodology: weights, intervals, segments, benchmarks, actions, replies, migration', () => {
    const text = pageText(dist, 'methodology/');
    expect(text).toContain('utilisent les pondérations des réponses');
    expect(text).not.toContain('ne sont pas pondérées');
    expect(text).toContain('l’intervalle du score le remplace');
    expect(text).toContain('médiane des parts des irritants');
    for (const heading of ['Segments', 'Références externes', 'Actions : avant et après', 'Recontact des clients', 'Migration']) {
      expect(text).toContain(heading);
    }
  });
});

describe('a store with a single detractor', () => {
  let dist = '';
  beforeAll(async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'nps-reader-')), 'data');
    cpSync(join(repositoryRoot, 'data'), data, { recursive: true });
    appendFileSync(join(data, 'magasins/avis-magasins-2026.csv'), '14/10/2026 10:00:00,2,,Rennes Colombia,,Bretagne,fr,\n');
    dist = (await buildSiteOrThrow({ data })).outDir;
    rmSync(data, { recursive: true, force: true });
  }, 300_000);
  afterAll(() => {
    if (dist) rmSync(dirname(dist), { recursive: true, force: true });
  });

  it('gets an interval that contains its −100, marked as the score interval, on the page and in segments.csv', () => {
    const row = csvRows(join(dist, 'downloads/segments.csv')).find((candidate) => candidate.value === 'Rennes Colombia');
    expect(row).toMatchObject({ n: '1', nps: '-100', ci_method: 'score' });
    expect(Number(row?.ci_low)).toBeLessThanOrEqual(-100);
    expect(Number(row?.ci_high)).toBeGreaterThanOrEqual(-100);
    for (const other of csvRows(join(dist, 'downloads/segments.csv'))) {
      expect(Number(other.ci_low), other.value).toBeLessThanOrEqual(Number(other.nps));
      expect(Number(other.ci_high), other.value).toBeGreaterThanOrEqual(Number(other.nps));
    }
    expect(pageText(dist, 'segments/store/')).toMatch(/Rennes Colombia Petit échantillon −100 −100 à [+−]?\d+ \(score\)/);
  });
});
