import type { Action } from '../actions.ts';
import { hash64 } from '../report/hash.ts';
import type { NpsConfig } from '../schema/config.ts';
import type { NpsResponse } from '../schema/response.ts';
import { redactText } from '../text/redact.ts';
import { canonicalJson, sha256Hex } from './digest.ts';

/**
 * The frozen files of an edition as text. One record a line, keys sorted, records sorted: a git
 * diff of an edition shows exactly the rows that changed, and the same responses in any order give
 * the same bytes. Each record carries `h`, a hash of its own content, so that a hand edit is found
 * at its line (the file's SHA-256 in the manifest then proves the whole file, `h` included).
 */
export interface FrozenResponse extends Omit<NpsResponse, 'id'> {}

export interface FrozenAction extends Omit<Action, 'file' | 'bodyLine'> {}

/** The record hash: not cryptographic (hash64), it only locates an edit; the manifest's SHA-256 guards the file. */
export function recordHash(record: object): string {
  return hash64(canonicalJson(record));
}

/**
 * The responses of [from, to] as they will be frozen: comments redacted with the config's privacy
 * settings, no response id (nothing needs it), the respondent replaced by a pseudonym that is
 * stable within the edition (SHA-256 of edition id and respondent, so the migration between
 * periods still pairs answers) and unguessable without the id.
 */
export async function freezeResponses(
  responses: Iterable<NpsResponse>,
  options: { id: string; from: string; to: string; config: NpsConfig },
): Promise<FrozenResponse[]> {
  const { config } = options;
  const privacy = { emails: config.privacy.redactEmails, phones: config.privacy.redactPhones, locale: config.site.locale };
  const pseudonyms = new Map<string, string>();
  const frozen: FrozenResponse[] = [];
  for (const response of responses) {
    if (response.day < options.from || response.day > options.to) continue;
    const { id: _id, respondent, comment, ...rest } = response;
    const record: FrozenResponse = { ...rest, segments: { ...response.segments } };
    if (comment !== undefined) record.comment = redactText(comment, privacy).text;
    if (respondent !== undefined) {
      let pseudonym = pseudonyms.get(respondent);
      if (pseudonym === undefined) {
        pseudonym = `p-${(await sha256Hex(`${options.id}\u0000${respondent}`)).slice(0, 16)}`;
        pseudonyms.set(respondent, pseudonym);
      }
      record.respondent = pseudonym;
    }
    frozen.push(record);
  }
  return sortRecords(frozen);
}

/** The actions whose life touches [from, to]: opened by its end and not closed before its start. */
export function freezeActions(actions: readonly Action[], options: { from: string; to: string }): FrozenAction[] {
  return actions
    .filter((action) => action.opened <= options.to && (action.closed === undefined || action.closed >= options.from))
    .map(({ file: _file, bodyLine: _bodyLine, ...action }) => action)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Deterministic order: by day, then instant, then the record's canonical text. */
export function sortRecords<T extends FrozenResponse>(records: T[]): T[] {
  const keyed = records.map((record) => ({ record, text: canonicalJson(record) }));
  keyed.sort((a, b) => compare(a.record.day, b.record.day) || (a.record.at ?? 0) - (b.record.at ?? 0) || compare(a.text, b.text));
  return keyed.map((entry) => entry.record);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `{ "edition": id, "<key>": [ one canonical record a line, each with its hash `h` ] }`. */
export function frozenFileText(id: string, key: 'responses' | 'actions', records: readonly object[]): string {
  const lines = records.map((record) => canonicalJson({ ...record, h: recordHash(record) }));
  const body = lines.length === 0 ? '[]' : `[\n${lines.map((line) => `    ${line}`).join(',\n')}\n  ]`;
  return `{\n  "edition": ${JSON.stringify(id)},\n  "${key}": ${body}\n}\n`;
}
