import { type Issue, makeIssue } from '../issues.ts';
import { LineIndex } from '../text/line-index.ts';

/**
 * The editor gets a file's text as VS Code decoded it: a Windows-1252 export opened as UTF-8 holds
 * U+FFFD where its accents were, and saving it would destroy them for good. The CLI reads the bytes
 * and decodes them right (parse/decode.ts); in the editor, the user must reopen the file with its
 * encoding. One warning, at the first replacement character, with how many there are.
 */
export function replacementCharacterIssue(file: string, text: string): Issue | undefined {
  const first = text.indexOf('\uFFFD');
  if (first < 0) return undefined;
  let count = 0;
  for (let at = first; at >= 0; at = text.indexOf('\uFFFD', at + 1)) count++;
  const lines = new LineIndex(text.slice(0, first + 1));
  const span = lines.span(first, first + 1);
  const many = count === 1 ? 'a character' : `${count} characters`;
  return makeIssue(
    file,
    span,
    'NPS013',
    `${many} could not be decoded (shown as \uFFFD): the file is not in the encoding the editor used; reopen it with the right encoding (probably Windows-1252) before saving`,
  );
}
