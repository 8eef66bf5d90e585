import type { Issue, NpsResponse } from '@nps-pages/core';
import type { DataFolder } from './data-folder.ts';
import { engine } from './engine-loader.ts';
import { createWorkspaceDataFiles } from './workspace-files.ts';

/**
 * The whole data folder read as `nps validate` reads it (config, every response file through
 * ingest with one id registry, actions), plus the edition narratives; open documents count with
 * their unsaved text. Feeds "NPS: Validate All Data" and the whole-data-set status bar and preview.
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
  const { actionContextOf, compareIssues, editionFrontMatterSchema, ingest, isEditionPath, parseFrontMatter, readActions } =
    engine();
  const issues: Issue[] = [...data.reading.issues];
  const responses: NpsResponse[] = [];
  const config = data.reading.config;
  let files = 0;
  if (config) {
    const dataFiles = createWorkspaceDataFiles(data);
    const summary = await ingest({
      config,
      configFile: data.configFile,
      configSpanOf: data.reading.spanOf,
      files: dataFiles,
      onResponse: (response) => void responses.push(response),
      onIssue: (issue) => void issues.push(issue),
    });
    files = summary.files.length;
    const actions = await readActions({ files: dataFiles, context: actionContextOf(config) });
    issues.push(...actions.issues);
    for (const path of (await dataFiles.list()).filter(isEditionPath)) {
      let text = '';
      for await (const chunk of dataFiles.readChunks(path)) text += chunk;
      issues.push(...parseFrontMatter(dataFiles.display(path), text, editionFrontMatterSchema).issues);
    }
  }
  const issuesByFile = new Map<string, Issue[]>();
  for (const issue of issues.sort(compareIssues)) {
    const list = issuesByFile.get(issue.file) ?? [];
    list.push(issue);
    issuesByFile.set(issue.file, list);
  }
  return {
    issuesByFile,
    responses,
    errors: issues.filter((issue) => issue.severity === 'error').length,
    warnings: issues.filter((issue) => issue.severity === 'warning').length,
    files,
  };
}
