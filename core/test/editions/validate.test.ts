import { describe, expect, it } from 'vitest';
import { checkEditionSet } from '../../src/editions/edition-set.ts';
import { type LoadedEdition, readEdition } from '../../src/editions/read.ts';
import type { Issue } from '../../src/issues.ts';
import { narrative, release, textsOf } from './helpers.ts';

const at = (issue: Issue) => ({
  file: issue.file,
  code: issue.code,
  line: issue.line,
  column: issue.column,
  severity: issue.severity,
});

describe('readEdition', () => {
  it('reads a released edition back without issues, with its responses and actions', async () => {
    const released = await release();
    const { edition, issues } = await readEdition(textsOf(released));
    expect(issues).toEqual([]);
    expect(edition?.responses).toHaveLength(released.manifest.rows);
    expect(edition?.actions.map((action) => action.id)).toEqual(['renfort']);
    expect(edition?.status).toBe('published');
  });

  it('points at the record a hand edit changed, by its line in responses.json', async () => {
    const texts = textsOf(await release());
    const lines = (texts.responses ?? '').split('\n');
    // Line 6 holds record 3 (lines 1-3 are the opening of the file).
    lines[5] = (lines[5] ?? '').replace(/"score":(\d+)/, (_, score: string) => `"score":${(Number(score) + 1) % 11}`);
    const { issues } = await readEdition({ ...texts, responses: lines.join('\n') });
    expect(issues.map(at)).toEqual([
      { file: 'data/editions/2026-T3/responses.json', code: 'NPS402', line: 6, column: 5, severity: 'error' },
    ]);
    expect(issues[0]?.message).toContain('record 3 of the frozen edition was edited after the release');
  });

  it('catches an edit that recomputed the record hash through the file SHA-256', async () => {
    const texts = textsOf(await release());
    const reformatted = (texts.responses ?? '').replace('\n  ]', '\n]');
    const { issues } = await readEdition({ ...texts, responses: reformatted });
    expect(issues.map(at)).toEqual([
      { file: 'data/editions/2026-T3/responses.json', code: 'NPS402', line: 1, column: 1, severity: 'error' },
    ]);
    expect(issues[0]?.message).toContain('differs from the SHA-256 in the manifest');
  });

  it('reports a removed record as a row count the manifest does not match', async () => {
    const texts = textsOf(await release());
    const lines = (texts.responses ?? '').split('\n');
    lines.splice(3, 1);
    const { issues } = await readEdition({ ...texts, responses: lines.join('\n') });
    expect(issues.some((issue) => issue.code === 'NPS402' && /records, but the manifest froze/.test(issue.message))).toBe(true);
  });

  it('places front matter issues of the narrative at their line and column', async () => {
    const texts = textsOf(await release(), { narrative: narrative('published').replace('status: published', 'status: publié') });
    const { issues } = await readEdition(texts);
    expect(issues.map(at)).toEqual([{ file: 'data/editions/2026-T3.md', code: 'NPS302', line: 4, column: 9, severity: 'error' }]);
  });

  it('reports a narrative whose period is not the one the edition froze (NPS406), at its line', async () => {
    const texts = textsOf(await release(), { narrative: narrative('published', '2026-Q2') });
    const { issues } = await readEdition(texts);
    expect(issues.map(at)).toEqual([{ file: 'data/editions/2026-T3.md', code: 'NPS406', line: 3, column: 9, severity: 'error' }]);
    expect(issues[0]?.message).toBe(
      'the narrative says period "2026-Q2", but the edition froze 2026-07-01 to 2026-09-30 ("2026-Q3")',
    );
  });

  it('names a span that is no whole month, quarter or year by its two dates, and accepts that in the narrative', async () => {
    const released = await release({ from: '2026-08-01', to: '2026-10-31' });
    expect(released.narrative.text).toContain('period: "2026-08-01/2026-10-31"');
    const texts = textsOf(released, { narrative: released.narrative.text });
    expect((await readEdition(texts)).issues).toEqual([]);
    const month = await readEdition(textsOf(released, { narrative: narrative('published', '2026-08') }));
    expect(month.issues.map((issue) => issue.code)).toEqual(['NPS406']);
  });

  it('reports a missing manifest, and a narrative alone as a warning', async () => {
    const texts = textsOf(await release());
    const missing = await readEdition({ ...texts, manifest: undefined });
    expect(missing.issues.map((issue) => [issue.code, issue.severity])).toEqual([['NPS405', 'error']]);
    const alone = await readEdition({ ...texts, manifest: undefined, responses: undefined, actions: undefined });
    expect(alone.issues.map(at)).toEqual([
      { file: 'data/editions/2026-T3.md', code: 'NPS405', line: 1, column: 1, severity: 'warning' },
    ]);
  });

  it('refuses a manifest that was hand edited into an invalid shape', async () => {
    const texts = textsOf(await release());
    const { issues, edition } = await readEdition({
      ...texts,
      manifest: (texts.manifest ?? '').replace('"rows": ', '"rows": -'),
    });
    expect(edition).toBeUndefined();
    expect(issues.map((issue) => issue.code)).toEqual(['NPS401']);
  });
});

describe('checkEditionSet', () => {
  async function edition(id: string, from: string, to: string, status: 'draft' | 'published'): Promise<LoadedEdition> {
    const released = await release({ id, from, to });
    const { edition } = await readEdition(textsOf(released, { narrative: narrative(status) }));
    if (!edition) throw new Error('unreadable');
    return edition;
  }

  it('refuses two published editions of one cadence that share days, at the later period', async () => {
    const editions = [
      await edition('2026-T3', '2026-07-01', '2026-09-30', 'published'),
      await edition('2026-T3-bis', '2026-07-01', '2026-09-30', 'published'),
    ];
    const issues = checkEditionSet(editions, { allowOverlap: false });
    expect(issues.map(at)).toEqual([
      { file: 'data/editions/2026-T3-bis/manifest.json', code: 'NPS403', line: 5, column: 3, severity: 'error' },
    ]);
    expect(checkEditionSet(editions, { allowOverlap: true })).toEqual([]);
  });

  it('allows a draft overlapping, and a month inside a quarter', async () => {
    const quarter = await edition('2026-T3', '2026-07-01', '2026-09-30', 'published');
    const draft = await edition('2026-T3-v2', '2026-07-01', '2026-09-30', 'draft');
    const month = await edition('2026-08', '2026-08-01', '2026-08-31', 'published');
    expect(checkEditionSet([quarter, draft, month], { allowOverlap: false })).toEqual([]);
  });
});
