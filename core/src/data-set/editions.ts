import { editionIdOfPath, editionPaths } from '../editions/manifest.ts';
import { type LoadedEdition, readEdition } from '../editions/read.ts';
import type { DataFiles } from '../ingest.ts';
import type { Issue } from '../issues.ts';
import { readText } from '../parse/decode.ts';

/** The edition a path belongs to: a frozen file editions/<id>/*.json or a narrative editions/<id>.md. */
export function editionOfPath(path: string): string | undefined {
  return editionIdOfPath(path) ?? /^editions\/([^/]+)\.md$/.exec(path)?.[1];
}

/**
 * Every edition of the data folder (a frozen folder editions/<id>/ or a narrative editions/<id>.md),
 * read and checked; with `only`, just the editions one of those files belongs to.
 */
export async function readEditions(
  files: DataFiles,
  options: { only?: readonly string[] } = {},
): Promise<{ editions: LoadedEdition[]; issues: Issue[] }> {
  const all = await files.list();
  const ids = [...new Set(all.map(editionOfPath).filter((id) => id !== undefined))].sort();
  const wanted = options.only ? new Set(options.only.map(editionOfPath)) : undefined;
  const present = new Set(all);
  const editions: LoadedEdition[] = [];
  const issues: Issue[] = [];
  const onIssue = (issue: Issue): void => void issues.push(issue);
  const text = async (path: string): Promise<string | undefined> =>
    present.has(path) ? readText(() => files.readChunks(path), { file: files.display(path), onIssue }) : undefined;
  for (const id of ids) {
    if (wanted && !wanted.has(id)) continue;
    const paths = editionPaths(id);
    const reading = await readEdition({
      id,
      manifest: await text(paths.manifest),
      responses: await text(paths.responses),
      actions: await text(paths.actions),
      narrative: await text(paths.narrative),
      files: {
        manifest: files.display(paths.manifest),
        responses: files.display(paths.responses),
        actions: files.display(paths.actions),
        narrative: files.display(paths.narrative),
      },
    });
    issues.push(...reading.issues);
    if (reading.edition) editions.push(reading.edition);
  }
  return { editions, issues };
}
