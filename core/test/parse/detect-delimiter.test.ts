import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/parse/detect-delimiter.ts';

describe('detectDelimiter', () => {
  it('prefers the consistent delimiter over a decimal comma (French Excel)', () => {
    expect(detectDelimiter('Date;Note;Poids\r\n02/03/2026;9;1,5\r\n03/03/2026;7;0,75\r\n')).toBe(';');
  });

  it('reads tabs, pipes and commas', () => {
    expect(detectDelimiter('date\tscore\n2026-03-02\t9\n')).toBe('\t');
    expect(detectDelimiter('date|score\n2026-03-02|9\n')).toBe('|');
    expect(detectDelimiter('date,score\n2026-03-02,9\n')).toBe(',');
  });

  it('ignores delimiters inside quotes, multi-line comments included', () => {
    expect(detectDelimiter('"a;b",c\n"x;\ny;z",2\n')).toBe(',');
  });

  it('falls back to a comma when no line has a delimiter', () => {
    expect(detectDelimiter('score\n9\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });
});
