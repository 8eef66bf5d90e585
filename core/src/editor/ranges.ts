import type { Span } from '../issues.ts';

/**
 * Core's spans are 1-based with an exclusive end column; editors (VS Code, LSP) count lines and
 * characters from 0, end exclusive too. One conversion, tested once, used by every provider.
 */
export interface EditorPosition {
  line: number;
  character: number;
}

export interface EditorRange {
  start: EditorPosition;
  end: EditorPosition;
}

export function toEditorRange(span: Span): EditorRange {
  // Exactly the CLI's span, an empty one included: VS Code itself widens an empty diagnostic range
  // to the word at that position when it draws it, and the Problems panel shows the CLI's line:column.
  return {
    start: { line: Math.max(0, span.line - 1), character: Math.max(0, span.column - 1) },
    end: { line: Math.max(0, span.endLine - 1), character: Math.max(0, span.endColumn - 1) },
  };
}

/** The offsets in `text` of a span (for quick fixes that read the text they replace). */
export function spanOffsets(text: string, span: Span): { start: number; end: number } {
  return { start: offsetAt(text, span.line, span.column), end: offsetAt(text, span.endLine, span.endColumn) };
}

/** The offset of a 1-based line and column; lines end at \n, \r\n or a lone \r (as core's LineIndex counts them). */
export function offsetAt(text: string, line: number, column: number): number {
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let current = 1; current < line; current++) {
    const newline = nextBreak(text, offset);
    if (newline === -1) return text.length;
    offset = text.charCodeAt(newline) === 13 && text.charCodeAt(newline + 1) === 10 ? newline + 2 : newline + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

function nextBreak(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  if (cr === -1) return lf;
  if (lf === -1) return cr;
  return Math.min(lf, cr);
}
