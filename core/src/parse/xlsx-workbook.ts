import { attributeOf, readXml } from './xlsx-xml.ts';

/**
 * The map of a workbook package: its sheets in tab order with the part each one lives in, the date
 * system, and where the shared strings and styles are. Paths come from the relationships, not from
 * the usual names (xl/worksheets/sheet1.xml): writers other than Excel name parts as they like.
 */
export interface WorkbookMap {
  sheets: { name: string; part: string }[];
  /** True when serials count from 1904-01-01 (old Mac workbooks, some exports). */
  date1904: boolean;
  sharedStringsPart: string;
  stylesPart: string;
}

export const ROOT_RELATIONSHIPS_PART = '_rels/.rels';
const DEFAULT_WORKBOOK = 'xl/workbook.xml';

/** The workbook part: the package's officeDocument relationship, xl/workbook.xml without one. */
export function workbookPartOf(rootRels: Uint8Array | undefined): string {
  if (rootRels === undefined) return DEFAULT_WORKBOOK;
  const relations = readRelationships(rootRels, '');
  return relations.find((relation) => relation.type.endsWith('/officeDocument'))?.target ?? DEFAULT_WORKBOOK;
}

export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Reads workbook.xml and its relationships into a map; `part` is the workbook's own path. */
export function readWorkbookMap(part: string, workbook: Uint8Array, rels: Uint8Array | undefined): WorkbookMap {
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  const relations = rels === undefined ? [] : readRelationships(rels, folder);
  const byId = new Map(relations.map((relation) => [relation.id, relation.target]));
  const sheets: WorkbookMap['sheets'] = [];
  let date1904 = false;
  readXml(workbook, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = isTrue(attributes.date1904);
      if (name !== 'sheet') return;
      const id = attributeOf(attributes, 'id');
      const target = id === undefined ? undefined : byId.get(id);
      sheets.push({
        name: attributes.name ?? `Sheet${sheets.length + 1}`,
        part: target ?? `${folder}worksheets/sheet${sheets.length + 1}.xml`,
      });
    },
    text() {},
    close() {},
  });
  const ofType = (type: string): string | undefined => relations.find((relation) => relation.type.endsWith(type))?.target;
  // Without a relationship, the names every writer uses: a few hand-made packages omit them.
  return {
    sheets,
    date1904,
    sharedStringsPart: ofType('/sharedStrings') ?? `${folder}sharedStrings.xml`,
    stylesPart: ofType('/styles') ?? `${folder}styles.xml`,
  };
}

interface Relationship {
  id: string;
  type: string;
  /** The target's path in the package, resolved against the source part's folder. */
  target: string;
}

function readRelationships(bytes: Uint8Array, folder: string): Relationship[] {
  const relations: Relationship[] = [];
  readXml(bytes, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      const { Id: id, Type: type, Target: target } = attributes;
      if (id === undefined || target === undefined) return;
      relations.push({ id, type: type ?? '', target: resolvePath(folder, target) });
    },
    text() {},
    close() {},
  });
  return relations;
}

/** "worksheets/sheet1.xml" from "xl/" is "xl/worksheets/sheet1.xml"; "/xl/x.xml" is absolute; ".." climbs. */
function resolvePath(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
