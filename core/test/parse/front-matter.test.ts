import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Issue } from '../../src/issues.ts';
import { parseFrontMatter } from '../../src/parse/front-matter.ts';

const noteSchema = z.strictObject({
  title: z.string().min(1),
  count: z.number().optional(),
  tags: z.array(z.string()).optional(),
  author: z.strictObject({ name: z.string() }).optional(),
});

const read = (text: string) => parseFrontMatter('notes/a.md', text, noteSchema);
const at = (issue: Issue | undefined) =>
  issue && { code: issue.code, from: [issue.line, issue.column], to: [issue.endLine, issue.endColumn], message: issue.message };

describe('parseFrontMatter', () => {
  it('validates the block and returns the Markdown after it with the line it starts on', () => {
    const reading = read('---\ntitle: Rappel\ncount: 3\n---\n# Titre\n\nTexte.\n');
    expect(reading.issues).toEqual([]);
    expect(reading.data).toEqual({ title: 'Rappel', count: 3 });
    expect(reading.body).toBe('# Titre\n\nTexte.\n');
    expect(reading.bodyLine).toBe(5);
  });

  it('accepts a closing --- on the last line without a line break, and spaces after the delimiters', () => {
    const reading = read('--- \ntitle: x\n---\t');
    expect(reading.data).toEqual({ title: 'x' });
    expect(reading.body).toBe('');
    expect(reading.bodyLine).toBe(4);
  });

  it('reads a BOM and CRLF file with the same positions as its LF twin, and keeps the body as written', () => {
    const lf = '---\ntitle: x\nstatus: done\n---\nBody\nline 2\n';
    const crlf = `\uFEFF${lf.replaceAll('\n', '\r\n')}`;
    const [a, b] = [read(lf), read(crlf)];
    expect(b.issues.map(at)).toEqual(a.issues.map(at));
    expect(at(b.issues[0])).toEqual({
      code: 'NPS303',
      from: [3, 1],
      to: [3, 7],
      message: 'unknown key "status"' + ' (keys: title, count, tags, author)',
    });
    expect(b.body).toBe('Body\r\nline 2\r\n');
    expect(b.bodyLine).toBe(5);
  });

  it('treats a lone \\r as a line break, as editors do', () => {
    const reading = read('---\rtitle: x\rcount: many\r---\rBody');
    expect(at(reading.issues[0])).toEqual({
      code: 'NPS302',
      from: [3, 8],
      to: [3, 12],
      message: 'count must be a number, not the text "many"',
    });
    expect(reading.body).toBe('Body');
  });

  it('places a YAML syntax error in the Markdown file (NPS301) and returns no data', () => {
    const reading = read('---\ntitle: x\ncount: 1\ntitle: y\n---\nBody\n');
    expect(reading.data).toBeUndefined();
    expect(reading.issues.map(at)).toEqual([{ code: 'NPS301', from: [4, 1], to: [4, 2], message: 'Map keys must be unique' }]);
    expect(reading.body).toBe('Body\n');
  });

  it('names an unknown key at the key and suggests the close one (NPS303)', () => {
    const reading = read('---\ntitel: x\n---\n');
    expect(reading.issues.map(at)).toEqual([
      { code: 'NPS302', from: [1, 1], to: [1, 4], message: 'title is required: a text' },
      { code: 'NPS303', from: [2, 1], to: [2, 6], message: 'unknown key "titel": did you mean "title"?' },
    ]);
  });

  it('names unknown keys inside a nested mapping with their path', () => {
    const reading = read('---\ntitle: x\nauthor:\n  name: Camille\n  mail: c@example.com\n---\n');
    expect(reading.issues.map(at)).toEqual([
      { code: 'NPS303', from: [5, 3], to: [5, 7], message: 'unknown key "mail" in author (keys: name)' },
    ]);
  });

  it('underlines the key of an empty value, and the value of a wrong one (NPS302)', () => {
    const reading = read('---\ntitle:\ncount: "3"\ntags: [a, 2]\n---\n');
    expect(reading.issues.map(at)).toEqual([
      { code: 'NPS302', from: [2, 1], to: [2, 6], message: 'title is empty: write a text after the colon' },
      { code: 'NPS302', from: [3, 8], to: [3, 11], message: 'count must be a number, not the text "3": write it without quotes' },
      { code: 'NPS302', from: [4, 11], to: [4, 12], message: 'tags[1] must be a text, not the number 2: put it in quotes' },
    ]);
  });

  it('asks for a mapping when the front matter is a list', () => {
    const reading = read('---\n- a\n- b\n---\n');
    expect(reading.issues.map(at)).toEqual([
      { code: 'NPS302', from: [2, 1], to: [4, 1], message: 'the front matter must be key: value lines with title, not a list' },
    ]);
  });

  it('lets a schema word its own message over the front matter wording', () => {
    const schema = z.strictObject({ level: z.enum(['a', 'b'], { error: () => 'pick a or b' }) });
    const reading = parseFrontMatter('x.md', '---\nlevel: c\n---\n', schema);
    expect(reading.issues.map((issue) => issue.message)).toEqual(['level "c": pick a or b']);
  });

  it('reports a file without front matter at its first line (NPS304) and keeps it all as the body', () => {
    const reading = read('# Notes\n---\ntitle: x\n---\n');
    expect(reading.issues.map(at)).toEqual([
      {
        code: 'NPS304',
        from: [1, 1],
        to: [1, 8],
        message: 'the file must start with a front matter block (a line with ---), not "# Notes"',
      },
    ]);
    expect(reading.body).toBe('# Notes\n---\ntitle: x\n---\n');
    expect(reading.bodyLine).toBe(1);
  });

  it('reports an unclosed block and an empty file', () => {
    expect(read('---\ntitle: x\n').issues.map(at)).toEqual([
      {
        code: 'NPS304',
        from: [1, 1],
        to: [1, 4],
        message: 'the front matter opened on line 1 is never closed: add a line with --- after it',
      },
    ]);
    expect(read('\uFEFF').issues.map(at)).toEqual([
      {
        code: 'NPS304',
        from: [1, 1],
        to: [1, 1],
        message: 'the file is empty: it needs a front matter block between two --- lines',
      },
    ]);
  });

  it('reports an alias without its anchor at the alias instead of throwing', () => {
    const reading = read('---\ntitle: x\ncount: *total\n---\n');
    expect(reading.issues.map(at)).toEqual([
      { code: 'NPS301', from: [3, 8], to: [3, 14], message: 'Unresolved alias (the anchor must be set before the alias): total' },
    ]);
  });

  it('places an error after the line breaks of an unterminated quote on the right line', () => {
    // The quoted value runs over the next lines up to the closing ---, where YAML notices it.
    const reading = read('---\ntitle: "Rappel\n\ncount: ]\n---\n');
    expect(reading.issues.map(at)).toEqual([{ code: 'NPS301', from: [5, 1], to: [5, 2], message: 'Missing closing "quote' }]);
  });

  it('gives spans for checks made after validation', () => {
    const reading = read('---\ntitle: Rappel\nauthor: { name: Camille }\n---\n');
    expect(reading.spanOf(['title'])).toEqual({ line: 2, column: 8, endLine: 2, endColumn: 14 });
    expect(reading.keySpanOf(['author'], 'name')).toEqual({ line: 3, column: 11, endLine: 3, endColumn: 15 });
    expect(reading.spanOf(['count'])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 4 });
  });
});

/** Lines that make likely front matter, broken or not, so generated files reach the YAML and zod. */
const piece = fc.constantFrom(
  '---',
  '--- ',
  'title: x',
  'title:',
  'count: 3',
  'count: [',
  'tags: [a, "b]',
  'author:',
  '  name: x',
  '  - y',
  'title: "a',
  ': :',
  '\t- ',
  '# body',
  '  b"',
  'count: *x',
  'tags: &x [a]',
  '*',
  'author: |',
  '\uFEFF',
  'é',
  '😀',
);
const separator = fc.constantFrom('\n', '\r\n', '\r', '');
const lines = fc
  .array(fc.tuple(fc.oneof(piece, fc.string({ maxLength: 6 })), separator), { maxLength: 10 })
  .map((parts) => parts.map(([text, end]) => text + end).join(''));
/** Mostly an opening ---, some lines, maybe a closing --- and a body: the shapes users write. */
const frontMatterLike = fc
  .tuple(
    fc.constantFrom('---\n', '\uFEFF---\r\n', '--- \r', '---', ''),
    lines,
    fc.constantFrom('\n---\n', '\r\n---', '\n--- x\n', ''),
    lines,
  )
  .map((parts) => parts.join(''));

function linesOf(text: string): string[] {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);
}

describe('parseFrontMatter on any text', () => {
  it('never throws and places every issue inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(frontMatterLike, fc.string({ unit: 'grapheme' })), (text) => {
        const reading = read(text);
        const lines = linesOf(text);
        for (const issue of reading.issues) {
          const startLine = lines[issue.line - 1];
          const endLine = lines[issue.endLine - 1];
          expect(startLine, JSON.stringify(issue)).toBeDefined();
          expect(endLine, JSON.stringify(issue)).toBeDefined();
          expect(issue.column).toBeGreaterThanOrEqual(1);
          expect(issue.column).toBeLessThanOrEqual((startLine as string).length + 1);
          expect(issue.endColumn).toBeLessThanOrEqual((endLine as string).length + 1);
          expect(issue.endLine > issue.line || (issue.endLine === issue.line && issue.endColumn >= issue.column)).toBe(true);
        }
        expect(reading.data === undefined).toBe(reading.issues.length > 0);
        expect(reading.bodyLine).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });
});
