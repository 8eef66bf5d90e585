import { readXml } from './xlsx-xml.ts';

/**
 * The shared string table: cells of type "s" hold an index into it. An item is plain text (`<t>`)
 * or rich text runs (`<r><t>`), whose texts are joined; phonetic runs (`<rPh>`, Japanese furigana)
 * are a reading aid, not part of the text.
 */
export function readSharedStrings(bytes: Uint8Array | undefined): string[] {
  if (bytes === undefined) return [];
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phoneticDepth = 0;
  readXml(bytes, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phoneticDepth++;
      else if (name === 't' && phoneticDepth === 0) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phoneticDepth--;
      else if (name === 'si') strings.push(current);
    },
  });
  return strings;
}
