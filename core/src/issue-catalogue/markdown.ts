import { defineIssue, quoted, type UnknownKey, unknownKeyMessage } from './entry.ts';

/** Markdown files with front matter (data/actions/*.md, data/editions/*.md): NPS30x. */
export const MARKDOWN_ISSUES = {
  NPS301: defineIssue({
    name: 'front-matter-syntax',
    severity: 'error',
    hint: 'Fix the YAML between the --- lines at this position.',
    message: (v: { yamlError: string }) => v.yamlError,
  }),
  NPS302: defineIssue({
    name: 'front-matter-invalid',
    severity: 'error',
    hint: 'Write a value of the kind the message names; the README describes the keys of actions and editions.',
    message: (
      v:
        | { kind: 'schema'; explanation: string }
        | { kind: 'unknown-theme'; theme: string; known: readonly string[] }
        | { kind: 'unknown-segment'; field: string; known: readonly string[] },
    ) => {
      switch (v.kind) {
        case 'schema':
          return v.explanation;
        case 'unknown-theme':
          return `theme: unknown theme ${quoted(v.theme)} (${v.known.length > 0 ? `themes: ${v.known.join(', ')}` : 'no theme is declared in nps.config.yaml'})`;
        case 'unknown-segment':
          return `segment: ${quoted(v.field)} is not a declared segment field (${v.known.length > 0 ? `segments: ${v.known.join(', ')}` : 'no segment is declared in nps.config.yaml'})`;
      }
    },
  }),
  NPS303: defineIssue({
    name: 'front-matter-unknown-key',
    severity: 'error',
    hint: 'Fix the spelling (the message names the nearest key) or remove the key.',
    message: (v: UnknownKey) => unknownKeyMessage(v),
  }),
  NPS304: defineIssue({
    name: 'front-matter-missing',
    severity: 'error',
    hint: 'Start the file with a front matter block between two --- lines.',
    message: (v: { kind: 'empty' } | { kind: 'unclosed' } | { kind: 'no-opening'; firstLine: string }) => {
      if (v.kind === 'empty') return 'the file is empty: it needs a front matter block between two --- lines';
      if (v.kind === 'unclosed') return 'the front matter opened on line 1 is never closed: add a line with --- after it';
      const shown = v.firstLine.length > 40 ? `${v.firstLine.slice(0, 40)}…` : v.firstLine;
      return `the file must start with a front matter block (a line with ---), not ${quoted(shown)}`;
    },
  }),
};
