import type { CsvDocumentState, TextChange } from '@nps-pages/core';

/**
 * How long typing must pause before a file is revalidated in full. The pause exists for the cost:
 * a full pass over a 100k-row CSV takes 100-200 ms, which on every keystroke would keep the
 * extension host (and every other extension in it) busy while the user types.
 */
export const VALIDATION_DELAY_MS = 250;

/**
 * The pause before revalidating an edit that costs little: one core splices in (applyCsvChange
 * re-reads the edited row only: 3-6 ms on a 10k-row file, whatever the file's size), or any edit
 * of a small file. With no cost to save, waiting would only delay the diagnostics; the next task
 * (0 ms) still coalesces the change events of one edit that arrive together.
 */
export const QUICK_DELAY_MS = 0;

/**
 * Up to this many characters a full pass fits the 30 ms a keystroke is budgeted: 256 Ki characters
 * are about 6k CSV rows, 5-15 ms (the 10k-row, 400 KB file of scripts/bench/extension.ts takes
 * 9 ms in Node, up to 25 ms in a busy extension host). Most survey exports are this small, and it
 * matters for them: Google Forms quotes its comments, and a row with a quote never splices.
 */
export const SMALL_FILE_CHARS = 256 * 1024;

export interface PendingValidation {
  /** The changes since the last validation: a list while each event was one plain change, 'full' otherwise. */
  changes: readonly TextChange[] | 'full';
  /** The CSV state the changes apply to (the last validation's), when the document has one. */
  csv: CsvDocumentState | undefined;
  /** The document's last edit was expected to splice but took the full pass (e.g. it changed a row's id). */
  lastEditFellBack: boolean;
  /** The document's length, in characters. */
  textLength: number;
  /** The document is the config: a change to it re-reads it and revalidates every open file, never cheap. */
  isConfig: boolean;
}

/** Core's isPlainRowEdit: passed in, so that this module (in the entry bundle) holds none of core. */
export type PlainRowEditTest = (csv: CsvDocumentState, change: TextChange) => boolean;

/** The debounce before validating the pending changes: short when the validation will be cheap, the full pause otherwise. */
export function validationDelay(pending: PendingValidation, isPlainRowEdit: PlainRowEditTest): number {
  if (pending.isConfig) return VALIDATION_DELAY_MS;
  return pending.textLength <= SMALL_FILE_CHARS || likelySplice(pending, isPlainRowEdit) ? QUICK_DELAY_MS : VALIDATION_DELAY_MS;
}

/**
 * Whether core's applyCsvChange will splice this edit: one change that core calls a plain edit of
 * one data row. Its other tests (the row's id changed, a delimiter detected anew) need a parse;
 * when one of those sends an edit to the full pass anyway, `lastEditFellBack` keeps the next edits
 * on the full pause until a splice succeeds again, so a wrong guess costs one early full pass, not
 * one per keystroke. test/unit/validation-delay.test.ts checks the guess against core on every
 * one-character edit.
 */
export function likelySplice({ changes, csv, lastEditFellBack }: PendingValidation, isPlainRowEdit: PlainRowEditTest): boolean {
  if (!csv || lastEditFellBack || changes === 'full' || changes.length !== 1) return false;
  return isPlainRowEdit(csv, changes[0] as TextChange);
}
