import { describe, expect, it } from 'vitest';
import { detectCase, initCases, rolesOf } from './init-fixtures.ts';

/**
 * Detection on every export of the init corpus against its expected.json, and the share of columns
 * mapped right over the whole corpus: every column of every case counts, a column rightly left
 * unmapped too (an e-mail left out is right, an e-mail taken as a segment is wrong).
 */
describe('nps init detection on the corpus', () => {
  it('has at least eight tools or shapes', () => {
    expect(initCases.length).toBeGreaterThanOrEqual(8);
  });

  it.each(initCases.map((initCase) => [initCase.name, initCase] as const))('%s', (_name, initCase) => {
    const { mapping } = detectCase(initCase.name, initCase.file);
    expect(mapping).toEqual(initCase.mapping);
  });

  it('maps almost every column of the corpus right, and says how many', () => {
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const initCase of initCases) {
      const { mapping, headers } = detectCase(initCase.name, initCase.file);
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
