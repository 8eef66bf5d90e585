import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentKindOf } from '../../src/editor/document-kind.ts';
import { editionTemplate, previousPeriodKey } from '../../src/editor/edition-template.ts';
import { buildPreviewModel } from '../../src/editor/preview-model.ts';
import { trendSvg } from '../../src/editor/trend-svg.ts';
import { validateDocument } from '../../src/editor/validate-document.ts';
import { ingest } from '../../src/ingest.ts';
import type { Issue } from '../../src/issues.ts';
import { createMemoryDataFiles } from '../../src/memory-files.ts';
import { parseConfig } from '../../src/parse/config.ts';
import { parseFrontMatter } from '../../src/parse/front-matter.ts';
import type { NpsConfig } from '../../src/schema/config.ts';
import { editionFrontMatterSchema } from '../../src/schema/edition.ts';

const DATA = join(import.meta.dirname, '../../../data');
const CONFIG = parseConfig('data/nps.config.yaml', readFileSync(join(DATA, 'nps.config.yaml'), 'utf8')).config as NpsConfig;

describe('an open response file', () => {
  it('gets exactly the issues the CLI pipeline (ingest of that file) reports', async () => {
    const broken = readFileSync(join(DATA, 'telephone/enquete-telephonique-2026.csv'), 'utf8')
      .replace(/;10;/, ';11;')
      .replace(/02\/01\/2026/, '31/02/2026');
    const path = 'telephone/enquete-telephonique-2026.csv';
    const kind = documentKindOf(path, CONFIG);
    expect(kind?.kind).toBe('responses');
    const editor = validateDocument({
      kind: kind as NonNullable<typeof kind>,
      file: `data/${path}`,
      path,
      text: broken,
      config: CONFIG,
    });
    const cli: Issue[] = [];
    await ingest({
      config: CONFIG,
      configFile: 'data/nps.config.yaml',
      configSpanOf: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }),
      files: createMemoryDataFiles({ [path]: broken }, { display: (p) => `data/${p}` }),
      only: [path],
      onResponse: () => undefined,
      onIssue: (issue) => void cli.push(issue),
    });
    expect(editor.issues.map((issue) => issue.code).sort()).toEqual(['NPS204', 'NPS212']);
    expect(editor.issues).toEqual(cli.sort((a, b) => a.line - b.line || a.column - b.column));
  });
});

describe('the preview model', () => {
  it('redacts verbatims and escapes every text of the trend chart', () => {
    const model = buildPreviewModel({
      responses: [
        { day: '2026-01-10', score: 9, segments: {}, comment: 'Appelez-moi au 06 12 34 56 78 <b>merci</b>' },
        { day: '2026-03-02', score: 3, segments: {} },
      ],
      config: CONFIG,
      locale: 'fr',
      scope: 'data/a.csv',
      problems: { errors: 0, warnings: 0 },
    });
    expect(model.trend.map((point) => [point.key, point.n])).toEqual([
      ['2026-01', 1],
      ['2026-02', 0],
      ['2026-03', 1],
    ]);
    expect(model.verbatims[0]?.text).toBe('Appelez-moi au [téléphone masqué] <b>merci</b>');
    const svg = trendSvg(model.trend, { title: 'NPS <script>' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('NPS &#60;script&#62;');
    // February has no response: the line breaks instead of joining January to March.
    expect(svg.match(/<polyline/g)).toHaveLength(2);
  });
});

describe('edition narratives', () => {
  it('starts from a template that the edition schema accepts', () => {
    const template = editionTemplate({ today: '2026-04-03', period: 'month', locale: 'fr', author: 'Équipe CX' });
    expect(template.fileName).toBe('2026-03.md');
    const reading = parseFrontMatter('data/editions/2026-03.md', template.text, editionFrontMatterSchema);
    expect(reading.issues).toEqual([]);
    expect(reading.data?.period).toBe('2026-03');
    expect(previousPeriodKey('2026-01-05', 'quarter')).toBe('2025-Q4');
  });

  it('reports a bad period and status where they are written', () => {
    const text = '---\ntitle: Mars\nperiod: mars 2026\nstatus: publié\nsummary: Bien.\nauthors: [Camille]\n---\n';
    const issues = parseFrontMatter('data/editions/x.md', text, editionFrontMatterSchema).issues;
    expect(issues.map((issue) => [issue.code, issue.line])).toEqual([
      ['NPS302', 3],
      ['NPS302', 4],
    ]);
  });

  it('sees the sample data folder as the CLI does', () => {
    expect(documentKindOf('nps.config.yaml', CONFIG)?.kind).toBe('config');
    expect(documentKindOf('actions/rappel-sav-48h.md', CONFIG)?.kind).toBe('action');
    expect(documentKindOf('editions/2026-03.md', CONFIG)?.kind).toBe('edition');
    expect(documentKindOf('notes/readme.csv', CONFIG)).toBeUndefined();
    for (const name of readdirSync(join(DATA, 'digital')))
      expect(documentKindOf(`digital/${name}`, CONFIG)?.kind).toBe('responses');
  });
});
