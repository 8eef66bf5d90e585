import type { Action } from '../actions.ts';
import { compareIssues, type Issue, issueAt, type Span } from '../issues.ts';
import { parseFrontMatter } from '../parse/front-matter.ts';
import { actionFrontMatterSchema } from '../schema/action.ts';
import { type EditionFrontMatter, editionFrontMatterSchema } from '../schema/edition.ts';
import { type NpsResponse, responseSchema } from '../schema/response.ts';
import { LineIndex } from '../text/line-index.ts';
import { narrativePeriodKey } from './cadence.ts';
import { sha256Hex } from './digest.ts';
import { readFrozenFile } from './frozen-file.ts';
import { type EditionManifest, editionManifestSchema } from './manifest.ts';

/**
 * Reads one edition back and checks it: the manifest is valid, the frozen files match their hashes
 * (record by record, then byte for byte), the row counts agree, and the narrative's front matter is
 * valid. Every problem is an issue with its position; nothing throws.
 */
export interface EditionTexts {
  id: string;
  /** The texts of the edition's files; undefined when the file does not exist. */
  manifest: string | undefined;
  responses: string | undefined;
  actions: string | undefined;
  narrative: string | undefined;
  /** How each file is shown in issues. */
  files: { manifest: string; responses: string; actions: string; narrative: string };
}

export interface Narrative {
  data: EditionFrontMatter;
  body: string;
  /** Where the front matter writes its period (for NPS406). */
  periodSpan: Span;
}

export interface LoadedEdition {
  id: string;
  manifest: EditionManifest;
  responses: NpsResponse[];
  actions: Action[];
  /** Undefined when the narrative is missing or invalid. */
  narrative: Narrative | undefined;
  /** Published when the narrative says so; a draft otherwise (no narrative is a draft). */
  status: 'draft' | 'published';
  /** The manifest file as shown in issues, and where its period is written (for the checks between editions). */
  manifestFile: string;
  periodSpan: Span;
}

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export async function readEdition(texts: EditionTexts): Promise<{ edition: LoadedEdition | undefined; issues: Issue[] }> {
  const { files } = texts;
  const issues: Issue[] = [];
  const narrative = readNarrative(texts, issues);
  if (texts.manifest === undefined) {
    // A narrative alone (the editor's template, written before the release) is work in progress: a warning.
    const alone = texts.narrative !== undefined && texts.responses === undefined && texts.actions === undefined;
    const values = { kind: 'no-manifest', id: texts.id, manifestFile: files.manifest } as const;
    issues.push(issueAt(alone ? files.narrative : files.manifest, START, 'NPS405', values, alone ? 'warning' : undefined));
    return { edition: undefined, issues: issues.sort(compareIssues) };
  }
  const manifest = readManifest(texts.manifest, files.manifest, issues);
  if (!manifest) return { edition: undefined, issues: issues.sort(compareIssues) };
  if (manifest.id !== texts.id) {
    issues.push(issueAt(files.manifest, START, 'NPS401', { kind: 'other-edition', manifestId: manifest.id, folderId: texts.id }));
  }
  const responses = await readResponses(texts, manifest, issues);
  const actions = await readActions(texts, manifest, issues);
  if (texts.narrative === undefined) {
    issues.push(issueAt(files.manifest, START, 'NPS404', { id: texts.id, narrativeFile: files.narrative }));
  }
  checkNarrativePeriod(narrative, manifest, files.narrative, issues);
  const status = narrative?.data.status ?? 'draft';
  const periodSpan = spanOfKey(texts.manifest, '"period"');
  const edition =
    responses && actions
      ? { id: texts.id, manifest, responses, actions, narrative, status, manifestFile: files.manifest, periodSpan }
      : undefined;
  return { edition, issues: issues.sort(compareIssues) };
}

function spanOfKey(text: string, key: string): Span {
  const offset = text.indexOf(key);
  return offset < 0 ? START : new LineIndex(text).span(offset, offset + key.length);
}

function readNarrative(texts: EditionTexts, issues: Issue[]): Narrative | undefined {
  if (texts.narrative === undefined) return undefined;
  const reading = parseFrontMatter(texts.files.narrative, texts.narrative, editionFrontMatterSchema);
  issues.push(...reading.issues);
  return reading.data ? { data: reading.data, body: reading.body, periodSpan: reading.spanOf(['period']) } : undefined;
}

/** The narrative comments the period the edition froze: a reader trusts the heading's period. */
function checkNarrativePeriod(narrative: Narrative | undefined, manifest: EditionManifest, file: string, issues: Issue[]): void {
  if (!narrative) return;
  const expected = narrativePeriodKey(manifest.period.from, manifest.period.to);
  if (narrative.data.period === expected) return;
  const { from, to } = manifest.period;
  issues.push(issueAt(file, narrative.periodSpan, 'NPS406', { written: narrative.data.period, from, to, expected }));
}

function readManifest(text: string, file: string, issues: Issue[]): EditionManifest | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    issues.push(issueAt(file, START, 'NPS401', { kind: 'not-json', reason: (error as Error).message }));
    return undefined;
  }
  const result = editionManifestSchema.safeParse(value);
  if (result.success) return result.data;
  for (const problem of result.error.issues.slice(0, 5)) {
    issues.push(issueAt(file, START, 'NPS401', { kind: 'schema', path: problem.path.join('.'), problem: problem.message }));
  }
  return undefined;
}

async function checkHash(file: string, text: string, expected: string, issues: Issue[], foundRecord: boolean): Promise<void> {
  // A record-level issue already says where; the file hash catches what records cannot (layout, order, "h" forged).
  if (foundRecord) return;
  if ((await sha256Hex(text)) !== expected) {
    issues.push(issueAt(file, START, 'NPS402', { kind: 'file-hash' }));
  }
}

async function readResponses(
  texts: EditionTexts,
  manifest: EditionManifest,
  issues: Issue[],
): Promise<NpsResponse[] | undefined> {
  const file = texts.files.responses;
  if (texts.responses === undefined) {
    issues.push(issueAt(texts.files.manifest, START, 'NPS405', { kind: 'no-file', file }));
    return undefined;
  }
  const reading = readFrozenFile(file, texts.responses, 'responses');
  issues.push(...reading.issues);
  await checkHash(file, texts.responses, manifest.sha256.responses, issues, reading.issues.length > 0);
  if (!reading.records) return undefined;
  const responses: NpsResponse[] = [];
  for (const [index, record] of reading.records.entries()) {
    const result = responseSchema.safeParse(record);
    if (result.success) responses.push(result.data);
    else {
      const reason = result.error.issues[0]?.message;
      issues.push(issueAt(file, reading.spanOf(index), 'NPS402', { kind: 'invalid-response', record: index + 1, reason }));
    }
  }
  if (reading.records.length !== manifest.rows) {
    issues.push(issueAt(file, START, 'NPS402', { kind: 'row-count', found: reading.records.length, frozen: manifest.rows }));
  }
  return responses;
}

async function readActions(texts: EditionTexts, manifest: EditionManifest, issues: Issue[]): Promise<Action[] | undefined> {
  const file = texts.files.actions;
  if (texts.actions === undefined) {
    issues.push(issueAt(texts.files.manifest, START, 'NPS405', { kind: 'no-file', file }));
    return undefined;
  }
  const reading = readFrozenFile(file, texts.actions, 'actions');
  issues.push(...reading.issues);
  await checkHash(file, texts.actions, manifest.sha256.actions, issues, reading.issues.length > 0);
  if (!reading.records) return undefined;
  const actions: Action[] = [];
  for (const [index, record] of reading.records.entries()) {
    const { id, body, ...frontMatter } = record;
    const result = actionFrontMatterSchema.safeParse(frontMatter);
    if (result.success && typeof id === 'string' && typeof body === 'string') {
      actions.push({ ...result.data, id, body, file, bodyLine: reading.spanOf(index).line });
    } else issues.push(issueAt(file, reading.spanOf(index), 'NPS402', { kind: 'invalid-action', record: index + 1 }));
  }
  return actions;
}
