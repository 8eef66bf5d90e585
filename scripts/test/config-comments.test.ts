// The sample config's comments are read as documentation: what they claim must be what the code does.
import { compileThemes } from '@nps-pages/core/pipeline';
import { describe, expect, it } from 'vitest';
import { configYaml } from '../src/generate/config-template.ts';

describe('the sample config’s comments', () => {
  const yaml = configYaml();

  it('say what a trailing * finds, as the matcher finds it', () => {
    const claim = /"(\w+\*)" finds ([^:]+?), but not (\p{L}+): that takes "(\w+\*)"/u.exec(yaml.replace(/\n# /g, ' '));
    expect(claim, 'the themes comment gives an example of a prefix keyword').not.toBeNull();
    const [, keyword, found, notFound, wider] = claim as RegExpExecArray;
    const matches = (rule: string, word: string) =>
      compileThemes([{ id: 'x', keywords: [rule], patterns: [] }]).match(`en ${word} ici`).length === 1;
    for (const word of (found as string).split(', ')) expect(matches(keyword as string, word), `${keyword} ${word}`).toBe(true);
    expect(matches(keyword as string, notFound as string)).toBe(false);
    expect(matches(wider as string, notFound as string)).toBe(true);
  });

  it('describe benchmarks as the site shows them (a table, not lines on a chart)', () => {
    const comment = yaml.slice(0, yaml.indexOf('\nbenchmarks:')).split('\n\n').at(-1) ?? '';
    expect(comment).toContain('table');
    expect(comment).not.toMatch(/line/);
  });
});
