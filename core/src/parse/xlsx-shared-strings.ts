import { unescapeText } from './xlsx-cells.ts';
import { createXmlReader, type XmlReader } from './xlsx-xml.ts';

/**
 * The shared string table: cells of type "s" hold an index into it. An item is plain text (`<t>`)
 * or rich text runs (`<r><t>`), whose texts are joined; phonetic runs (`<rPh>`, Japanese furigana)
 * are a reading aid, not part of the text. Streamed like the sheet: with one comment per response,
 * the table is as large as the sheet.
 */
export function createSharedStringsReader(strings: string[]): XmlReader {
  let current = '';
  let inText = false;
  let phoneticDepth = 0;
  return createXmlReader({
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
      else if (name === 'si') strings.push(unescapeText(current));
    },
  });
}
