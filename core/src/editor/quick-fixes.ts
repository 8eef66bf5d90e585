import type { Issue, Span } from '../issues.ts';
import { createDateReader } from '../parse/dates.ts';
import { spanOffsets } from './ranges.ts';
import { rewriteDate } from './rewrite-date.ts';

/**
 * The quick fixes the editor offers, only where the fix is certain: the text after the fix is what
 * the user meant, with nothing guessed. Each fix replaces the issue's span (the offending cell or
 * value) with a new text; the extension turns it into a WorkspaceEdit.
 */
export interface QuickFix {
  /** The title in the light-bulb menu (French or English). */
  title: string;
  span: Span;
  newText: string;
  /** The issue it fixes (its code), so the editor can mark it as the preferred fix. */
  code: Issue['code'];
}

export interface QuickFixContext {
  /** The whole text of the file the issue is in. */
  text: string;
  locale: 'fr' | 'en';
  /** The source's dateFormat and time zone (date fixes), when the file is a response file. */
  dateFormat?: string | undefined;
  timeZone?: string | undefined;
  /** Ids already used in the file (a renamed duplicate must not collide with another). */
  usedIds?: ReadonlySet<string>;
}

const TITLES = {
  fr: {
    trim: (value: string) => `Retirer les espaces autour de « ${value} »`,
    number: (value: string) => `Écrire la note ${value} comme un nombre`,
    date: (from: string, to: string) => `Réécrire la date « ${from} » en « ${to} »`,
    id: (from: string, to: string) => `Renommer l’identifiant « ${from} » en « ${to} »`,
  },
  en: {
    trim: (value: string) => `Remove the spaces around "${value}"`,
    number: (value: string) => `Write the score ${value} as a number`,
    date: (from: string, to: string) => `Rewrite the date "${from}" as "${to}"`,
    id: (from: string, to: string) => `Rename the id "${from}" to "${to}"`,
  },
} as const;

export function quickFixesFor(issue: Issue, context: QuickFixContext): QuickFix[] {
  const { start, end } = spanOffsets(context.text, issue);
  const written = context.text.slice(start, end);
  const cell = unquote(written);
  if (cell === undefined) return [];
  const titles = TITLES[context.locale];
  const fix = (title: string, inner: string): QuickFix[] => [
    { title, span: spanOf(issue), newText: cell.quoted ? `"${inner}"` : inner, code: issue.code },
  ];
  switch (issue.code) {
    case 'NPS241': {
      const trimmed = cell.value.trim();
      return trimmed === cell.value || trimmed === '' ? [] : fix(titles.trim(trimmed), escapeInner(trimmed, cell));
    }
    case 'NPS205': {
      const value = cell.value.trim();
      // Only a plain decimal number: "9,5" could be a typo for 9 or 95, so it is left to the user.
      if (!cell.quoted || !/^[+-]?\d+(\.\d+)?$/.test(value)) return [];
      const number = String(Number(value));
      return [{ title: titles.number(number), span: spanOf(issue), newText: number, code: issue.code }];
    }
    case 'NPS211': {
      if (context.dateFormat === undefined) return [];
      const value = cell.value.trim();
      const rewritten = rewriteDate(value, context.dateFormat);
      if (rewritten === undefined) return [];
      // The rewritten date must read as a valid date with the configured format: the fix never swaps one error for another.
      const reading = createDateReader({ format: context.dateFormat, timeZone: context.timeZone })(rewritten);
      return reading.ok ? fix(titles.date(value, rewritten), rewritten) : [];
    }
    case 'NPS230': {
      const id = cell.value.trim();
      const used = context.usedIds ?? new Set<string>();
      let suffix = 2;
      while (used.has(`${id}-${suffix}`) || context.text.includes(`${id}-${suffix}`)) suffix++;
      const renamed = `${id}-${suffix}`;
      return fix(titles.id(id, renamed), escapeInner(renamed, cell));
    }
    default:
      return [];
  }
}

interface Cell {
  value: string;
  quoted: boolean;
  /** JSON strings escape with a backslash; CSV doubles the quote. */
  json: boolean;
}

/** The value of a cell as written: bare, a CSV quoted field ("a ""b"""), or a JSON string. */
function unquote(written: string): Cell | undefined {
  if (written.length < 2 || !written.startsWith('"') || !written.endsWith('"'))
    return { value: written, quoted: false, json: false };
  const inner = written.slice(1, -1);
  if (inner.includes('\\')) {
    try {
      const value: unknown = JSON.parse(written);
      return typeof value === 'string' ? { value, quoted: true, json: true } : undefined;
    } catch {
      return undefined;
    }
  }
  return { value: inner.replaceAll('""', '"'), quoted: true, json: !inner.includes('""') };
}

function escapeInner(value: string, cell: Cell): string {
  if (!cell.quoted) return value;
  return cell.json ? JSON.stringify(value).slice(1, -1) : value.replaceAll('"', '""');
}

function spanOf(issue: Issue): Span {
  return { line: issue.line, column: issue.column, endLine: issue.endLine, endColumn: issue.endColumn };
}
