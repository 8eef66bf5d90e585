import { strToU8, zipSync } from 'fflate';

/**
 * Builds .xlsx workbooks in tests: the few parts a reader needs ([Content_Types].xml, the
 * relationships, workbook, styles, shared strings, sheets), written the way Excel writes them.
 * Independent of the reader, so a test states the XML it expects a real writer to produce.
 */

/** A cell: a string (shared, or inline with `inlineStrings`), a number, a boolean, or the parts of a `<c>`. */
export type CellSpec =
  | string
  | number
  | boolean
  | null
  | undefined
  | {
      /** The `t` attribute: s, inlineStr, str, b, e, d, n. */
      t?: string;
      /** The style index (`s`): see `styles`. */
      s?: number;
      /** The `<v>` text. */
      v?: string;
      /** A formula: Excel writes it with its cached value in `<v>`. */
      f?: string;
      /** Raw XML inside `<is>` (inline rich text). */
      is?: string;
    };

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  /** The row number of rows[0]; rows are written with their `r` attributes, unless `noReferences`. */
  firstRow?: number;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  date1904?: boolean;
  /** Custom number formats, id 164 and up, like Excel's. */
  numberFormats?: { id: number; code: string }[];
  /** The numFmtId of each cell style (cellXfs); style 0 is always General. */
  styles?: number[];
  /** Strings written inline (`t="inlineStr"`) instead of in the shared string table. */
  inlineStrings?: boolean;
  /** Cells and rows without their `r` references (allowed, written by some streaming writers). */
  noReferences?: boolean;
  /** Rich-text shared strings: raw XML of `<si>` items appended to the table, by index after the plain ones. */
  richSharedStrings?: string[];
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function buildWorkbook(spec: WorkbookSpec): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const share = (text: string): number => {
    let index = sharedIndex.get(text);
    if (index === undefined) {
      index = shared.length;
      shared.push(text);
      sharedIndex.set(text, index);
    }
    return index;
  };
  const cellXml = (cell: CellSpec, reference: string): string => {
    const r = spec.noReferences ? '' : ` r="${reference}"`;
    if (cell === null || cell === undefined) return '';
    if (typeof cell === 'string') {
      if (spec.inlineStrings) return `<c${r} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
      return `<c${r} t="s"><v>${share(cell)}</v></c>`;
    }
    if (typeof cell === 'number') return `<c${r}><v>${cell}</v></c>`;
    if (typeof cell === 'boolean') return `<c${r} t="b"><v>${cell ? 1 : 0}</v></c>`;
    const t = cell.t ? ` t="${cell.t}"` : '';
    const s = cell.s ? ` s="${cell.s}"` : '';
    const f = cell.f ? `<f>${escapeXml(cell.f)}</f>` : '';
    const v = cell.v === undefined ? '' : `<v>${escapeXml(cell.v)}</v>`;
    const is = cell.is === undefined ? '' : `<is>${cell.is}</is>`;
    return `<c${r}${t}${s}>${f}${v}${is}</c>`;
  };
  const sheetXml = (sheet: SheetSpec): string => {
    const first = sheet.firstRow ?? 1;
    const rows = sheet.rows.map((cells, index) => {
      const number = first + index;
      const r = spec.noReferences ? '' : ` r="${number}"`;
      return `<row${r}>${cells.map((cell, column) => cellXml(cell, `${columnName(column)}${number}`)).join('')}</row>`;
    });
    return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  };
  const sheets = spec.sheets.map(sheetXml);
  const rich = spec.richSharedStrings ?? [];
  const sharedXml = `${HEAD}<sst xmlns="${MAIN}" count="${shared.length + rich.length}" uniqueCount="${shared.length + rich.length}">${shared
    .map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`)
    .join('')}${rich.map((item) => `<si>${item}</si>`).join('')}</sst>`;
  const formats = spec.numberFormats ?? [];
  const styles = [0, ...(spec.styles ?? [])];
  const stylesXml =
    `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="${formats.length}">${formats
      .map((format) => `<numFmt numFmtId="${format.id}" formatCode="${escapeXml(format.code)}"/>`)
      .join(
        '',
      )}</numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${styles.length}">${styles
      .map((id) => `<xf numFmtId="${id}" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`)
      .join('')}</cellXfs></styleSheet>`;
  const workbookXml = `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${spec.sheets
    .map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
    .join('')}</sheets></workbook>`;
  const count = spec.sheets.length;
  const workbookRels =
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${spec.sheets
      .map((_, index) => `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
      .join('')}<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${count + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const rootRels = `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const contentTypes = `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(rootRels),
    'xl/workbook.xml': strToU8(workbookXml),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels),
    'xl/styles.xml': strToU8(stylesXml),
    'xl/sharedStrings.xml': strToU8(sharedXml),
  };
  sheets.forEach((xml, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(xml);
  });
  return zipSync(files);
}
