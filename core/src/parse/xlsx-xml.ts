import { SaxesParser } from 'saxes';

/**
 * A streaming reader of the XML parts of a workbook, over saxes (the tokenizer jsdom uses). Names
 * come without their namespace prefix: most writers use none (`<row>`), some write `<x:row>`, and
 * the meaning is the same. Bytes go in as they are inflated; text is decoded as UTF-8 (OOXML parts
 * are UTF-8 or UTF-16 by their declaration; every spreadsheet writer we know writes UTF-8).
 */

export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  /** Character data, entities decoded; called for every run of text, white space included. */
  text(text: string): void;
  close(name: string): void;
}

export interface XmlReader {
  write(chunk: Uint8Array, final: boolean): void;
}

/** Feeds bytes to saxes; a malformed part throws (saxes' default), which the caller reports as NPS160. */
export function createXmlReader(handlers: XmlHandlers): XmlReader {
  const parser = new SaxesParser({ position: false });
  const decoder = new TextDecoder('utf-8');
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  // saxes calls closetag right after opentag for a self-closing tag (<c r="A1"/>) too.
  parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
  parser.on('text', handlers.text);
  parser.on('cdata', handlers.text);
  return {
    write(chunk, final) {
      const text = decoder.decode(chunk, { stream: !final });
      if (text.length > 0) parser.write(text);
      if (final) parser.close();
    },
  };
}

/** Reads a whole part. */
export function readXml(bytes: Uint8Array, handlers: XmlHandlers): void {
  createXmlReader(handlers).write(bytes, true);
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name, whatever its prefix (`r:id` in one file, `ns1:id` in another). */
export function attributeOf(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  if (attributes[name] !== undefined) return attributes[name];
  for (const key of Object.keys(attributes)) if (localName(key) === name && key.includes(':')) return attributes[key];
  return undefined;
}
