import { describe, expect, it } from 'vitest';
import { buildPriorityMatrixSpec } from '../../src/charts/priority-matrix.ts';
import { buildReport } from '../../src/report/build.ts';
import { makeConfig, response } from './load.ts';

// Irritants mentioned by 2, 4 and 6 responses of 100 (median 4 %); a praise theme mentioned by 60
// pulls the median of all themes up to 5 %. "Rupture" (6 %) is recurrent against the irritants.
function report() {
  const themes = [
    { id: 'attente', label: 'Attente', kind: 'irritant', keywords: ['attente'] },
    { id: 'prix', label: 'Prix', kind: 'irritant', keywords: ['prix'] },
    { id: 'rupture', label: 'Rupture', kind: 'irritant', keywords: ['rupture'] },
    { id: 'accueil', label: 'Accueil', kind: 'praise', keywords: ['accueil'] },
  ];
  const comment = (index: number) => {
    if (index < 2) return 'attente';
    if (index < 6) return 'prix';
    if (index < 12) return 'rupture';
    if (index < 72) return 'accueil';
    return 'rien';
  };
  const responses = Array.from({ length: 100 }, (_, index) =>
    response('2026-01-10', index < 12 ? 0 : 10, { comment: comment(index) }),
  );
  return buildReport({ config: makeConfig({ themes }), responses, now: '2026-02-01' });
}

describe('the priority matrix', () => {
  it('draws its line, writes its caption and labels its quadrants from one median: the irritants’', () => {
    const themes = report().themes;
    const irritants = themes.filter((theme) => theme.kind === 'irritant');
    expect(irritants.map((theme) => theme.priority.recurrenceMedian)).toEqual([4, 4, 4]);
    const spec = buildPriorityMatrixSpec(irritants, { locale: 'fr' }) as unknown as {
      description: string;
      layer: { data?: { values: unknown[] } }[];
    };
    expect(spec.layer[0]?.data?.values).toEqual([{ median: 4 }]);
    expect(spec.description).toMatch(/médiane 4,0\s%/u);
    for (const theme of irritants) {
      const rightOfLine = theme.priority.recurrence >= 4;
      expect(['fix-first', 'frequent-minor'].includes(theme.priority.quadrant)).toBe(rightOfLine);
    }
    expect(irritants.find((theme) => theme.id === 'rupture')?.priority.quadrant).toBe('fix-first');
  });
});
