import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plural, pluralEn } from '../../src/text/plural.ts';

const RESPONSES = { fr: { one: '{n} réponse', other: '{n} réponses' }, en: { one: '{n} response', other: '{n} responses' } };

describe('plural', () => {
  it('follows each language: French 0 and 1 are singular, English only 1', () => {
    expect([0, 1, 2, 1204].map((n) => plural(n, RESPONSES.fr, 'fr'))).toEqual([
      '0 réponse',
      '1 réponse',
      '2 réponses',
      '1\u202f204 réponses',
    ]);
    expect([0, 1, 2, 1204].map((n) => plural(n, RESPONSES.en, 'en'))).toEqual([
      '0 responses',
      '1 response',
      '2 responses',
      '1,204 responses',
    ]);
    expect(pluralEn(1, 'file', 'files')).toBe('1 file');
    expect(plural(3, RESPONSES.fr, 'fr', 'trois')).toBe('trois réponses');
  });

  it('is the only way counts are worded: no "(s)" left in user-facing sources', () => {
    const root = join(import.meta.dirname, '../../..');
    const folders = ['core/src', 'scripts/src', 'extension/src', 'site/components', 'site/pages', 'site/i18n', 'site/lib'];
    const offenders: string[] = [];
    for (const folder of folders) {
      for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(ts|astro)$/.test(entry.name)) continue;
        const path = join(entry.parentPath, entry.name);
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((line, index) => {
            // A word followed by "(s)" inside a string or markup, not in a comment.
            if (/\p{L}\(s\)/u.test(line) && !/^\s*(\/\/|\*)/.test(line)) offenders.push(`${path}:${index + 1}`);
          });
      }
    }
    expect(offenders).toEqual([]);
  });
});
