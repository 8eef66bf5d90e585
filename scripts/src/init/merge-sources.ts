import type { InitSource } from '@nps-pages/core/init';

/**
 * Exports of the same shape (the monthly files of one survey) as one source whose glob matches
 * them all, and next month's file too: `avis-2025.csv` and `avis-2026.csv` become `avis-*.csv`.
 * Exports in different folders, or whose names share nothing but the extension, stay apart.
 */
export function mergeSameShape(sources: readonly InitSource[]): InitSource[] {
  const groups = new Map<string, InitSource[]>();
  for (const source of sources) {
    const key = shapeOf(source);
    groups.set(key, [...(groups.get(key) ?? []), source]);
  }
  const merged: InitSource[] = [];
  for (const group of groups.values()) {
    const first = group[0] as InitSource;
    const glob = group.length > 1 ? commonGlob(group.map((source) => source.path)) : undefined;
    if (glob === undefined) merged.push(...group);
    else merged.push({ ...first, path: glob, file: glob.replace(/\*/g, '').replace(/[-_ ]+(\.|$)/, '$1') || first.file });
  }
  return merged;
}

function shapeOf(source: InitSource): string {
  const { table } = source.analysis;
  const { columns, dateFormat, segments } = source.mapping;
  const folder = source.path.includes('/') ? source.path.slice(0, source.path.lastIndexOf('/')) : '';
  return JSON.stringify([
    folder,
    source.encoding,
    table.format,
    table.delimiter,
    table.headerRows,
    table.arrayPath,
    columns,
    dateFormat,
    segments.map((segment) => segment.header),
  ]);
}

/** prefix*suffix over the paths, when the names share a prefix of two characters or more (else undefined). */
function commonGlob(paths: readonly string[]): string | undefined {
  const first = paths[0] as string;
  let prefix = first.length;
  let suffix = first.length;
  for (const path of paths) {
    let at = 0;
    while (at < prefix && at < path.length && path[at] === first[at]) at++;
    prefix = at;
    let back = 0;
    while (back < suffix && back < path.length && path[path.length - 1 - back] === first[first.length - 1 - back]) back++;
    suffix = back;
  }
  // Digits belong to the varying part: avis-2025, avis-2026 give avis-*, which 2030 matches too.
  const head = first.slice(0, prefix).replace(/\d+$/, '');
  const tail = first.slice(first.length - Math.min(suffix, first.length - prefix)).replace(/^\d+/, '');
  const name = head.slice(head.lastIndexOf('/') + 1);
  if (name.length < 2) return undefined;
  return `${head}*${tail}`;
}
