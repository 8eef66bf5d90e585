import { type Encoding, readText } from '@nps-pages/core/pipeline';

/**
 * An export's bytes as text, and the encoding they were in, decoded by core exactly as the data set
 * will be read (parse/decode.ts: a BOM, UTF-16 without one, UTF-8, else Windows-1252). The BOM is
 * dropped: header cues are matched on the text.
 */
export async function decodeExport(bytes: Uint8Array): Promise<{ text: string; encoding: Encoding }> {
  let encoding: Encoding = 'utf-8';
  const text = await readText(
    async function* () {
      yield bytes;
    },
    {
      file: 'export',
      onIssue: () => undefined,
      onEncoding: (chosen) => {
        encoding = chosen;
      },
    },
  );
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}
