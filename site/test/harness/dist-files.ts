// Reading a built site as files: every path (sorted, so reports are stable), their hashes, and one
// representative page of each kind (overview, segment field, segment value, theme, gallery...).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under root, as '/'-separated paths relative to root, sorted. */
export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}

/** path -> sha256 of its bytes: two equal maps mean two byte-identical sites. */
export function hashFiles(root: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of listFiles(root)) {
    hashes.set(
      file,
      createHash('sha256')
        .update(readFileSync(join(root, file)))
        .digest('hex'),
    );
  }
  return hashes;
}

/** The pages of a site: the folders holding an index.html, as URL paths relative to the base ('' is the home page). */
export function listPages(root: string): string[] {
  return listFiles(root)
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => file.slice(0, -'index.html'.length));
}

const LOCALE_PREFIXES = new Set(['en', 'fr']);

/**
 * The kind of a page from the shape of its path: 'segments/channel/magasin/' -> 'segments/*\/*'.
 * A locale prefix ('en/') is part of the kind, so the English pages are checked too.
 */
export function pageKind(page: string): string {
  const parts = page.split('/').filter(Boolean);
  const head = parts[0] !== undefined && LOCALE_PREFIXES.has(parts[0]) ? 2 : 1;
  return [...parts.slice(0, head), ...parts.slice(head).map(() => '*')].join('/');
}

/** The first page (in sorted order) of each kind: a sample that covers every template. */
export function representativePages(root: string): string[] {
  const byKind = new Map<string, string>();
  for (const page of listPages(root)) {
    const kind = pageKind(page);
    if (!byKind.has(kind)) byKind.set(kind, page);
  }
  return [...byKind.values()].sort();
}
