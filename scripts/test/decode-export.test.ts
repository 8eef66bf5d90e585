import { describe, expect, it } from 'vitest';
import { decodeExport } from '../src/init/decode-export.ts';

describe('decodeExport', async () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);

  it('honours a BOM: UTF-8, UTF-16 LE and BE, without keeping it in the text', async () => {
    expect(await decodeExport(bytes(0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9))).toEqual({ text: 'aé', encoding: 'utf-8' });
    expect(await decodeExport(bytes(0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00))).toEqual({ text: 'aé', encoding: 'utf-16le' });
    expect(await decodeExport(bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9))).toEqual({ text: 'aé', encoding: 'utf-16be' });
  });

  it('reads valid UTF-8 as UTF-8, anything else as Windows-1252 (é, the euro sign, the curly apostrophe)', async () => {
    expect(await decodeExport(bytes(0x4e, 0x6f, 0x74, 0x65, 0x20, 0xc3, 0xa0))).toEqual({ text: 'Note à', encoding: 'utf-8' });
    expect(await decodeExport(bytes(0x52, 0xe9, 0x66, 0x2e, 0x3b, 0x80, 0x3b, 0x92))).toEqual({
      text: 'Réf.;€;’',
      encoding: 'windows-1252',
    });
  });
});
