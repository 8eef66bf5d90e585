import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/issues.ts';
import { decodeChunks } from '../../src/parse/decode.ts';
import { firstInvalidUtf8 } from '../../src/parse/utf8.ts';
import type { Encoding } from '../../src/schema/config.ts';

/** Decodes bytes delivered in chunks of the given sizes (cycled), as a file read from disk would be. */
async function decode(bytes: Uint8Array, options: { encoding?: Encoding; sizes?: number[] } = {}) {
  const sizes = options.sizes ?? [bytes.length || 1];
  const read = async function* () {
    let turn = 0;
    for (let at = 0; at < bytes.length; ) {
      const size = Math.max(1, sizes[turn++ % sizes.length] as number);
      yield bytes.slice(at, at + size);
      at += size;
    }
  };
  const issues: Issue[] = [];
  let text = '';
  for await (const chunk of decodeChunks(read, { file: 'f.csv', encoding: options.encoding, onIssue: (i) => issues.push(i) })) {
    text += chunk;
  }
  return { text, issues: issues.map((i) => `${i.line}:${i.column} ${i.severity} ${i.code} ${i.message}`) };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes of Latin-1 text plus the few letters 1252 adds (œ, €, ’). */
function cp1252(text: string): Uint8Array {
  const extra: Record<string, number> = { '€': 0x80, '’': 0x92, œ: 0x9c, Œ: 0x8c, '…': 0x85 };
  return Uint8Array.from([...text].map((c) => extra[c] ?? (c.codePointAt(0) as number)));
}
function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (endian === 'le') out.push(unit & 0xff, unit >> 8);
    else out.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(out);
}

const FRENCH =
  'Date;Note;Commentaire\r\n02/03/2026;9;Très bon accueil, cœur à l’ouvrage\r\n03/03/2026;4;Caisse fermée… 5 € de plus\r\n';

describe('decodeChunks', () => {
  it('reads UTF-8 as is, keeping a BOM for the parsers to skip', async () => {
    expect(await decode(utf8(FRENCH))).toEqual({ text: FRENCH, issues: [] });
    const bom = await decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(FRENCH)]));
    expect(bom).toEqual({ text: `\uFEFF${FRENCH}`, issues: [] });
  });

  it('reads a French Excel CSV (Windows-1252) with every accent intact, and says so', async () => {
    const { text, issues } = await decode(cp1252(FRENCH), { sizes: [7, 3, 64] });
    expect(text).toBe(FRENCH);
    expect(text).not.toContain('\uFFFD');
    expect(issues).toEqual(['1:1 warning NPS011 not UTF-8 (byte 0xE8 at line 2, column 16): read as Windows-1252']);
  });

  it("reads Excel's Unicode text (UTF-16 LE with BOM) and UTF-16 BE, and UTF-16 without a BOM with a warning", async () => {
    const tsv = 'Date\tNote\tCommentaire\r\n2026-03-02\t9\tTrès bien\r\n';
    expect(await decode(utf16(tsv, 'le'), { sizes: [3, 5] })).toEqual({ text: `\uFEFF${tsv}`, issues: [] });
    expect(await decode(utf16(tsv, 'be'))).toEqual({ text: `\uFEFF${tsv}`, issues: [] });
    const noBom = await decode(utf16(tsv, 'le', false));
    expect(noBom.text).toBe(tsv);
    expect(noBom.issues).toEqual(['1:1 warning NPS011 no BOM, but the bytes are UTF-16 LE: read as UTF-16 LE']);
  });

  it('looks past a plain-ASCII first 64 KiB before choosing UTF-8', async () => {
    const ascii = `${'2026-03-02,9,ok\n'.repeat(5000)}`;
    const bytes = Uint8Array.from([...utf8(ascii), ...cp1252('2026-03-03,3,fermé\n')]);
    const { text, issues } = await decode(bytes, { sizes: [65536] });
    expect(text.endsWith('2026-03-03,3,fermé\n')).toBe(true);
    expect(issues).toEqual(['1:1 warning NPS011 not UTF-8 (byte 0xE9 at line 5001, column 18): read as Windows-1252']);
  });

  it('reports bytes invalid in a forced encoding at their line and column, and gives no text after them', async () => {
    const bytes = Uint8Array.from([...utf8('Date,Note\n2026-03-02,9,Très\n'), ...cp1252('2026-03-03,3,fermé\n')]);
    const { issues } = await decode(bytes, { encoding: 'utf-8', sizes: [5] });
    expect(issues).toEqual(['3:18 error NPS012 invalid UTF-8 (byte 0xE9): the file is not entirely UTF-8']);
  });

  it('a UTF-8 file with accents early and a stray byte later is an error, not a silent re-decoding', async () => {
    const bytes = Uint8Array.from([...utf8('a,b\né,1\nà,2\n'), 0xff, ...utf8(',3\n')]);
    const { issues } = await decode(bytes);
    expect(issues).toEqual(['4:1 error NPS012 invalid UTF-8 (byte 0xFF): the file is not entirely UTF-8']);
  });

  it('decodes forced Windows-1252 and ISO-8859-15 without detection', async () => {
    expect((await decode(cp1252('é€'), { encoding: 'windows-1252' })).text).toBe('é€');
    expect((await decode(Uint8Array.from([0xe9, 0xa4]), { encoding: 'iso-8859-15' })).text).toBe('é€');
  });

  it('passes text that an editor already decoded through untouched', async () => {
    const read = async function* () {
      yield 'déjà décodé';
    };
    let text = '';
    for await (const chunk of decodeChunks(read, { file: 'f', onIssue: () => undefined })) text += chunk;
    expect(text).toBe('déjà décodé');
  });

  it('gives the same text whatever the chunk sizes, for any French text in UTF-8 or Windows-1252', async () => {
    const word = fc.constantFrom(
      'été',
      'où',
      'ça',
      'cœur',
      '5 €',
      'l’accueil',
      'Très',
      'bien',
      'caisse',
      'à',
      'Noël',
      '"ok"',
      '9',
    );
    const separator = fc.constantFrom(' ', ';', ',', '\r\n', '\n', '… ');
    const text = fc.array(fc.tuple(word, separator), { maxLength: 30 }).map((parts) => parts.flat().join(''));
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1 }),
        async (text, legacy, sizes) => {
          const bytes = legacy ? cp1252(text) : utf8(text);
          const result = await decode(bytes, { sizes });
          expect(result.text).toBe(text);
          const nonAscii = [...text].some((c) => (c.codePointAt(0) as number) > 0x7f);
          expect(result.issues.length).toBe(legacy && nonAscii ? 1 : 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('firstInvalidUtf8', () => {
  it('agrees with TextDecoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes, { final: true }) < 0).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });
});
