import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cadenceOf, narrativePeriodKey } from '../../src/editions/cadence.ts';
import { sha256Hex } from '../../src/editions/digest.ts';
import { readEdition } from '../../src/editions/read.ts';
import { ACTIONS, CONFIG, release, sampleResponses, textsOf } from './helpers.ts';

describe('releaseEdition', () => {
  it('freezes only the period, redacted, without response ids, respondents pseudonymised', async () => {
    const released = await release();
    const responses = released.files.find((file) => file.path === 'editions/2026-T3/responses.json')?.text ?? '';
    const inPeriod = sampleResponses().filter((response) => response.day >= '2026-07-01' && response.day <= '2026-09-30');
    expect(released.manifest.rows).toBe(inPeriod.length);
    expect(released.manifest.cadence).toBe('quarter');
    expect(released.manifest.sha256.responses).toBe(await sha256Hex(responses));
    expect(responses).not.toContain('@example.com');
    expect(responses).toContain('[e-mail masqué]');
    expect(responses).not.toContain('client-');
    expect(responses).not.toMatch(/"id":/);
    // One record a line: a git diff of an edition shows the rows that changed.
    expect(responses.split('\n').filter((line) => line.startsWith('    {')).length).toBe(inPeriod.length);
  });

  it('gives one pseudonym per respondent, so answers still pair within the edition', async () => {
    const { edition } = await readEdition(textsOf(await release()));
    const byPseudonym = new Set(edition?.responses.map((response) => response.respondent));
    const byRespondent = new Set(
      sampleResponses()
        .filter((response) => response.day >= '2026-07-01' && response.day <= '2026-09-30')
        .map((response) => response.respondent),
    );
    expect(byPseudonym.size).toBe(byRespondent.size);
  });

  it('keeps the actions that touch the period and freezes the config parts a report needs', async () => {
    const released = await release();
    expect(released.manifest.actions).toBe(1);
    expect(released.files.find((file) => file.path.endsWith('actions.json'))?.text).toContain('Renfort en caisse');
    expect(released.manifest.config.themes.map((theme) => theme.id)).toEqual(['attente']);
    expect(released.manifest.config).not.toHaveProperty('sources');
    expect(ACTIONS).toHaveLength(2);
  });

  it('writes the same bytes whatever the order of the responses (property)', async () => {
    const reference = await release();
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(sampleResponses(), { minLength: 120, maxLength: 120 }), async (shuffled) => {
        const again = await release({ responses: shuffled });
        expect(again.files).toEqual(reference.files);
      }),
      { numRuns: 15 },
    );
  });

  it('writes a narrative template that is a valid draft for the period', async () => {
    const released = await release();
    const { issues, edition } = await readEdition(textsOf(released, { narrative: released.narrative.text }));
    expect(issues).toEqual([]);
    expect(edition?.status).toBe('draft');
    expect(released.narrative.text).toContain('period: "2026-Q3"');
    expect(CONFIG.site.locale).toBe('fr');
  });
});

describe('cadenceOf', () => {
  it.each([
    ['2026-07-01', '2026-09-30', 'quarter', '2026-Q3'],
    ['2026-03-01', '2026-03-31', 'month', '2026-03'],
    ['2026-01-01', '2026-12-31', 'year', '2026'],
    ['2026-03-16', '2026-03-22', 'week', '2026-W12'],
    ['2026-03-05', '2026-04-20', 'custom', '2026-03-05/2026-04-20'],
    ['2026-08-01', '2026-10-31', 'custom', '2026-08-01/2026-10-31'],
  ])('%s – %s is %s (%s)', (from, to, cadence, key) => {
    expect(cadenceOf(from, to)).toBe(cadence);
    expect(narrativePeriodKey(from, to)).toBe(key);
  });
});
