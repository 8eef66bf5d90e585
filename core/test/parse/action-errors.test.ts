import { describe, expect, it } from 'vitest';
import { parseAction } from '../../src/actions.ts';
import { asRead, expectHints, type Mistake } from './user-reads.ts';

/**
 * What a person writing data/actions/<id>.md by hand reads, one realistic mistake of its front
 * matter per row: the same message builder as the config's, with the front matter's codes.
 */
const MISTAKES: (Mistake & { frontMatter: string })[] = [
  {
    mistake: 'an action without a title',
    frontMatter: 'owner: Camille\nstatus: planned\nopened: 2026-03-01',
    reads: ['1:1 NPS302 title is required: a text such as Rappeler les détracteurs sous 48 h'],
  },
  {
    mistake: 'a status in French that has no synonym',
    frontMatter: 'title: T\nowner: Camille\nstatus: finie\nopened: 2026-03-01',
    reads: ['4:9 NPS302 status must be one of planned, in-progress, done; got "finie"'],
  },
  {
    mistake: 'a status in French with a synonym',
    frontMatter: 'title: T\nowner: Camille\nstatus: en cours\nopened: 2026-03-01',
    reads: ['4:9 NPS302 status: "en cours" is not allowed: write in-progress (planned, in-progress or done)'],
  },
  {
    mistake: 'an action without a status',
    frontMatter: 'title: T\nowner: Camille\nopened: 2026-03-01',
    reads: ['1:1 NPS302 status is required: one of planned, in-progress, done'],
  },
  {
    mistake: 'an action without its opening day',
    frontMatter: 'title: T\nowner: Camille\nstatus: planned',
    reads: ['1:1 NPS302 opened is required: a date written YYYY-MM-DD such as 2026-03-01'],
  },
  {
    mistake: 'an opening day written the French way',
    frontMatter: 'title: T\nowner: Camille\nstatus: planned\nopened: 01/03/2026',
    reads: ['5:9 NPS302 opened: "01/03/2026" is not a date written YYYY-MM-DD that exists in the calendar (e.g. 2026-03-01)'],
  },
  {
    mistake: 'a theme id with a capital',
    frontMatter: 'title: T\nowner: Camille\nstatus: planned\nopened: 2026-03-01\ntheme: Attente',
    reads: ['6:8 NPS302 theme "Attente": a theme id is lower-case letters, digits and dashes'],
  },
  {
    mistake: 'a segment written as a list',
    frontMatter: 'title: T\nowner: Camille\nstatus: planned\nopened: 2026-03-01\nsegment: [Lyon]',
    reads: ['6:10 NPS302 segment must be key: value lines, not a list'],
  },
  {
    mistake: 'a segment value YAML reads as a number',
    frontMatter: 'title: T\nowner: Camille\nstatus: planned\nopened: 2026-03-01\nsegment:\n  store: 12',
    reads: ['7:10 NPS302 segment.store must be a text, not the number 12: put it in quotes'],
  },
  {
    mistake: 'an effort that does not exist',
    frontMatter: 'title: T\nowner: Camille\nstatus: planned\nopened: 2026-03-01\neffort: huge',
    reads: ['6:9 NPS302 effort must be one of low, medium, high; got "huge"'],
  },
  {
    mistake: 'an empty summary',
    frontMatter: 'title: T\nowner: Camille\nstatus: planned\nopened: 2026-03-01\nsummary: ""',
    reads: ['6:10 NPS302 summary must not be empty: write a text'],
  },
  {
    mistake: 'closed before opened',
    frontMatter: 'title: T\nowner: Camille\nstatus: done\nopened: 2026-03-01\nclosed: 2026-02-01',
    reads: ['6:9 NPS302 closed: 2026-02-01 is before opened (2026-03-01)'],
  },
  {
    mistake: 'an owner YAML reads as a number',
    frontMatter: 'title: T\nowner: 42\nstatus: planned\nopened: 2026-03-01',
    reads: ['3:8 NPS302 owner must be a text such as Camille Martin, not the number 42: put it in quotes'],
  },
  {
    mistake: 'a status key in French',
    frontMatter: 'title: T\nowner: Camille\nstatut: planned\nopened: 2026-03-01',
    reads: [
      '1:1 NPS302 status is required: one of planned, in-progress, done',
      '4:1 NPS303 unknown key "statut": did you mean "status"?',
    ],
  },
];

describe('action mistakes as a user reads them', () => {
  it.each(MISTAKES)('$mistake', ({ frontMatter, reads }) => {
    const text = `---\n${frontMatter}\n---\nCorps.\n`;
    expect(asRead(parseAction({ file: 'data/actions/a.md', text }, {}).issues)).toEqual(reads);
  });

  it('prints a hint that says what to do under each message', () => {
    expectHints(MISTAKES, {
      NPS302: 'Write a value of the kind the message names; the README describes the keys of actions and editions.',
      NPS303: 'Fix the spelling (the message names the nearest key) or remove the key.',
    });
  });
});
