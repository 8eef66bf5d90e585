import { z } from 'zod';

/**
 * The front matter of an action, data/actions/<id>.md: something the CX team does because of the
 * feedback. The site shows the NPS and the theme mentions before and after it.
 *
 * ```yaml
 * ---
 * title: Rappeler les détracteurs sous 48 h
 * owner: Camille Martin
 * status: done            # planned | in-progress | done
 * theme: delivery         # optional: a theme id of nps.config.yaml
 * segment:                # optional: the responses it targets; every field must match
 *   store: Lyon Part-Dieu
 * opened: 2026-03-01      # YYYY-MM-DD, quoted or not
 * closed: 2026-04-15      # required when done, never before opened
 * effort: medium          # optional: low | medium | high
 * summary: Un appel par détracteur, script partagé.
 * ---
 * ```
 *
 * Values are canonical English words so that one data set reads the same in the French and the
 * English site; the French words a team may type (terminée, en cours...) get a message naming the
 * value to write instead of being accepted, so the files stay greppable.
 *
 * `segment` is a mapping rather than "store=Lyon" text: it is plain YAML, an editor colours it, and
 * a value with "=" or ":" needs no escaping. Several fields narrow the target (store AND channel).
 */
export const ACTION_STATUSES = ['planned', 'in-progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Words teams write for a status, mapped to the canonical value the message suggests. */
const STATUS_SYNONYMS: Readonly<Record<string, ActionStatus>> = {
  prévue: 'planned',
  prevue: 'planned',
  planifiée: 'planned',
  'à faire': 'planned',
  todo: 'planned',
  'en cours': 'in-progress',
  doing: 'in-progress',
  started: 'in-progress',
  terminée: 'done',
  terminee: 'done',
  faite: 'done',
  fait: 'done',
  finished: 'done',
  completed: 'done',
  closed: 'done',
};

const text = z.string().min(1);

/**
 * A calendar date written YYYY-MM-DD. The `yaml` library (YAML 1.2 core schema) reads an unquoted
 * 2026-03-01 as the string "2026-03-01", so quoted and unquoted dates are the same value; readers
 * on YAML 1.1 (js-yaml, Astro content collections) give a Date at UTC midnight, taken back to its day.
 */
export const isoDaySchema = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.iso.date({
      // A missing date is worded by the message builder (parse/schema-messages.ts), like any missing key.
      error: (issue) =>
        issue.input === undefined
          ? undefined
          : `${JSON.stringify(issue.input)} is not a date written YYYY-MM-DD that exists in the calendar (e.g. 2026-03-01)`,
    }),
  )
  .meta({ examples: ['2026-03-01'] });

const statusSchema = z.enum(ACTION_STATUSES, {
  error: (issue) => {
    const typed = typeof issue.input === 'string' ? STATUS_SYNONYMS[issue.input.trim().toLowerCase()] : undefined;
    return typed ? `"${String(issue.input)}" is not allowed: write ${typed} (planned, in-progress or done)` : undefined;
  },
});

export const actionFrontMatterSchema = z
  .strictObject({
    title: text.meta({ examples: ['Rappeler les détracteurs sous 48 h'] }).describe('What the team does, in a short sentence.'),
    owner: text.meta({ examples: ['Camille Martin'] }).describe('Who carries it: a person or a team.'),
    status: statusSchema.describe('planned, in-progress or done.'),
    theme: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'a theme id is lower-case letters, digits and dashes')
      .optional()
      .describe('The id of the theme of nps.config.yaml it addresses.'),
    segment: z
      .record(z.string().min(1), text)
      .optional()
      .describe('Segment field -> value of the responses it targets, e.g. { store: Lyon Part-Dieu }.'),
    opened: isoDaySchema.describe('The day it started (or will start), YYYY-MM-DD.'),
    closed: isoDaySchema.optional().describe('The day it was done, YYYY-MM-DD; required when status is done.'),
    effort: z.enum(['low', 'medium', 'high']).optional().describe('How costly it is.'),
    summary: text.optional().describe('One paragraph shown in lists; the body holds the details.'),
  })
  // The rules between keys run even when another key is wrong (`when`), so one run reports them all;
  // each waits only for the keys it reads to be valid.
  .refine((action) => action.status !== 'done' || action.closed !== undefined, {
    path: ['status'],
    message: 'done needs the day it was closed: add closed: YYYY-MM-DD',
    when: validKeys('status', 'closed'),
  })
  .refine((action) => action.closed === undefined || action.status === 'done', {
    path: ['closed'],
    error: (issue) => `set while status is ${String(field(issue.input, 'status'))}: write status: done, or remove closed`,
    when: validKeys('status', 'closed'),
  })
  // ISO days compare correctly as strings.
  .refine((action) => action.closed === undefined || action.closed >= action.opened, {
    path: ['closed'],
    error: (issue) => `${String(field(issue.input, 'closed'))} is before opened (${String(field(issue.input, 'opened'))})`,
    when: validKeys('opened', 'closed'),
  });

/** Run a rule when the object and the keys it reads have no issue (unknown keys do not matter). */
function validKeys(...keys: string[]) {
  return (payload: z.core.ParsePayload): boolean =>
    !payload.issues.some((issue) => {
      if (issue.code === 'unrecognized_keys') return false;
      const key = issue.path?.[0];
      return key === undefined || keys.includes(String(key));
    });
}

function field(input: unknown, key: string): unknown {
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[key] : undefined;
}

export type ActionFrontMatter = z.output<typeof actionFrontMatterSchema>;
