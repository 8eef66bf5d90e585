import { describe, expect, it } from 'vitest';
import { compareIssues } from '../../src/issues.ts';
import { parseConfig } from '../../src/parse/config.ts';

// In file order, as the CLI prints them (zod reports the keys of nested objects first).
const at = (reading: ReturnType<typeof parseConfig>) =>
  [...reading.issues]
    .sort(compareIssues)
    .map(({ line, column, endLine, endColumn, code, message }) => `${line}:${column}-${endLine}:${endColumn} ${code} ${message}`);

describe('parseConfig', () => {
  it('reports every unknown key at the key, however deep', () => {
    const reading = parseConfig(
      'nps.config.yaml',
      'sitee: {}\nsources:\n  - path: a.csv\n    colums: {}\nstatistics:\n  confidance: 0.9\n',
    );
    expect(reading.config).toBeUndefined();
    expect(at(reading)).toEqual([
      '1:1-1:6 NPS003 unknown key "sitee": did you mean "site"?',
      '4:5-4:11 NPS003 unknown key "colums" in sources[0]: did you mean "columns"?',
      '6:3-6:13 NPS003 unknown key "confidance" in statistics: did you mean "confidence"?',
    ]);
  });

  it('does not count a BOM as a column of line 1', () => {
    expect(at(parseConfig('nps.config.yaml', '\uFEFFsitee: 1\nsources:\n  - path: a.csv\n'))).toEqual([
      '1:1-1:6 NPS003 unknown key "sitee": did you mean "site"?',
    ]);
  });

  it('points at the value that breaks a rule between keys', () => {
    const reading = parseConfig('nps.config.yaml', 'sources:\n  - path: a.csv\n    headerRows: 2\n    headerRow: 3\n');
    expect(at(reading)).toEqual([
      '4:16-4:17 NPS002 sources[0].headerRow: cannot be greater than headerRows (the column names are on one of the header rows)',
    ]);
  });

  it('reports a column mapped to a field that is neither canonical nor a declared segment', () => {
    const reading = parseConfig('nps.config.yaml', 'sources:\n  - path: a.csv\n    columns:\n      magasin: Magasin\n');
    expect(at(reading)).toEqual([
      '4:7-4:14 NPS002 "magasin" is not a canonical field or a declared segment field (declare it under segments)',
    ]);
  });

  it('reports YAML syntax errors with their position and reads no config', () => {
    const reading = parseConfig('nps.config.yaml', 'sources: [\n');
    expect(reading.config).toBeUndefined();
    expect(reading.issues.map((issue) => [issue.code, issue.line])).toEqual([['NPS001', 2]]);
  });

  it('fills the defaults of a minimal config', () => {
    const reading = parseConfig('nps.config.yaml', 'sources:\n  - path: data.csv\n');
    expect(reading.issues).toEqual([]);
    expect(reading.config?.site).toEqual({ title: 'NPS', locale: 'fr', timeZone: 'Europe/Paris', period: 'auto' });
    expect(reading.config?.sources[0]).toMatchObject({ headerRows: 1, headerRow: 1, columns: {}, constants: {} });
  });
});
