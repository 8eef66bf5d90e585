import type { Issue, NpsResponse } from '@nps-pages/core';
import type { DataFolder } from './data-folder.ts';
import { engine } from './engine-loader.ts';
import { createWorkspaceDataFiles } from './workspace-files.ts';

/**
 * The whole data folder read as `nps validate` reads it; open documents count with their unsaved
 * text. Feeds "NPS: Validate All Data" and the whole-data-set status bar and preview.
 */
export interface DataSetReading {
  /** Every issue, by the file it is shown under (data/magasins/avis.csv). */
  issuesByFile: Map<string, Issue[]>;
  responses: NpsResponse[];
  errors: number;
  warnings: number;
  files: number;
}

export async function readWholeDataSet(data: DataFolder): Promise<DataSetReading> {
  const { readDataSet } = engine();
  const responses: NpsResponse[] = [];
  // Core's one reading, as `nps validate` does it: config, actions, responses, editions and their
  // cross-checks (NPS401-405), files no source reads. Open documents count with their unsaved text.
  const reading = await readDataSet({
    files: createWorkspaceDataFiles(data),
    folder: data.folder,
    onResponse: (response) => void responses.push(response),
  });
  const issuesByFile = new Map<string, Issue[]>();
  for (const issue of reading.issues) {
    const list = issuesByFile.get(issue.file) ?? [];
    list.push(issue);
    issuesByFile.set(issue.file, list);
  }
  return {
    issuesByFile,
    responses,
    errors: reading.issues.filter((issue) => issue.severity === 'error').length,
    warnings: reading.issues.filter((issue) => issue.severity === 'warning').length,
    files: reading.summary?.files.length ?? 0,
  };
}
