import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseAction } from '../../src/actions.ts';
import type { Issue } from '../../src/issues.ts';
import { parseConfig } from '../../src/parse/config.ts';
import { parseFrontMatter } from '../../src/parse/front-matter.ts';
import { actionFrontMatterSchema } from '../../src/schema/action.ts';
import { configSchema } from '../../src/schema/config.ts';
import { editionFrontMatterSchema } from '../../src/schema/edition.ts';
import { configJsonSchema } from '../../src/schema/json-schema.ts';

/**
 * No mistake, whatever the key, reaches a user in zod's words ("Invalid input", "Invalid option",
 * "Too small: expected number to be >=1"). A valid file that sets every key of its schema is broken
 * one node at a time with every kind of wrong value, and every message of every reading is checked.
 */
const ZOD_WORDS = /Invalid (input|option|key|element|URL|string)|Too (small|big)|expected|received|Unrecognized/;

/** Wrong values of every kind: missing, empty, wrong type, out of range, unknown key, not a choice. */
const WRONG_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'not-a-choice',
  0,
  2.5,
  1_000_000,
  true,
  [],
  [3],
  {},
  // A key that is neither known nor a field name: unknown in a mapping, invalid in columns.
  { 'unknown key': 1 },
  { fr: '' },
];
/** Sets every key of the config, both shapes of a text (one string, { fr, en }) and a list of headers. */
const FULL_CONFIG = {
  site: { title: { fr: 'Baromètre', en: 'Barometer' }, locale: 'fr', timeZone: 'Europe/Paris', period: 'month' },
  statistics: { confidence: 0.95, interval: 'score', significance: 0.05, smallSample: 30, rollingDays: 90, weighted: true },
  sources: [
    {
      name: 'Magasins',
      path: 'magasins/*.xlsx',
      format: 'xlsx',
      encoding: 'utf-8',
      sheet: 'Réponses',
      missingScore: 'error',
      delimiter: ';',
      headerRows: 2,
      headerRow: 1,
      dateFormat: 'DD/MM/YYYY',
      timeZone: 'Europe/Paris',
      arrayPath: 'responses',
      columns: { score: ['Note', 'Score'], store: 'Magasin' },
      constants: { channel: 'magasin' },
    },
  ],
  ignore: ['notes/*.csv'],
  segments: [
    { field: 'store', label: { fr: 'Magasin', en: 'Store' } },
    { field: 'channel', label: 'Canal' },
  ],
  themes: [{ id: 'attente', label: 'Attente', kind: 'irritant', keywords: ['attente'], patterns: ['queue'], effort: 'low' }],
  benchmarks: [{ label: 'Retail', nps: 40, source: 'Bain', date: '2025-06', url: 'https://example.org/study' }],
  privacy: { redactEmails: true, redactPhones: false },
  editions: { allowOverlap: false },
};

const FULL_ACTION = {
  title: 'Rappeler les détracteurs',
  owner: 'Camille Martin',
  status: 'done',
  theme: 'attente',
  segment: { store: 'Lyon' },
  opened: '2026-03-01',
  closed: '2026-04-15',
  effort: 'medium',
  summary: 'Un appel par détracteur.',
};

const FULL_EDITION = {
  title: 'Baromètre — mars 2026',
  period: '2026-03',
  status: 'published',
  published: '2026-04-05',
  summary: 'Le NPS remonte.',
  highlights: ['Attente en baisse.'],
  authors: ['Camille Martin'],
};

describe('no message in zod words', () => {
  it('sets every key of the JSON Schema in the valid config it breaks', () => {
    expect(missingKeys(configJsonSchema(), FULL_CONFIG)).toEqual([]);
    expect(parseConfig('c.yaml', stringify(FULL_CONFIG)).issues).toEqual([]);
  });

  it('words every mistake of the config in plain words, at every node, and reaches every kind of zod issue', () => {
    const kinds = new Set<string>();
    for (const broken of everyMistake(FULL_CONFIG)) {
      const reading = parseConfig('c.yaml', stringify(broken) ?? '');
      expectPlain(reading.issues, broken);
      for (const issue of configSchema.safeParse(broken).error?.issues ?? []) kinds.add(issue.code);
    }
    const everyKind = ['custom', 'invalid_format', 'invalid_key', 'invalid_type', 'invalid_union', 'invalid_value'];
    expect([...kinds].sort()).toEqual([...everyKind, 'too_big', 'too_small', 'unrecognized_keys']);
  });

  it('words every mistake of an action and of an edition narrative in plain words', () => {
    for (const broken of everyMistake(FULL_ACTION)) {
      const text = `---\n${stringify(broken)}---\n`;
      expectPlain(parseAction({ file: 'a.md', text }, { themeIds: ['attente'], segmentFields: ['store'] }).issues, broken);
    }
    for (const broken of everyMistake(FULL_EDITION)) {
      expectPlain(parseFrontMatter('e.md', `---\n${stringify(broken)}---\n`, editionFrontMatterSchema).issues, broken);
    }
    expect(
      actionFrontMatterSchema.safeParse(FULL_ACTION).success && editionFrontMatterSchema.safeParse(FULL_EDITION).success,
    ).toBe(true);
  });
});

describe('any value at any key of the config', () => {
  it('never throws, words every issue in plain words and places it inside the text', () => {
    const paths = nodePaths(FULL_CONFIG);
    const anyValue = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(fc.constantFrom(...paths), anyValue, fc.boolean(), (path, value, twice) => {
        let broken = withValueAt(FULL_CONFIG, path, value);
        if (twice) broken = withValueAt(broken, paths[(path.length * 7) % paths.length] ?? path, value);
        const text = stringify(broken) ?? '';
        const lines = text.split('\n');
        const reading = parseConfig('c.yaml', text);
        expectPlain(reading.issues, broken);
        for (const issue of reading.issues) {
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.endLine).toBeLessThanOrEqual(lines.length);
          expect(issue.column).toBeLessThanOrEqual((lines[issue.line - 1] ?? '').length + 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

function expectPlain(issues: readonly Issue[], input: unknown): void {
  for (const issue of issues) {
    expect(issue.message, JSON.stringify(input)).not.toMatch(ZOD_WORDS);
    // The marker that stands for zod's own words while the builder rewords them never leaks.
    expect(issue.message.includes('\u0000'), issue.message).toBe(false);
  }
}

/** The value with one node replaced by each wrong value, or removed, for every node of the tree. */
function* everyMistake(valid: unknown): Generator<unknown> {
  for (const path of nodePaths(valid)) {
    for (const wrong of WRONG_VALUES) yield withValueAt(valid, path, wrong);
  }
}

function nodePaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) paths.push(...nodePaths(item, [...prefix, index]));
  } else if (isMapping(value)) for (const [key, item] of Object.entries(value)) paths.push(...nodePaths(item, [...prefix, key]));
  return paths;
}

function withValueAt(root: unknown, path: readonly (string | number)[], wrong: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (wrong === undefined) delete node[last];
  else node[last] = structuredClone(wrong);
  return copy;
}

/** The properties of a JSON Schema that the value never sets (through lists, records and unions). */
function missingKeys(schema: unknown, value: unknown, at = ''): string[] {
  if (!isMapping(schema)) return [];
  const options = [schema, ...((schema.anyOf as unknown[] | undefined) ?? [])].filter(isMapping);
  const missing: string[] = [];
  for (const option of options) {
    if (isMapping(option.properties) && isMapping(value)) {
      for (const [key, property] of Object.entries(option.properties)) {
        if (!(key in value)) missing.push(`${at}.${key}`);
        else missing.push(...missingKeys(property, value[key], `${at}.${key}`));
      }
    }
    if (isMapping(option.items) && Array.isArray(value)) {
      for (const item of value) missing.push(...missingKeys(option.items, item, `${at}[]`));
    }
  }
  return [...new Set(missing)];
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
