import { type Issue, issueAt } from '../issues.ts';
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
  return issueAt(file, span, 'NPS013', { count });
}
