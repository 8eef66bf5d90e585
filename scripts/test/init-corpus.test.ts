import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseConfig } from '@nps-pages/core/pipeline';
import { describe, expect, it } from 'vitest';
import { detectCase, INIT_FIXTURES, initCases, rolesOf } from './init-fixtures.ts';

const FIXTURES = join(INIT_FIXTURES, '..');

/**
 * Detection on every export of the init corpus against its expected.json, and the share of columns
 * mapped right over the whole corpus: every column of every case counts, a column rightly left
 * unmapped too (an e-mail left out is right, an e-mail taken as a segment is wrong).
 */
describe('nps init detection on the corpus', () => {
  it('has at least eight tools or shapes', () => {
    expect(initCases.length).toBeGreaterThanOrEqual(8);
  });

  it.each(initCases.map((initCase) => [initCase.name, initCase] as const))('%s', async (_name, initCase) => {
    const { mapping } = await detectCase(initCase.name, initCase.file);
    expect(mapping).toEqual(initCase.mapping);
  });

  it('maps almost every column of the corpus right, and says how many', async () => {
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const initCase of initCases) {
      const { mapping, headers } = await detectCase(initCase.name, initCase.file);
      const expected = rolesOf(initCase.mapping, headers);
      for (const [header, role] of rolesOf(mapping, headers)) {
        total++;
        if (expected.get(header) === role) right++;
        else wrong.push(`${initCase.name} "${header}": ${role}, expected ${expected.get(header)}`);
      }
    }
    const share = right / total;
    console.info(
      `nps init corpus: ${right}/${total} columns mapped right (${(share * 100).toFixed(1)}%)${wrong.length ? `\n  ${wrong.join('\n  ')}` : ''}`,
    );
    expect(total).toBeGreaterThan(80);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });
});

/**
 * A check on exports the detection was not tuned on: the parser fixtures (core/test/fixtures/*-clean
 * and two more), whose configs were written by hand. Each field and segment those configs map counts.
 */
describe('nps init detection against hand-written configs', () => {
  const HELD_OUT = readdirSync(FIXTURES).filter((name) => name.endsWith('-clean') || name === 'tab-delimited');

  it('agrees with most of what people mapped by hand, and says how much', async () => {
    let agreed = 0;
    let total = 0;
    const differences: string[] = [];
    for (const name of HELD_OUT) {
      const folder = join(FIXTURES, name);
      const { config } = parseConfig('nps.config.yaml', readFileSync(join(folder, 'nps.config.yaml'), 'utf8'));
      const source = config?.sources[0];
      if (!source) throw new Error(`${name}: no source`);
      const file = filesUnder(folder).find((path) => !/(\.yaml|expected\.json)$/.test(path)) as string;
      const { mapping } = await detectCase(relative(INIT_FIXTURES, dirname(file)), basename(file));
      const found = new Map(Object.entries(mapping.columns).map(([field, header]) => [String(header), field]));
      for (const header of mapping.segments) found.set(header, 'segment');
      const segmentFields = new Set(config.segments.map((segment) => segment.field));
      for (const [field, header] of Object.entries(source.columns)) {
        total++;
        const want = segmentFields.has(field) ? 'segment' : field;
        if (found.get(String(header)) === want) agreed++;
        else differences.push(`${name} "${header}": ${found.get(String(header)) ?? 'none'}, by hand ${want}`);
      }
    }
    console.info(
      `nps init on hand-written configs: ${agreed}/${total} fields agree${differences.length ? `\n  ${differences.join('\n  ')}` : ''}`,
    );
    expect(total).toBeGreaterThanOrEqual(25);
    expect(agreed / total).toBeGreaterThanOrEqual(0.85);
  });
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}
