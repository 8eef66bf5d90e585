import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type StatsOptions, statsCommand } from '../src/commands/stats.ts';
import type { StatsJson } from '../src/stats-json.ts';
import { captureIo } from './capture-io.ts';

/** `nps stats` run in-process, on exports written here, against figures computed by hand. */

async function stats(options: Partial<StatsOptions> & { files?: string[] }) {
  const { io, stdout: out, stderr: err } = captureIo();
  const code = await statsCommand({ data: 'data', map: {}, files: [], ...options }, io);
  return { code, stdout: out(), stderr: err(), json: () => JSON.parse(out()) as StatsJson };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nps-stats-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

// Scores 10 9 9 8 7 6 3 10 0 9: 5 promoters, 2 passives, 3 detractors; NPS 50 - 30 = +20.
const EXPORT = [
  'Date;Note;Commentaire;Canal',
  '05/01/2026;10;Très bien;web',
  '06/01/2026;9;"Rapide; efficace";web',
  '07/01/2026;9;;magasin',
  '08/01/2026;8;;magasin',
  '09/01/2026;7;bof;web',
  '02/03/2026;6;;magasin',
  '03/03/2026;3;"Attente\nen caisse";magasin',
  '04/03/2026;10;;web',
  '05/03/2026;0;;magasin',
  '06/03/2026;9;;web',
].join('\r\n');
const READ = { map: { score: 'Note', date: 'Date', comment: 'Commentaire' }, dateFormat: 'DD/MM/YYYY' };
const Z95 = 1.959963984540054;

describe('nps stats', () => {
  it('answers "what is the NPS of this export?" with the intervals computed by hand', async () => {
    const file = join(folder({ 'export.csv': EXPORT }), 'export.csv');
    const result = await stats({ ...READ, json: true, files: [file] });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = result.json();
    expect([json.n, json.promoters, json.passives, json.detractors]).toEqual([10, 5, 2, 3]);
    expect(json.nps).toBeCloseTo(20, 10);
    // Wald: variance per answer p+ + p- - (p+ - p-)^2 = 0.8 - 0.04.
    const wald = Z95 * Math.sqrt(0.76 / 10) * 100;
    expect(json.intervals.wald?.[0]).toBeCloseTo(20 - wald, 8);
    expect(json.intervals.wald?.[1]).toBeCloseTo(20 + wald, 8);
    // Adjusted Wald: 5.75 promoters, 3.5 passives, 3.75 detractors out of 13.
    const plus = 5.75 / 13;
    const minus = 3.75 / 13;
    const centre = (plus - minus) * 100;
    const half = Z95 * Math.sqrt((plus + minus - (plus - minus) ** 2) / 13) * 100;
    expect(json.ci95).toMatchObject({ method: 'adjusted-wald', confidence: 0.95 });
    expect(json.ci95?.low).toBeCloseTo(centre - half, 8);
    expect(json.ci95?.high).toBeCloseTo(centre + half, 8);
    expect(json.intervals.adjustedWald).toEqual([json.ci95?.low, json.ci95?.high]);
    const score = json.intervals.score as readonly [number, number];
    expect(score[0]).toBeLessThan(20);
    expect(score[1]).toBeGreaterThan(20);
    expect(json.files).toEqual([{ path: file, source: '**', responses: 10 }]);
  });

  it('adds the months, empty ones included, and a segment with its small-sample flag', async () => {
    const file = join(folder({ 'export.csv': EXPORT }), 'export.csv');
    const result = await stats({
      ...READ,
      map: { ...READ.map, channel: 'Canal' },
      json: true,
      by: 'month',
      segment: 'channel',
      files: [file],
    });
    expect(result.code).toBe(0);
    const json = result.json();
    expect(json.periods?.map((period) => [period.period, period.n, period.nps])).toEqual([
      ['2026-01', 5, 60],
      ['2026-02', 0, null],
      ['2026-03', 5, -20],
    ]);
    expect(json.periods?.[1]?.from).toBe('2026-02-01');
    expect(json.periods?.[1]?.to).toBe('2026-02-28');
    expect(json.segments?.field).toBe('channel');
    expect(json.segments?.values.map((value) => [value.value, value.n, value.nps, value.smallSample])).toEqual(
      [
        ['magasin', 5, -40],
        ['web', 5, 80],
      ].map(([value, n, nps]) => [value, n, nps, true]),
    );
  });

  it('adds the days with --by day, the days without an answer as gaps', async () => {
    const csv = 'date,score\n2026-03-02,10\n2026-03-02,0\n2026-03-04,9\n2026-03-05,6\n';
    const result = await stats({
      map: { score: 'score', date: 'date' },
      json: true,
      by: 'day',
      files: [join(folder({ 'd.csv': csv }), 'd.csv')],
    });
    expect(result.code).toBe(0);
    const json = result.json();
    expect(json.periods?.map((period) => [period.period, period.from, period.to, period.n, period.nps])).toEqual([
      ['2026-03-02', '2026-03-02', '2026-03-02', 2, 0],
      ['2026-03-03', '2026-03-03', '2026-03-03', 0, null],
      ['2026-03-04', '2026-03-04', '2026-03-04', 1, 100],
      ['2026-03-05', '2026-03-05', '2026-03-05', 1, -100],
    ]);
  });

  it('prints the figures for a person, rounded, with the interval', async () => {
    const file = join(folder({ 'export.csv': EXPORT }), 'export.csv');
    const result = await stats({ ...READ, files: [file] });
    expect(result.stdout.split('\n')[0]).toMatch(/^NPS \+20\.0 \(95% CI -?\d+\.\d to \+\d+\.\d, adjusted Wald\) · n = 10$/);
    expect(result.stdout).toContain('promoters 50.0% (5) · passives 20.0% (2) · detractors 30.0% (3)');
  });

  it('gives the weighted NPS with Kish effective n when the data has weights', async () => {
    const csv = 'date,score,weight\n2026-01-01,10,2\n2026-01-02,0,1\n2026-01-03,8,1\n';
    const result = await stats({ map: { weight: 'weight' }, json: true, files: [join(folder({ 'w.csv': csv }), 'w.csv')] });
    const json = result.json();
    expect(json.nps).toBeCloseTo(0, 10);
    // Weighted shares 2/4 promoters, 1/4 detractors: NPS +25; n_eff = 4^2 / (4 + 1 + 1) = 8/3.
    expect(json.weighted?.nps).toBeCloseTo(25, 10);
    expect(json.weighted?.effectiveN).toBeCloseTo(8 / 3, 10);
  });

  it('leaves partial answers (no score) out of the figures, counts them, and still gives the figures', async () => {
    const dir = folder({ 'export.csv': EXPORT.replace('06/03/2026;9;', '06/03/2026;;') });
    const result = await stats({ ...READ, json: true, files: [join(dir, 'export.csv')] });
    expect(result.code).toBe(0);
    const json = result.json();
    expect(json.n).toBe(9);
    expect(json.excluded).toEqual({ missingScore: 1 });
    expect(result.stderr).toContain(`${join(dir, 'export.csv')}:12:12: warning NPS201 no score: a partial answer`);
    const text = await stats({ ...READ, files: [join(dir, 'export.csv')] });
    expect(text.stdout.split('\n')[0]).toMatch(/· n = 9 \(1 without a score, not counted\)$/);
  });

  it('refuses invalid data with the issues of nps validate and exit 1, printing no figures', async () => {
    const dir = folder({ 'export.csv': EXPORT.replace('06/03/2026;9;', '06/03/2026;onze;') });
    const result = await stats({ ...READ, json: true, files: [join(dir, 'export.csv')] });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `${join(dir, 'export.csv')}:12:12: error NPS202 the score "onze" is not a number from 0 to 10`,
    );
  });

  it('reads the configured data set, and says which segments exist when asked for another (exit 2)', async () => {
    const all = await stats({ json: true });
    expect(all.code).toBe(0);
    expect(all.json().n).toBe(12_000);
    const wrong = await stats({ segment: 'magasin' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('nps stats: no segment "magasin" in the config (segments: channel, store, region)\n');
  });

  it('shows the responses without the segment ("(none)") apart, with their interval, as the site does', async () => {
    const result = await stats({ segment: 'store' });
    expect(result.code).toBe(0);
    const none = result.stdout.split('\n').find((line) => line.startsWith('(none)'));
    expect(none).toMatch(/^\(none\)\s+[\d,]+\s+[+−-][\d.]+\s+[+-][\d.]+ to [+-][\d.]+\s+not a value$/);
    const json = await stats({ segment: 'store', json: true });
    expect(json.json().segments?.missing?.ci?.method).toBe('adjusted-wald');
  });

  it('keeps ci95 the adjusted Wald interval it names, while `ci` never leaves out the estimate', async () => {
    const csv = 'date,score\n2026-01-01,2\n';
    const result = await stats({ map: {}, json: true, files: [join(folder({ 'one.csv': csv }), 'one.csv')] });
    const json = result.json();
    expect(json.nps).toBe(-100);
    expect(json.ci95).toMatchObject({ method: 'adjusted-wald' });
    expect([json.ci95?.low, json.ci95?.high]).toEqual(json.intervals.adjustedWald);
    expect(json.ci).toMatchObject({ method: 'score', replaces: 'adjusted-wald', low: -100 });
  });

  it('needs files for reading options', async () => {
    const result = await stats({ map: { score: 'Note' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('name at least one');
  });
});
