import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ActionContext, actionContextOf, isActionPath, parseAction, parseActions, readActions } from '../src/actions.ts';
import type { DataFiles } from '../src/ingest.ts';
import type { Issue } from '../src/issues.ts';
import { createMemoryDataFiles } from '../src/memory-files.ts';
import { actionFrontMatterSchema } from '../src/schema/action.ts';

const CONTEXT: ActionContext = { themeIds: ['delivery', 'customer-service', 'pricing'], segmentFields: ['store', 'channel'] };

const head = (lines: string[]) => `---\n${lines.join('\n')}\n---\nCorps.\n`;
const VALID = ['title: Rappeler les détracteurs', 'owner: Camille', 'status: in-progress', 'opened: 2026-03-01'];
const issuesOf = (text: string, context: ActionContext = CONTEXT) =>
  parseAction({ file: 'data/actions/a.md', text }, context).issues;
const at = (issue: Issue) => ({
  code: issue.code,
  from: [issue.line, issue.column],
  to: [issue.endLine, issue.endColumn],
  message: issue.message,
});

describe('parseAction', () => {
  it('reads a valid action with its id, body and body line', () => {
    const text = head([...VALID, 'theme: delivery', 'segment:', '  store: Lyon Part-Dieu', 'effort: low']);
    const { action, issues } = parseAction({ file: 'data/actions/rappel.md', text }, CONTEXT);
    expect(issues).toEqual([]);
    expect(action).toEqual({
      id: 'rappel',
      file: 'data/actions/rappel.md',
      title: 'Rappeler les détracteurs',
      owner: 'Camille',
      status: 'in-progress',
      theme: 'delivery',
      segment: { store: 'Lyon Part-Dieu' },
      opened: '2026-03-01',
      effort: 'low',
      body: 'Corps.\n',
      bodyLine: 11,
    });
  });

  it('reads quoted and unquoted dates alike, and a Date from a YAML 1.1 reader as its day', () => {
    const quoted = parseAction({ file: 'a.md', text: head([...VALID.slice(0, 3), 'opened: "2026-03-01"']) }, CONTEXT).action;
    const unquoted = parseAction({ file: 'a.md', text: head(VALID) }, CONTEXT).action;
    expect(quoted?.opened).toBe('2026-03-01');
    expect(unquoted?.opened).toBe('2026-03-01');
    const fromJsYaml = actionFrontMatterSchema.parse({
      title: 't',
      owner: 'o',
      status: 'planned',
      opened: new Date('2026-03-01'),
    });
    expect(fromJsYaml.opened).toBe('2026-03-01');
  });

  it('points at a wrong status and names the allowed values, or the canonical word for a French one', () => {
    expect(issuesOf(head([...VALID.slice(0, 2), 'status: finie', VALID[3] as string])).map(at)).toEqual([
      { code: 'NPS302', from: [4, 9], to: [4, 14], message: 'status must be one of planned, in-progress, done; got "finie"' },
    ]);
    expect(issuesOf(head([...VALID.slice(0, 2), 'status: En cours', VALID[3] as string])).map(at)).toEqual([
      {
        code: 'NPS302',
        from: [4, 9],
        to: [4, 17],
        message: 'status: "En cours" is not allowed: write in-progress (planned, in-progress or done)',
      },
    ]);
  });

  it('reports a missing title at the opening line', () => {
    expect(issuesOf(head(VALID.slice(1))).map(at)).toEqual([
      {
        code: 'NPS302',
        from: [1, 1],
        to: [1, 4],
        message: 'title is required: a text such as Rappeler les détracteurs sous 48 h',
      },
    ]);
  });

  it('reports a closed day before the opened day at the closed value', () => {
    const text = head([...VALID.slice(0, 2), 'status: done', 'opened: 2026-03-01', 'closed: 2026-02-28']);
    expect(issuesOf(text).map(at)).toEqual([
      { code: 'NPS302', from: [6, 9], to: [6, 19], message: 'closed: 2026-02-28 is before opened (2026-03-01)' },
    ]);
  });

  it('asks for a closed day when done, and refuses one before', () => {
    expect(issuesOf(head([...VALID.slice(0, 2), 'status: done', 'opened: 2026-03-01'])).map(at)).toEqual([
      { code: 'NPS302', from: [4, 9], to: [4, 13], message: 'status: done needs the day it was closed: add closed: YYYY-MM-DD' },
    ]);
    expect(issuesOf(head([...VALID, 'closed: 2026-04-01'])).map(at)).toEqual([
      {
        code: 'NPS302',
        from: [6, 9],
        to: [6, 19],
        message: 'closed: set while status is in-progress: write status: done, or remove closed',
      },
    ]);
  });

  it('refuses a day that does not exist', () => {
    expect(issuesOf(head([...VALID.slice(0, 3), 'opened: 2026-02-29'])).map(at)).toEqual([
      {
        code: 'NPS302',
        from: [5, 9],
        to: [5, 19],
        message: 'opened: "2026-02-29" is not a date written YYYY-MM-DD that exists in the calendar (e.g. 2026-03-01)',
      },
    ]);
  });

  it('checks the theme and the segment fields against the config, together with the schema', () => {
    const text = head([
      'title: x',
      'owner: y',
      'status: started',
      'opened: 2026-03-01',
      'theme: prices',
      'segment: { region: Nord }',
    ]);
    expect(issuesOf(text).map(at)).toEqual([
      {
        code: 'NPS302',
        from: [4, 9],
        to: [4, 16],
        message: 'status: "started" is not allowed: write in-progress (planned, in-progress or done)',
      },
      {
        code: 'NPS302',
        from: [6, 8],
        to: [6, 14],
        message: 'theme: unknown theme "prices" (themes: delivery, customer-service, pricing)',
      },
      {
        code: 'NPS302',
        from: [7, 12],
        to: [7, 18],
        message: 'segment: "region" is not a declared segment field (segments: store, channel)',
      },
    ]);
  });

  it('says when the config declares no theme, and skips the checks when the config is unknown', () => {
    const text = head([...VALID, 'theme: delivery']);
    expect(issuesOf(text, actionContextOf(undefined))).toEqual([]);
    expect(issuesOf(text, { themeIds: [] }).map((issue) => issue.message)).toEqual([
      'theme: unknown theme "delivery" (no theme is declared in nps.config.yaml)',
    ]);
  });

  it('never throws and places every issue inside the text of any action-like file', () => {
    const line = fc.constantFrom(
      ...VALID,
      'status: done',
      'closed: 2026-01-01',
      'theme: nope',
      'segment:',
      '  region: x',
      'owner:',
      'x: [',
    );
    const text = fc
      .tuple(fc.array(line, { maxLength: 8 }), fc.boolean())
      .map(([lines, closed]) => `---\n${lines.join('\n')}${closed ? '\n---\n' : ''}`);
    fc.assert(
      fc.property(text, (source) => {
        const lines = source.split('\n');
        for (const issue of issuesOf(source)) {
          expect(issue.endColumn).toBeLessThanOrEqual((lines[issue.endLine - 1] as string).length + 1);
          expect(issue.column).toBeLessThanOrEqual((lines[issue.line - 1] as string).length + 1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseActions and readActions', () => {
  it('sorts by opened day, then id, and keeps only valid actions', () => {
    const sources = [
      { file: 'actions/b.md', text: head(VALID) },
      { file: 'actions/c.md', text: head([...VALID.slice(0, 3), 'opened: 2026-01-15']) },
      { file: 'actions/a.md', text: head(VALID) },
      { file: 'actions/bad.md', text: 'no front matter' },
    ];
    const reading = parseActions(sources, CONTEXT);
    expect(reading.actions.map((action) => action.id)).toEqual(['c', 'a', 'b']);
    expect(reading.issues.map((issue) => `${issue.file} ${issue.code}`)).toEqual(['actions/bad.md NPS304']);
  });

  it('reads actions/*.md of a data folder only, shown as the adapter displays them', async () => {
    const files = createMemoryDataFiles(
      { 'actions/rappel.md': head(VALID), 'actions/notes.txt': 'x', 'actions/old/rappel.md': 'x', 'responses.csv': 'date,score' },
      { display: (path) => `data/${path}`, nextChunkSize: () => 7 },
    );
    const reading = await readActions({ files, context: CONTEXT });
    expect(reading.issues).toEqual([]);
    expect(reading.actions.map((action) => [action.id, action.file, action.body])).toEqual([
      ['rappel', 'data/actions/rappel.md', 'Corps.\n'],
    ]);
    expect(['actions/a.MD', 'actions/a.md'].every(isActionPath)).toBe(true);
    const none = await readActions({ files, context: CONTEXT, only: ['responses.csv'] });
    expect(none.actions).toEqual([]);
  });

  it('turns a file it cannot read into NPS007 and still reads the others', async () => {
    const memory = createMemoryDataFiles({ 'actions/a.md': head(VALID) });
    const files: DataFiles = { ...memory, list: async () => ['actions/a.md', 'actions/gone.md'] };
    const reading = await readActions({ files, context: CONTEXT });
    expect(reading.actions.map((action) => action.id)).toEqual(['a']);
    expect(reading.issues.map((issue) => [issue.file, issue.code])).toEqual([['actions/gone.md', 'NPS007']]);
  });
});

/** Golden files: input.md beside expected.json; a mismatch writes expected-changed.json to review. */
describe('action fixtures', () => {
  const root = join(import.meta.dirname, 'fixtures', 'actions');
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const text = readFileSync(join(root, name, 'input.md'), 'utf8');
      const actual = `${JSON.stringify(parseActions([{ file: `data/actions/${name}.md`, text, id: name }], CONTEXT), null, 2)}\n`;
      const expectedFile = join(root, name, 'expected.json');
      const changedFile = join(root, name, 'expected-changed.json');
      if (!existsSync(expectedFile)) {
        if (process.env.CI === 'true') throw new Error(`missing ${expectedFile}`);
        writeFileSync(expectedFile, actual);
        console.warn(`! wrote ${expectedFile}: review it`);
        return;
      }
      const expected = readFileSync(expectedFile, 'utf8');
      if (actual === expected) {
        rmSync(changedFile, { force: true });
      } else if (process.env.CI !== 'true') {
        writeFileSync(changedFile, actual);
      }
      expect(actual, `${name}: compare with expected-changed.json`).toBe(expected);
    });
  }
});
