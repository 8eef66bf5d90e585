import { builtInDateStyle, customDateStyle, type DateStyle } from './xlsx-dates.ts';
import { readXml } from './xlsx-xml.ts';

/**
 * The date style of each cell style (a cell's `s` attribute is an index into `cellXfs`): what its
 * number format shows of a serial, or undefined for a plain number. Only `cellXfs` counts:
 * `cellStyleXfs` holds named styles, which cells never point at directly.
 */
export function readDateStyles(bytes: Uint8Array | undefined): (DateStyle | undefined)[] {
  if (bytes === undefined) return [];
  const custom = new Map<number, DateStyle | undefined>();
  const styles: (DateStyle | undefined)[] = [];
  let inCellXfs = false;
  readXml(bytes, {
    open(name, attributes) {
      if (name === 'numFmt') {
        const id = Number(attributes.numFmtId);
        custom.set(id, customDateStyle(attributes.formatCode ?? ''));
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        styles.push(custom.has(id) ? custom.get(id) : builtInDateStyle(id));
      }
    },
    text() {},
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}
