import { describe, expect, it } from 'vitest';
import { replacementCharacterIssue } from '../../src/editor/decoding-check.ts';

describe('replacementCharacterIssue', () => {
  it('says nothing about text without U+FFFD', () => {
    expect(replacementCharacterIssue('data/a.csv', 'date,score\n2026-03-02,9\n')).toBeUndefined();
  });

  it('points at the first U+FFFD, counts them, and says to reopen the file with its encoding', () => {
    const text = 'date;score;comment\r\n2026-03-02;9;Tr\uFFFDs bien\r\n2026-03-03;3;ferm\uFFFD\r\n';
    expect(replacementCharacterIssue('data/a.csv', text)).toEqual({
      file: 'data/a.csv',
      line: 2,
      column: 16,
      endLine: 2,
      endColumn: 17,
      code: 'NPS013',
      severity: 'warning',
      message:
        '2 characters could not be decoded (shown as \uFFFD): the file is not in the encoding the editor used; reopen it with the right encoding (probably Windows-1252) before saving',
    });
  });
});
