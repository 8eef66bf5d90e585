import type { DataFiles } from './ingest.ts';
import { compareIssues, type Issue, issueAt } from './issues.ts';
import { readText } from './parse/decode.ts';
import { type FrontMatterReading, parseFrontMatter } from './parse/front-matter.ts';
import { type ActionFrontMatter, actionFrontMatterSchema } from './schema/action.ts';
import type { NpsConfig } from './schema/config.ts';

/**
 * The actions of a data set, data/actions/*.md: read each file, parse and validate its front
 * matter, check it against the config (theme ids, segment fields), then sort them for the site.
 */
export interface Action extends ActionFrontMatter {
  /** The file name without .md: stable across edits of the title, used in URLs. */
  id: string;
  /** The file as shown in issues. */
  file: string;
  /** The Markdown after the front matter. */
  body: string;
  /** The 1-based line of the file where the body starts (to place issues found in the body). */
  bodyLine: number;
}

/** What an action may refer to. A list left undefined is not checked (e.g. the config has errors). */
export interface ActionContext {
  themeIds?: readonly string[];
  segmentFields?: readonly string[];
}

export interface ActionSource {
  /** The file as shown in issues, e.g. data/actions/rappel-detracteurs.md. */
  file: string;
  text: string;
  /** Defaults to the file name without its extension. */
  id?: string;
}

export interface ActionsReading {
  /** The valid actions, by opened day, then id. */
  actions: Action[];
  issues: Issue[];
}

/** The theme ids and segment fields a valid config declares; nothing to check against otherwise. */
export function actionContextOf(config: NpsConfig | undefined): ActionContext {
  if (!config) return {};
  return { themeIds: config.themes.map((theme) => theme.id), segmentFields: config.segments.map((segment) => segment.field) };
}

/** A path of the data folder (posix, relative) that holds an action: actions/<name>.md. */
export function isActionPath(path: string): boolean {
  return /^actions\/[^/]+\.md$/i.test(path);
}

export function parseAction(source: ActionSource, context: ActionContext): { action: Action | undefined; issues: Issue[] } {
  const { file, text } = source;
  const reading = parseFrontMatter(file, text, actionFrontMatterSchema);
  // The references are checked on the YAML as read, not only on valid data: one run reports an
  // unknown theme together with a wrong status. A value the schema already rejected is skipped.
  const issues = [...reading.issues, ...crossCheck(file, reading, context)];
  const data = reading.data;
  if (!data || issues.length > 0) return { action: undefined, issues: issues.sort(compareIssues) };
  const id = source.id ?? idOf(file);
  return { action: { ...data, id, file, body: reading.body, bodyLine: reading.bodyLine }, issues };
}

function crossCheck(file: string, reading: FrontMatterReading<unknown>, context: ActionContext): Issue[] {
  const raw = isMapping(reading.value) ? reading.value : {};
  const rejected = new Set(reading.issues.map((issue) => `${issue.line}:${issue.column}`));
  const fresh = (issue: Issue) => !rejected.has(`${issue.line}:${issue.column}`);
  const issues: Issue[] = [];
  const { themeIds, segmentFields } = context;
  if (typeof raw.theme === 'string' && themeIds && !themeIds.includes(raw.theme)) {
    issues.push(issueAt(file, reading.spanOf(['theme']), 'NPS302', { kind: 'unknown-theme', theme: raw.theme, known: themeIds }));
  }
  const segment = isMapping(raw.segment) ? raw.segment : {};
  for (const field of Object.keys(segment)) {
    if (segmentFields && !segmentFields.includes(field)) {
      const span = reading.keySpanOf(['segment'], field);
      issues.push(issueAt(file, span, 'NPS302', { kind: 'unknown-segment', field, known: segmentFields }));
    }
  }
  return issues.filter(fresh);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every action of a list of files, sorted; the issues of all files, in a stable order. */
export function parseActions(sources: readonly ActionSource[], context: ActionContext): ActionsReading {
  const actions: Action[] = [];
  const issues: Issue[] = [];
  for (const source of sources) {
    const reading = parseAction(source, context);
    if (reading.action) actions.push(reading.action);
    issues.push(...reading.issues);
  }
  return { actions: actions.sort(compareActions), issues: issues.sort(compareIssues) };
}

export interface ReadActionsOptions {
  files: DataFiles;
  context: ActionContext;
  /** Only these files (relative paths), e.g. the ones named on the command line. */
  only?: readonly string[];
}

/** Lists actions/*.md of the data folder, reads each, and parses them (for the CLI and the site). */
export async function readActions(options: ReadActionsOptions): Promise<ActionsReading> {
  const { files, context, only } = options;
  const paths = (await files.list()).filter((path) => isActionPath(path) && (!only || only.includes(path))).sort();
  const sources: ActionSource[] = [];
  const unreadable: Issue[] = [];
  for (const path of paths) {
    try {
      const file = files.display(path);
      const text = await readText(() => files.readChunks(path), { file, onIssue: (issue) => void unreadable.push(issue) });
      sources.push({ file, text, id: idOf(path) });
    } catch (error) {
      // Only the file system can fail here: parsing reports bad data as issues and never throws.
      const reason = error instanceof Error ? error.message : String(error);
      const start = { line: 1, column: 1, endLine: 1, endColumn: 1 };
      unreadable.push(issueAt(files.display(path), start, 'NPS007', { reason }));
    }
  }
  const reading = parseActions(sources, context);
  return { actions: reading.actions, issues: [...unreadable, ...reading.issues].sort(compareIssues) };
}

function idOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.md$/i, '');
}

function compareActions(a: Action, b: Action): number {
  if (a.opened !== b.opened) return a.opened < b.opened ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
